//go:build unix

package pipeline_test

import (
	"fmt"
	"os"
	"testing"
	"time"

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
// ≥ 1.8) and postgres/sqlite (≥ 0.8), both as ratios of pages per second.
func BenchmarkExtractWorkers(b *testing.B) {
	pages := benchPages(b)
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
	var one, two, pgTwo time.Duration
	n := 0
	run := func(db pipeline.Store, workers int) time.Duration {
		start := time.Now()
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
		one += run(lite, 1)
		two += run(lite, 2)
		pgTwo += run(pg, 2)
		n++
	}
	total := float64(n * len(pages))
	b.ReportMetric(total/one.Seconds(), "w1_pages/s")
	b.ReportMetric(total/two.Seconds(), "w2_pages/s")
	b.ReportMetric(total/pgTwo.Seconds(), "pg_w2_pages/s")
	b.ReportMetric(one.Seconds()/two.Seconds(), "workers2/workers1")
	b.ReportMetric(two.Seconds()/pgTwo.Seconds(), "postgres/sqlite")
}
