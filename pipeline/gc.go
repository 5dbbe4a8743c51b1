package pipeline

import "runtime/debug"

// The collector's settings for a process whose work is an extraction
// (TuneGC). Extraction allocates about 600 KiB a page, nearly all of it
// garbage once the page is saved, over a live heap of a few tens of MB:
// with Go's default GOGC of 100 the collector runs every 50 pages or so,
// and its marking, 50–130 µs a page, runs beside the workers, on a core
// of their own with one worker, on the workers' cores with two. At 400
// it runs a quarter as often and the heap stays well within batchMemLimit,
// which bounds it should a run's live heap grow (pages of many megabytes
// in flight): near the limit the collector runs as often as it must.
const (
	batchGCPercent = 400
	batchMemLimit  = 1 << 30 // bytes
)

// TuneGC sets the garbage collector for a process whose work is
// Extract: GOGC 400 unless the environment sets GOGC, and a soft memory
// limit of 1 GiB unless it sets GOMEMLIMIT (getenv reads the
// environment: os.Getenv). It returns the function that puts the
// previous settings back. A command that extracts calls it once, before
// Extract; a library leaves the process's collector alone.
func TuneGC(getenv func(string) string) (restore func()) {
	percent, limit := -2, int64(-1) // -2: not set
	if getenv("GOGC") == "" {
		percent = debug.SetGCPercent(batchGCPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(batchMemLimit)
	}
	return func() {
		if percent != -2 {
			debug.SetGCPercent(percent)
		}
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}
