package pipeline_test

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: the calling thread's usage.
const rusageThread = 1

// onThreadCPU runs f on one OS thread and returns the CPU time that thread
// used meanwhile: f's own CPU time, whatever else the process runs beside
// it (other goroutines, the garbage collector's workers).
func onThreadCPU(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after syscall.Rusage
	if syscall.Getrusage(rusageThread, &before) != nil {
		f()
		return 0
	}
	f()
	if syscall.Getrusage(rusageThread, &after) != nil {
		return 0
	}
	return time.Duration(after.Utime.Nano() + after.Stime.Nano() - before.Utime.Nano() - before.Stime.Nano())
}
