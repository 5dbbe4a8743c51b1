package pipeline

import "runtime"

// Go runs goroutines on GOMAXPROCS Ps, one per CPU by default. A worker
// that calls into SQLite (cgo) keeps its P, and the runtime's sysmon takes
// the P away from a call that lasts more than a tick (20 µs at first)
// when no other P is idle, and hands it to another thread, which finds
// nothing to run and sleeps; the worker, back from C, may find no P and
// sleep too until one comes free. Saving an article (the full-text index,
// the commit) makes such calls. With one worker on two CPUs an idle P is
// there, and sysmon leaves a call alone for 10 ms; with a worker per CPU
// there is none. In a first extraction of 5,000 pages with two workers on
// two CPUs (perf, sched_switch events) sysmon took a worker's P 900
// times; after each it woke every 20 µs for a millisecond or more: 49,000
// of the 95,000 context switches were its sleeps, and 600 were workers
// back from C finding no P.
//
// So an extraction runs with one P more than its workers: with the
// workers' calls into C and the goroutines beside them (the checkpointer,
// the collector's workers) there is always a P for a worker coming back,
// and sysmon has none to take. It adds no thread that computes all the
// time: the workers are the only goroutines with work to do all the time.
// (During a collection the idle P runs the collector's idle marking, on
// the cores the workers share: work that the workers' Ps would otherwise
// do in part, the collections being rare with TuneGC.)

// TuneProcs lets the Go scheduler run workers+1 goroutines at once, if it
// runs fewer, unless the environment sets GOMAXPROCS (getenv reads it:
// os.Getenv). It never lowers GOMAXPROCS. It returns the function that
// puts the previous setting back. A command that extracts calls it once,
// before Extract, with the Extractor's Workers; a library leaves the
// process's scheduler alone.
func TuneProcs(workers int, getenv func(string) string) (restore func()) {
	want := max(workers, 1) + 1
	if getenv("GOMAXPROCS") != "" || runtime.GOMAXPROCS(0) >= want {
		return func() {}
	}
	prev := runtime.GOMAXPROCS(want)
	return func() { runtime.GOMAXPROCS(prev) }
}
