//go:build linux

package storetest

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// TreeCPU returns the CPU time, user and system, that process pid and its
// children have used so far: those alive, read from /proc, and those that
// ended and were waited for. It is how a benchmark sees what a database
// server on this machine (PostgreSQL's postmaster, its backends, WAL
// writer and checkpointer) spent on the work asked of it. It returns 0
// where /proc cannot tell.
func TreeCPU(pid int) time.Duration {
	own, ok := procStat(pid)
	if !ok {
		return 0
	}
	// utime, stime, cutime, cstime: the 14th to 17th fields of the line.
	ticks := own.field(13) + own.field(14) + own.field(15) + own.field(16)
	paths, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range paths {
		child, err := strconv.Atoi(filepath.Base(filepath.Dir(p)))
		if err != nil || child == pid {
			continue
		}
		s, ok := procStat(child)
		if !ok || s.field(3) != int64(pid) { // the 4th field: the parent
			continue
		}
		ticks += s.field(13) + s.field(14)
	}
	return time.Duration(ticks) * (time.Second / 100) // USER_HZ is 100 on Linux
}

// ParentPID returns the parent of process pid, or 0 where /proc cannot
// tell.
func ParentPID(pid int) int {
	s, ok := procStat(pid)
	if !ok {
		return 0
	}
	return int(s.field(3))
}

// stat is the fields of a /proc/PID/stat line, the first two (the PID and
// the command) left empty so that a field keeps its number less one.
type stat []string

func procStat(pid int) (stat, bool) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil, false
	}
	i := bytes.LastIndexByte(b, ')') // the command may hold spaces and parentheses
	if i < 0 {
		return nil, false
	}
	f := append(stat{"", ""}, strings.Fields(string(b[i+1:]))...)
	return f, len(f) > 16
}

func (s stat) field(i int) int64 {
	n, _ := strconv.ParseInt(s[i], 10, 64)
	return n
}
