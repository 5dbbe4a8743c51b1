//go:build unix

package pipeline_test

import (
	"runtime/metrics"
	"syscall"
	"time"
)

// cpuClasses is what the Go runtime says of the process's CPU time
// (runtime/metrics /cpu/classes, estimates from the scheduler's view)
// and of its allocations, goroutines and collections, and the kernel's
// system time, at one moment; the difference of two is what happened
// between them.
type cpuClasses struct {
	gc       time.Duration // garbage collector: marking (background, assists, idle cores) and pauses
	scavenge time.Duration // returning memory to the OS
	sys      time.Duration // system time (getrusage): system calls, page faults
	allocs   uint64        // bytes allocated on the heap
	started  uint64        // goroutines started
	cycles   uint64        // garbage collections
	switches int64         // voluntary context switches (getrusage): a thread sleeping
}

// cpuClassNames are the runtime/metrics samples cpuClassesNow reads, in
// its order.
var cpuClassNames = []string{
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/scavenge/total:cpu-seconds",
	"/gc/heap/allocs:bytes",
	"/sched/goroutines-created:goroutines",
	"/gc/cycles/total:gc-cycles",
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
	count := func(v metrics.Value) uint64 {
		if v.Kind() != metrics.KindUint64 {
			return 0
		}
		return v.Uint64()
	}
	c.allocs, c.started, c.cycles = count(s[2].Value), count(s[3].Value), count(s[4].Value)
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		c.sys = time.Duration(ru.Stime.Nano())
		c.switches = ru.Nvcsw
	}
	return c
}

// sub returns what happened between c0 and c.
func (c cpuClasses) sub(c0 cpuClasses) cpuClasses {
	return cpuClasses{gc: c.gc - c0.gc, scavenge: c.scavenge - c0.scavenge, sys: c.sys - c0.sys,
		allocs: c.allocs - c0.allocs, started: c.started - c0.started, cycles: c.cycles - c0.cycles,
		switches: c.switches - c0.switches}
}

// add adds d to c.
func (c *cpuClasses) add(d cpuClasses) {
	c.gc += d.gc
	c.scavenge += d.scavenge
	c.sys += d.sys
	c.allocs += d.allocs
	c.started += d.started
	c.cycles += d.cycles
	c.switches += d.switches
}
