//go:build unix

package pipeline_test

import (
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
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
// ≥ 1.8) and postgres/sqlite (≥ 0.8), both as ratios of pages per second,
// over the whole run and as the median of the iterations'.
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
	var (
		one, two, pgTwo     time.Duration
		workersR, postgresR []float64 // each iteration's ratios
	)
	n := 0
	var cpu1, cpu2 time.Duration // CPU time the process used in the SQLite runs
	run := func(db pipeline.Store, workers int) time.Duration {
		start, startCPU := time.Now(), cpuTime()
		defer func() {
			if db == pipeline.Store(lite) && workers == 1 {
				cpu1 += cpuTime() - startCPU
			} else if db == pipeline.Store(lite) {
				cpu2 += cpuTime() - startCPU
			}
		}()
		e := &pipeline.Extractor{Version: fmt.Sprint("bench-", n, "-", workers), Log: quiet, Workers: workers}
		res, err := e.Extract(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		if res.Pages != len(pages) {
			b.Fatalf("extracted %d pages, want %d", res.Pages, len(pages))
		}
		return time.Since(start)
	}
	for b.Loop() {
		d1, d2, dp := run(lite, 1), run(lite, 2), run(pg, 2)
		one, two, pgTwo = one+d1, two+d2, pgTwo+dp
		workersR, postgresR = append(workersR, d1.Seconds()/d2.Seconds()), append(postgresR, d2.Seconds()/dp.Seconds())
		n++
	}
	total := float64(n * len(pages))
	b.ReportMetric(total/one.Seconds(), "w1_pages/s")
	b.ReportMetric(total/two.Seconds(), "w2_pages/s")
	b.ReportMetric(total/pgTwo.Seconds(), "pg_w2_pages/s")
	b.ReportMetric(one.Seconds()/two.Seconds(), "workers2/workers1")
	b.ReportMetric(two.Seconds()/pgTwo.Seconds(), "postgres/sqlite")
	// The medians of the iterations' ratios: each iteration runs the three
	// close together, so a spell of load from elsewhere weighs on one
	// iteration, not on one of the three sums.
	b.ReportMetric(median(workersR), "median_workers2/workers1")
	b.ReportMetric(median(postgresR), "median_postgres/sqlite")
	// The cores the process had on average: on a machine that others
	// load, two workers get less than two cores, and cannot run twice as
	// fast however little they wait for each other.
	b.ReportMetric(cpu1.Seconds()/one.Seconds(), "w1_cores")
	b.ReportMetric(cpu2.Seconds()/two.Seconds(), "w2_cores")
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}
