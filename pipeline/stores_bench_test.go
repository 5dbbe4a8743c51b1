//go:build unix

package pipeline_test

import (
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// BenchmarkExtractWorkers measures, in one run, the real extractor over
// the benchmark pages stored in SQLite and in PostgreSQL, each with one
// worker and with two (the default on two cores), in two sub-benchmarks:
//
//   - first: the first extraction, into fresh databases (every run gets
//     its own, the pages stored beforehand): every article and fact is
//     new;
//   - again: a re-extraction by a new version of the same rules (the
//     version bumped, the pages and the rules' output the same), as after
//     an upgrade that changes little: the databases hold the last run's
//     articles and facts.
//
// The collector is set as extract sets it (TuneGC: GOGC=1000 and
// GOMEMLIMIT=512MiB unless the environment sets GOGC), and so is the
// scheduler for each run (TuneProcs: a P more than the workers, unless
// the environment sets GOMAXPROCS).
//
// It reports pages per second of each run kind, workers2/workers1 on each
// store (the goal on two cores is ≥ 1.8) and postgres/sqlite with two
// workers (≥ 0.8), as ratios over the whole run and as the median of the
// iterations', and both again from CPU times, which the load that other
// work puts on the machine does not sway:
//
//   - cpu_postgres/sqlite: the CPU time a page costs with SQLite over what
//     it costs with PostgreSQL, this process and the server together (the
//     tests run the server on this machine, on the same cores);
//   - cpu_workers2/workers1: what two idle cores would give, from what the
//     SQLite runs cost. Two workers take at least their CPU time over 2;
//     one worker at least the extraction's CPU time (FromHTML alone over
//     the same pages in memory, once an iteration) or its CPU time over
//     2. 2 when reading and saving cost nothing; it cannot see a worker
//     that leaves the second core idle, the wall ratio does;
//   - est_workers2/workers1: the same from the CPU time and the time the
//     workers waited for one another (w1_blocked, w2_blocked): each worker
//     computes or waits, one on one core, two on two. The scheduler of
//     this machine gives a busy process a share of the cores whatever its
//     threads, so under load two workers get no more than one and the
//     wall ratio is near 1 whatever the design: this one is not;
//   - w1_runq_cores, w2_runq_cores: the cores' worth of the process's
//     threads that were ready to run and waited for a CPU: beside
//     w2_cores, they tell cores the workers left idle (the two under 2)
//     from cores that other work took (2 or more); w2_pg_server_cores
//     is the part the benchmark's own PostgreSQL server took, with its
//     background work, during the two-worker SQLite runs;
//   - w1_gc_cpu_µs/page, w2_gc_cpu_µs/page, scavenge_cpu_µs/page,
//     w1_sys_µs/page, w2_sys_µs/page, alloc_KiB/page: the SQLite runs'
//     CPU time in the garbage collector and in returning memory to the
//     OS (runtime/metrics' estimates: they count the time a core was
//     given to that work, also while other processes had it), system
//     time, and the bytes allocated a page; w2_goroutines/page and
//     w2_gc_cycles/1000pages count goroutines started and collections;
//   - w1_vcsw/page, w2_vcsw/page: the process's voluntary context
//     switches a page (getrusage), its threads going to sleep: the
//     hand-offs beside the workers (pipeline/doc.go).
func BenchmarkExtractWorkers(b *testing.B) {
	// The collector as cmd/extract sets it (unless the environment sets
	// GOGC): the runs measure what extract does.
	defer pipeline.TuneGC(os.Getenv)()
	// The pages 8 times over, under 8 URLs each: a run long enough that
	// starting and ending it do not weigh.
	var pages []newsfacts.Page
	for k := range 8 {
		for _, p := range benchPages(b) {
			p.URL = fmt.Sprintf("%s?copy=%d", p.URL, k)
			p.RequestedURL, p.FinalURL = p.URL, p.URL
			pages = append(pages, p)
		}
	}
	b.Run("first", func(b *testing.B) { benchWorkers(b, pages, true) })
	b.Run("again", func(b *testing.B) { benchWorkers(b, pages, false) })
}

// workerStores are a SQLite and a PostgreSQL database holding the same
// pages.
type workerStores struct {
	lite pipeline.Store
	pg   *postgres.DB
}

// openWorkerStores opens new databases and stores pages in them.
func openWorkerStores(b *testing.B, pages []newsfacts.Page) workerStores {
	ctx := b.Context()
	lite := fixture.OpenDB(b)
	pg, err := postgres.Open(ctx, pgtest.NewDB(b))
	if err != nil {
		b.Fatalf("%s: open postgres: %v", b.Name(), err)
	}
	b.Cleanup(func() { pg.Close() })
	for i := range pages {
		p, q := pages[i], pages[i]
		if _, err := lite.InsertPage(ctx, &p); err != nil {
			b.Fatalf("%s: store the pages in sqlite: %v", b.Name(), err)
		}
		if _, err := pg.InsertPage(ctx, &q); err != nil {
			b.Fatalf("%s: store the pages in postgres: %v", b.Name(), err)
		}
	}
	return workerStores{lite, pg}
}

// benchWorkers is BenchmarkExtractWorkers over pages, a first extraction
// into fresh databases when first is set, else a re-extraction.
func benchWorkers(b *testing.B, pages []newsfacts.Page, first bool) {
	ctx := b.Context()
	stores := openWorkerStores(b, pages)
	server := postmaster(b, stores.pg)
	// spent is what the runs of one kind took: wall time, this process's
	// CPU time and the server's.
	type spent struct {
		wall, cpu, server, blocked, runq time.Duration
		classes                          cpuClasses
	}
	var (
		lite1, lite2, pg1, pg2          spent
		workersR, pgWorkersR, postgresR []float64 // each iteration's ratios
	)
	n := 0
	run := func(db pipeline.Store, workers int, into *spent) time.Duration {
		startServer := server()
		start, startCPU, startRunq, startClasses := time.Now(), cpuTime(), runQueueWait(), cpuClassesNow()
		e := &pipeline.Extractor{Version: fmt.Sprint("bench-", n, "-", workers), Log: quiet, Workers: workers}
		var (
			res pipeline.Result
			err error
		)
		restore := pipeline.TuneProcs(workers, os.Getenv) // as cmd/extract sets it
		into.blocked += workerBlocked(func() { res, err = e.Extract(ctx, db) })
		restore()
		wall, cpu := time.Since(start), cpuTime()-startCPU
		into.runq += runQueueWait() - startRunq
		into.classes.add(cpuClassesNow().sub(startClasses))
		// The failures name the benchmark, so that a script that keeps
		// only the lines naming it keeps them too.
		if err != nil {
			b.Fatalf("%s: %T, %d workers: %v", b.Name(), db, workers, err)
		}
		if res.Pages != len(pages) {
			b.Fatalf("%s: %T, %d workers: %d pages processed (%d taken over by another extraction), want each of the %d once",
				b.Name(), db, workers, res.Pages, res.TakenOver, len(pages))
		}
		into.wall += wall
		into.cpu += cpu
		// The server's CPU time during a SQLite run is its background
		// work (checkpoints, autovacuum) on the cores the run shares.
		into.server += server() - startServer
		return wall
	}
	if !first { // the articles and facts the re-extractions replace
		for _, db := range []pipeline.Store{stores.lite, stores.pg} {
			if _, err := (&pipeline.Extractor{Version: "bench-init", Log: quiet, Workers: 2}).Extract(ctx, db); err != nil {
				b.Fatalf("%s: first extraction: %T: %v", b.Name(), db, err)
			}
		}
	}
	// fresh returns the stores a run extracts from: new ones for a first
	// extraction.
	fresh := func() workerStores {
		if !first {
			return stores
		}
		b.StopTimer()
		defer b.StartTimer()
		return openWorkerStores(b, pages)
	}
	var alone time.Duration // the extraction alone: FromHTML over the pages
	for b.Loop() {
		c := cpuTime()
		for _, p := range pages {
			extract.FromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
		}
		alone += cpuTime() - c
		l1 := run(fresh().lite, 1, &lite1)
		l2 := run(fresh().lite, 2, &lite2)
		p1 := run(fresh().pg, 1, &pg1)
		p2 := run(fresh().pg, 2, &pg2)
		workersR = append(workersR, l1.Seconds()/l2.Seconds())
		pgWorkersR = append(pgWorkersR, p1.Seconds()/p2.Seconds())
		postgresR = append(postgresR, l2.Seconds()/p2.Seconds())
		n++
	}
	total := float64(n * len(pages))
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / total }
	b.ReportMetric(total/lite1.wall.Seconds(), "w1_pages/s")
	b.ReportMetric(total/lite2.wall.Seconds(), "w2_pages/s")
	b.ReportMetric(total/pg1.wall.Seconds(), "pg_w1_pages/s")
	b.ReportMetric(total/pg2.wall.Seconds(), "pg_w2_pages/s")
	b.ReportMetric(lite1.wall.Seconds()/lite2.wall.Seconds(), "workers2/workers1")
	b.ReportMetric(pg1.wall.Seconds()/pg2.wall.Seconds(), "pg_workers2/workers1")
	b.ReportMetric(lite2.wall.Seconds()/pg2.wall.Seconds(), "postgres/sqlite")
	// The medians of the iterations' ratios: each iteration runs the four
	// close together, so a spell of load from elsewhere weighs on one
	// iteration, not on one of the four sums.
	b.ReportMetric(median(workersR), "median_workers2/workers1")
	b.ReportMetric(median(pgWorkersR), "median_pg_workers2/workers1")
	b.ReportMetric(median(postgresR), "median_postgres/sqlite")
	// The cores the process had on average: on a machine that others
	// load, two workers get less than two cores, and cannot run twice as
	// fast however little they wait for each other.
	b.ReportMetric(lite1.cpu.Seconds()/lite1.wall.Seconds(), "w1_cores")
	b.ReportMetric(lite2.cpu.Seconds()/lite2.wall.Seconds(), "w2_cores")
	// The cores' worth of the process's threads that were ready to run
	// and waited for a CPU (runQueueWait): w2_cores plus w2_runq_cores
	// under 2 is cores the workers left idle; at 2 or more, the cores
	// were busy, with other processes' work or the process's own other
	// threads (the checkpointer, the garbage collector).
	b.ReportMetric(lite1.runq.Seconds()/lite1.wall.Seconds(), "w1_runq_cores")
	b.ReportMetric(lite2.runq.Seconds()/lite2.wall.Seconds(), "w2_runq_cores")
	b.ReportMetric(lite2.server.Seconds()/lite2.wall.Seconds(), "w2_pg_server_cores")
	// CPU time a page: the extraction alone, and all the process did.
	b.ReportMetric(per(alone), "extract_cpu_µs/page")
	b.ReportMetric(per(lite1.cpu), "w1_cpu_µs/page")
	b.ReportMetric(per(lite2.cpu), "w2_cpu_µs/page")
	b.ReportMetric(per(pg2.cpu), "pg_w2_cpu_µs/page")
	b.ReportMetric(per(pg2.server), "pg_w2_server_cpu_µs/page")
	if pg2.server > 0 {
		b.ReportMetric(lite2.cpu.Seconds()/(pg2.cpu+pg2.server).Seconds(), "cpu_postgres/sqlite")
	}
	w1 := max(alone, lite1.cpu/2)
	b.ReportMetric(w1.Seconds()/(lite2.cpu/2).Seconds(), "cpu_workers2/workers1")
	// Where the SQLite runs' CPU time went besides the workers' own
	// work (runtime/metrics' estimates): the garbage collector (most of
	// it on the idle core beside one worker, on the workers' cores with
	// two), returning memory to the OS, and system time; and the bytes
	// allocated a page, which the collector's work follows.
	b.ReportMetric(per(lite1.classes.gc), "w1_gc_cpu_µs/page")
	b.ReportMetric(per(lite2.classes.gc), "w2_gc_cpu_µs/page")
	b.ReportMetric(per(lite1.classes.scavenge+lite2.classes.scavenge)/2, "scavenge_cpu_µs/page")
	b.ReportMetric(per(lite1.classes.sys), "w1_sys_µs/page")
	b.ReportMetric(per(lite2.classes.sys), "w2_sys_µs/page")
	b.ReportMetric(float64(lite1.classes.allocs+lite2.classes.allocs)/2/total/1024, "alloc_KiB/page")
	// Goroutines started and collections a page: counts, which the load
	// on the machine does not sway.
	b.ReportMetric(float64(lite2.classes.started)/total, "w2_goroutines/page")
	b.ReportMetric(float64(lite2.classes.cycles)*1000/total, "w2_gc_cycles/1000pages")
	// Voluntary context switches a page: a thread of the process went
	// to sleep (a worker back from C finding no P, a thread with nothing
	// to run, sysmon between its ticks, an fsync): the hand-offs beside
	// the workers, which the load on the machine sways less than time.
	b.ReportMetric(float64(lite1.classes.switches)/total, "w1_vcsw/page")
	b.ReportMetric(float64(lite2.classes.switches)/total, "w2_vcsw/page")
	// What the workers of the SQLite runs waited for one another
	// (workerBlocked, an upper bound), and the gain of a second worker
	// on two idle cores that follows, each worker computing or waiting:
	// one worker takes its CPU time and waits, two take theirs and their
	// waits over two. This machine's scheduler gives a process a share
	// of the cores, not its threads one each, so under load the wall
	// ratio cannot show it.
	b.ReportMetric(per(lite1.blocked), "w1_blocked_µs/page")
	b.ReportMetric(per(lite2.blocked), "w2_blocked_µs/page")
	b.ReportMetric((lite1.cpu+lite1.blocked).Seconds()/((lite2.cpu+lite2.blocked)/2).Seconds(), "est_workers2/workers1")
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
