package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// runQueueWait returns how long the process's threads have waited, in
// all, for a CPU while ready to run: the second field of Linux's
// /proc/self/task/*/schedstat (a thread that has ended is not counted).
// It returns 0 where the file does not exist. A process that gets fewer
// cores than it has threads ready to run waits here: for other processes
// on a loaded machine, or for its own other threads; an idle core and a
// thread that waits for nothing cannot both be.
func runQueueWait() time.Duration {
	paths, err := filepath.Glob("/proc/self/task/*/schedstat")
	if err != nil {
		return 0
	}
	var total time.Duration
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // the thread ended
		}
		var onCPU, waited int64
		if _, err := fmt.Sscan(string(b), &onCPU, &waited); err != nil {
			continue
		}
		total += time.Duration(waited)
	}
	return total
}
