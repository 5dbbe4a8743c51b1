//go:build !linux

package storetest

import "time"

// TreeCPU returns 0: the CPU time of a process tree is read from /proc,
// on Linux only.
func TreeCPU(pid int) time.Duration { return 0 }

// ParentPID returns 0: a process's parent is read from /proc, on Linux
// only.
func ParentPID(pid int) int { return 0 }
