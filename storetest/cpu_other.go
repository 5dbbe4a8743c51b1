//go:build !unix

package storetest

import "time"

// processCPU returns 0: the CPU time is read on unix only.
func processCPU() time.Duration { return 0 }
