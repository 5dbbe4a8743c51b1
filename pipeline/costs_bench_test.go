//go:build unix

package pipeline_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/storetest"
)

// BenchmarkExtractCosts measures, on the benchmark pages, the CPU time
// this process spends per page on each stage of an extraction from the
// database: reading the page (query and decompression), extracting it
// (FromHTML, and the sketch of its text that the workers compute) and
// saving the article and its facts, 32 pages a transaction as the
// pipeline saves them, in SQLite and in PostgreSQL, whose server's CPU
// time it reads from /proc (the tests run the server on this machine)
// and whose round trips it counts. The reader and the
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
	server := postmaster(b, pg)
	var read, pgRead, pgReadServer, ext, save, pgSave, pgSaveServer time.Duration
	var trips int64
	n := 0
	// Each stage runs over all the pages at once, timed as a whole: the
	// server's CPU time is read from /proc, which costs more than a page.
	stage := func(cpu, srv *time.Duration, f func(i int)) {
		sc := server()
		c := cpuTime()
		for i := range pages {
			f(i)
		}
		*cpu += cpuTime() - c
		if srv != nil {
			*srv += server() - sc
		}
	}
	for b.Loop() {
		version := fmt.Sprint("costs-", n)
		got := make([]*newsfacts.Page, len(pages))
		arts := make([]*extract.Article, len(pages))
		sketches := make([]*facts.Sketch, len(pages))
		stage(&read, nil, func(i int) {
			if got[i], err = lite.Page(ctx, ids[i]); err != nil {
				b.Fatal(err)
			}
		})
		stage(&pgRead, &pgReadServer, func(i int) {
			if _, err := pg.Page(ctx, pgIDs[i]); err != nil {
				b.Fatal(err)
			}
		})
		stage(&ext, nil, func(i int) {
			arts[i], _ = extract.FromHTML(got[i].Body, extract.Options{URL: got[i].URL, ContentType: got[i].ContentType})
			if arts[i] != nil { // the workers sketch the text
				s := facts.SketchOf(arts[i].Text)
				sketches[i] = &s
			}
		})
		// Saved as the pipeline saves, 32 pages a transaction.
		batches := func(db pipeline.Store, ids []int64) func(i int) {
			return func(i int) {
				if i%32 != 31 && i != len(pages)-1 {
					return
				}
				var xs []newsfacts.Extraction
				for j := i - i%32; j <= i; j++ {
					x := newsfacts.Extraction{PageID: ids[j], Article: arts[j], Reason: "no article"}
					if arts[j] != nil {
						x.Sketch, x.Reason = sketches[j], ""
					}
					xs = append(xs, x)
				}
				if _, err := db.SaveExtractions(ctx, version, xs); err != nil {
					b.Fatal(err)
				}
			}
		}
		stage(&save, nil, batches(lite, ids))
		t := pg.RoundTrips()
		stage(&pgSave, &pgSaveServer, batches(pg, pgIDs))
		trips += pg.RoundTrips() - t
		n++
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(n*len(pages)) }
	b.ReportMetric(per(read), "read_µs/page")
	b.ReportMetric(per(pgRead), "pg_read_µs/page")
	b.ReportMetric(per(ext), "extract_µs/page")
	b.ReportMetric(per(save), "save_µs/page")
	b.ReportMetric(per(pgSave), "pg_save_client_µs/page")
	b.ReportMetric(per(pgReadServer), "pg_read_server_µs/page")
	b.ReportMetric(per(pgSaveServer), "pg_save_server_µs/page")
	b.ReportMetric(float64(trips)/float64(n*len(pages)), "pg_save_round_trips/page")
}

// postmaster returns a function that reads the CPU time the PostgreSQL
// server of db has used so far, all its processes together (storetest.TreeCPU):
// the tests run it on this machine. The function returns 0 when the server
// is elsewhere.
func postmaster(b *testing.B, db *postgres.DB) func() time.Duration {
	var backend int
	if err := db.QueryRow(b.Context(), `SELECT pg_backend_pid()`).Scan(&backend); err != nil {
		b.Fatal(err)
	}
	// A server elsewhere (NEWSFACTS_TEST_POSTGRES) has PIDs of its own:
	// a local process of that PID is not its backend.
	pid := 0
	if comm, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", backend)); err == nil && strings.TrimSpace(string(comm)) == "postgres" {
		pid = storetest.ParentPID(backend)
	}
	return func() time.Duration {
		if pid == 0 {
			return 0
		}
		return storetest.TreeCPU(pid)
	}
}
