//go:build !unix

package facts

import "time"

// cpuStart is the reference of cpuTime where the process CPU time is not
// available.
var cpuStart = time.Now()

// cpuTime falls back to the wall clock where the process CPU time is not
// available.
func cpuTime() time.Duration { return time.Since(cpuStart) }
