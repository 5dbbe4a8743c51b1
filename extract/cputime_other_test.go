//go:build !unix

package extract

import "time"

// start is the reference of cpuTime where the process CPU time is not
// available.
var start = time.Now()

// cpuTime falls back to the wall clock where the process CPU time is not
// available.
func cpuTime() time.Duration { return time.Since(start) }
