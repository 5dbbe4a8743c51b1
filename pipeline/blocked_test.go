package pipeline_test

import (
	"bufio"
	"bytes"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"
)

// workerBlocked measures how long the extraction's workers wait for one
// another while f runs: blocked on a channel, a mutex or a condition
// under pipeline's worker loop (the feed, the batches' order, the one
// SQLite writer), as the runtime's block profile records it. Network
// waits are not blocking events: a PostgreSQL server's time is not
// counted. On a machine that others load a worker also waits for one
// that is not running, so this is an upper bound of what idle cores
// would see.
func workerBlocked(f func()) time.Duration {
	before := blockedIn("pipeline.(*run).work")
	runtime.SetBlockProfileRate(1)
	f()
	runtime.SetBlockProfileRate(0)
	return blockedIn("pipeline.(*run).work") - before
}

// blockedIn sums the blocking time of the block profile's records whose
// stack holds a function named fn.
func blockedIn(fn string) time.Duration {
	var buf bytes.Buffer
	if err := pprof.Lookup("block").WriteTo(&buf, 1); err != nil {
		return 0
	}
	var (
		perSecond      float64
		cycles, total  float64
		inRecord, hits bool
	)
	end := func() {
		if inRecord && hits {
			total += cycles
		}
		inRecord, hits = false, false
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "cycles/second="):
			perSecond, _ = strconv.ParseFloat(strings.TrimPrefix(line, "cycles/second="), 64)
		case strings.HasPrefix(line, "#"):
			if strings.Contains(line, fn) {
				hits = true
			}
		case strings.Contains(line, " @ "):
			end()
			fields := strings.Fields(line)
			cycles, _ = strconv.ParseFloat(fields[0], 64)
			inRecord = true
		default:
			end()
		}
	}
	end()
	if perSecond == 0 {
		return 0
	}
	return time.Duration(total / perSecond * float64(time.Second))
}
