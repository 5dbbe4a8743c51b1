//go:build unix

package pipeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
)

// BenchmarkExtractCosts measures, on the benchmark pages, the CPU time
// this process spends per page on each stage of an extraction from the
// database: reading the page (query and decompression), extracting it
// (FromHTML) and saving the article and its facts, in SQLite and in
// PostgreSQL (whose server's CPU it does not see: the round trips it
// reports say what PostgreSQL's saves cost in waits). The reader and the
// one saver share the cores with the extractors: the more a page costs
// them against what its extraction costs, the less a second extractor
// adds on two cores. Each stage is timed on its own, by the process's CPU
// time, which counts what runs beside it (the garbage collector, SQLite's
// background checkpoints): an upper bound of each.
func BenchmarkExtractCosts(b *testing.B) {
	pages := benchPages(b)
	ctx := b.Context()
	lite := fixture.OpenDB(b)
	pg, err := postgres.Open(ctx, pgtest.NewDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer pg.Close()
	ids := make([]int64, len(pages))
	pgIDs := make([]int64, len(pages))
	for i := range pages {
		p, q := pages[i], pages[i]
		if _, err := lite.InsertPage(ctx, &p); err != nil {
			b.Fatal(err)
		}
		if _, err := pg.InsertPage(ctx, &q); err != nil {
			b.Fatal(err)
		}
		ids[i], pgIDs[i] = p.ID, q.ID
	}
	var read, pgRead, ext, save, pgSave time.Duration
	var trips int64
	n := 0
	for b.Loop() {
		version := fmt.Sprint("costs-", n)
		arts := make([]*extract.Article, len(pages))
		for i := range pages {
			c := cpuTime()
			p, err := lite.Page(ctx, ids[i])
			if err != nil {
				b.Fatal(err)
			}
			read += cpuTime() - c
			c = cpuTime()
			if _, err := pg.Page(ctx, pgIDs[i]); err != nil {
				b.Fatal(err)
			}
			pgRead += cpuTime() - c
			c = cpuTime()
			arts[i], _ = extract.FromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
			ext += cpuTime() - c
		}
		for i, a := range arts {
			if a == nil {
				continue
			}
			c := cpuTime()
			if _, err := lite.SaveArticle(ctx, ids[i], a, version); err != nil {
				b.Fatal(err)
			}
			save += cpuTime() - c
			c, t := cpuTime(), pg.RoundTrips()
			if _, err := pg.SaveArticle(ctx, pgIDs[i], a, version); err != nil {
				b.Fatal(err)
			}
			pgSave += cpuTime() - c
			trips += pg.RoundTrips() - t
		}
		n++
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(n*len(pages)) }
	b.ReportMetric(per(read), "read_µs/page")
	b.ReportMetric(per(pgRead), "pg_read_µs/page")
	b.ReportMetric(per(ext), "extract_µs/page")
	b.ReportMetric(per(save), "save_µs/page")
	b.ReportMetric(per(pgSave), "pg_save_client_µs/page")
	b.ReportMetric(float64(trips)/float64(n*len(pages)), "pg_save_round_trips/page")
	_ = pipeline.Result{}
}
