package pipeline

import "runtime/debug"

// The collector's settings for a process whose work is an extraction
// (TuneGC). Extraction allocates about 600 KiB a page, nearly all of it
// garbage once the page is saved, over a live heap of 5–10 MB: with Go's
// default GOGC of 100, cmd/extract collected every 6 MB or so, 185 times
// a 1,000 pages, and the collections took a fifth of its CPU time (5,000
// pages, two workers: 24.8 s of user time, 19.1 at GOGC=1000). With one
// worker the collector's marking runs on the idle core; with two it takes
// the workers' cores. At GOGC=1000 it runs about every 60 MB, 12 times a
// 1,000 pages; batchMemLimit bounds the heap should the live heap grow
// (pages of many megabytes in flight, many workers): near the limit the
// collector runs as often as it must to stay under it (the runtime keeps
// it to half the CPU at most).
const (
	batchGCPercent = 1000
	batchMemLimit  = 512 << 20 // bytes
)

// TuneGC sets the garbage collector for a process whose work is
// Extract, unless the environment sets GOGC (getenv reads it: os.Getenv):
// GOGC 1000, and a soft memory limit of 512 MiB unless the environment
// sets GOMEMLIMIT. It returns the function that puts the previous
// settings back. A command that extracts calls it once, before Extract;
// a library leaves the process's collector alone.
func TuneGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" {
		return func() {} // the user's choice
	}
	percent, limit := debug.SetGCPercent(batchGCPercent), int64(-1)
	if getenv("GOMEMLIMIT") == "" {
		limit = debug.SetMemoryLimit(batchMemLimit)
	}
	return func() {
		debug.SetGCPercent(percent)
		if limit >= 0 {
			debug.SetMemoryLimit(limit)
		}
	}
}
