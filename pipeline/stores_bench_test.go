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
// the benchmark pages stored in SQLite with one worker and with two, and
// stored in PostgreSQL with two; each iteration re-extracts every page
// (a new version). It reports workers2/workers1 (the goal on two cores is
// ≥ 1.8) and postgres/sqlite (≥ 0.8), as ratios of pages per second over
// the whole run and as the median of the iterations', and both again from
// CPU times, which the load that other work puts on the machine does not
// sway:
//
//   - cpu_postgres/sqlite: the CPU time a page costs with SQLite over what
//     it costs with PostgreSQL, this process and the server together (the
//     tests run the server on this machine, on the same cores);
//   - cpu_workers2/workers1: what two idle cores would give, from what the
//     runs cost. Two workers take at least their CPU time over 2; one
//     worker at least the extraction's CPU time (FromHTML alone over the
//     same pages in memory, once an iteration) or its CPU time over 2,
//     reading and saving running beside it. 2 when reading and saving
//     cost nothing.
func BenchmarkExtractWorkers(b *testing.B) {
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
	ctx := b.Context()
	lite := fixture.OpenDB(b)
	pg, err := postgres.Open(ctx, pgtest.NewDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer pg.Close()
	for i := range pages {
		p, q := pages[i], pages[i]
		if _, err := lite.InsertPage(ctx, &p); err != nil {
			b.Fatal(err)
		}
		if _, err := pg.InsertPage(ctx, &q); err != nil {
			b.Fatal(err)
		}
	}
	server := postmaster(b, pg)
	// spent is what the runs of one kind took: wall time, this process's
	// CPU time and the server's.
	type spent struct{ wall, cpu, server time.Duration }
	var (
		one, two, pgTwo     spent
		workersR, postgresR []float64 // each iteration's ratios
	)
	n := 0
	var alone time.Duration // the extraction alone: FromHTML over the pages
	run := func(db pipeline.Store, workers int, into *spent) time.Duration {
		startServer := server()
		start, startCPU := time.Now(), cpuTime()
		e := &pipeline.Extractor{Version: fmt.Sprint("bench-", n, "-", workers), Log: quiet, Workers: workers}
		res, err := e.Extract(ctx, db)
		wall, cpu := time.Since(start), cpuTime()-startCPU
		if err != nil {
			b.Fatal(err)
		}
		if res.Pages != len(pages) {
			b.Fatalf("extracted %d pages, want %d", res.Pages, len(pages))
		}
		into.wall += wall
		into.cpu += cpu
		if db == pipeline.Store(pg) {
			into.server += server() - startServer
		}
		return wall
	}
	for b.Loop() {
		c := cpuTime()
		for _, p := range pages {
			extract.FromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
		}
		alone += cpuTime() - c
		d1, d2, dp := run(lite, 1, &one), run(lite, 2, &two), run(pg, 2, &pgTwo)
		workersR, postgresR = append(workersR, d1.Seconds()/d2.Seconds()), append(postgresR, d2.Seconds()/dp.Seconds())
		n++
	}
	total := float64(n * len(pages))
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / total }
	b.ReportMetric(total/one.wall.Seconds(), "w1_pages/s")
	b.ReportMetric(total/two.wall.Seconds(), "w2_pages/s")
	b.ReportMetric(total/pgTwo.wall.Seconds(), "pg_w2_pages/s")
	b.ReportMetric(one.wall.Seconds()/two.wall.Seconds(), "workers2/workers1")
	b.ReportMetric(two.wall.Seconds()/pgTwo.wall.Seconds(), "postgres/sqlite")
	// The medians of the iterations' ratios: each iteration runs the three
	// close together, so a spell of load from elsewhere weighs on one
	// iteration, not on one of the three sums.
	b.ReportMetric(median(workersR), "median_workers2/workers1")
	b.ReportMetric(median(postgresR), "median_postgres/sqlite")
	// The cores the process had on average: on a machine that others
	// load, two workers get less than two cores, and cannot run twice as
	// fast however little they wait for each other.
	b.ReportMetric(one.cpu.Seconds()/one.wall.Seconds(), "w1_cores")
	b.ReportMetric(two.cpu.Seconds()/two.wall.Seconds(), "w2_cores")
	// CPU time a page: the extraction alone, and all the process did.
	b.ReportMetric(per(alone), "extract_cpu_µs/page")
	b.ReportMetric(per(one.cpu), "w1_cpu_µs/page")
	b.ReportMetric(per(two.cpu), "w2_cpu_µs/page")
	b.ReportMetric(per(pgTwo.cpu), "pg_w2_cpu_µs/page")
	b.ReportMetric(per(pgTwo.server), "pg_w2_server_cpu_µs/page")
	if pgTwo.server > 0 {
		b.ReportMetric(two.cpu.Seconds()/(pgTwo.cpu+pgTwo.server).Seconds(), "cpu_postgres/sqlite")
	}
	w1 := max(alone, one.cpu/2)
	b.ReportMetric(w1.Seconds()/(two.cpu/2).Seconds(), "cpu_workers2/workers1")
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
