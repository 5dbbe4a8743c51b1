//go:build unix

package pipeline_test

import (
	"runtime/metrics"
	"syscall"
	"time"
)

// cpuClasses is what the Go runtime says of the process's CPU time
// (runtime/metrics /cpu/classes, estimates from the scheduler's view)
// and of its allocations, and the kernel's system time, at one moment;
// the difference of two is what happened between them.
type cpuClasses struct {
	gc       time.Duration // garbage collector: marking (background, assists, idle cores) and pauses
	scavenge time.Duration // returning memory to the OS
	sys      time.Duration // system time (getrusage): system calls, page faults
	allocs   uint64        // bytes allocated on the heap
}

// cpuClassNames are the runtime/metrics samples cpuClassesNow reads, in
// its order.
var cpuClassNames = []string{
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/scavenge/total:cpu-seconds",
	"/gc/heap/allocs:bytes",
}

func cpuClassesNow() cpuClasses {
	s := make([]metrics.Sample, len(cpuClassNames))
	for i, n := range cpuClassNames {
		s[i].Name = n
	}
	metrics.Read(s)
	seconds := func(v metrics.Value) time.Duration {
		if v.Kind() != metrics.KindFloat64 {
			return 0
		}
		return time.Duration(v.Float64() * float64(time.Second))
	}
	c := cpuClasses{gc: seconds(s[0].Value), scavenge: seconds(s[1].Value)}
	if s[2].Value.Kind() == metrics.KindUint64 {
		c.allocs = s[2].Value.Uint64()
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		c.sys = time.Duration(ru.Stime.Nano())
	}
	return c
}

// sub returns what happened between c0 and c.
func (c cpuClasses) sub(c0 cpuClasses) cpuClasses {
	return cpuClasses{gc: c.gc - c0.gc, scavenge: c.scavenge - c0.scavenge, sys: c.sys - c0.sys, allocs: c.allocs - c0.allocs}
}

// add adds d to c.
func (c *cpuClasses) add(d cpuClasses) {
	c.gc += d.gc
	c.scavenge += d.scavenge
	c.sys += d.sys
	c.allocs += d.allocs
}
