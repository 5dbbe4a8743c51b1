package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// BenchResave measures what saving a re-extraction costs a store: the
// fixture's articles, copies pages over under URLs of their own, were
// saved by one version; each iteration is an extraction by a new version
// that makes them again the same (a new version of the rules that
// changes little), its pages claimed (BeginExtract, ClaimPages) and saved
// 32 to a transaction, as the pipeline does. Extraction itself is not in
// it. It reports, per page, the CPU time of this process and, from spent
// (which may be nil), the round trips to the server and the server's CPU
// time: what the store adds to the extraction's own CPU time, steadier
// than a rate on a machine that others load.
func BenchResave[F crawl.Frontier](b *testing.B, db Store[F], spent func() Spent, copies int) {
	ctx := b.Context()
	var docs []fixture.Doc
	for k := range copies {
		for _, d := range fixture.Docs(b) {
			u := fmt.Sprintf("%s?copy=%d", d.Page.URL, k)
			d.Page.URL, d.Page.RequestedURL, d.Page.FinalURL = u, u, u
			if d.Article != nil { // else a page without one
				a := *d.Article
				a.URL = u
				d.Article = &a
			}
			docs = append(docs, d)
		}
	}
	byPage := make(map[int64]*extract.Article, len(docs))
	for i := range docs {
		if _, err := db.InsertPage(ctx, &docs[i].Page); err != nil {
			b.Fatal(err)
		}
		byPage[docs[i].Page.ID] = docs[i].Article
	}
	if spent == nil {
		spent = func() Spent { return Spent{} }
	}
	// extract saves every page as the given version made it.
	extract := func(version string) {
		end, err := db.BeginExtract(ctx, 0)
		if err != nil {
			b.Fatal(err)
		}
		defer end()
		after := int64(0)
		for {
			ids, _, err := db.ClaimPages(ctx, version, after, 32)
			if err != nil {
				b.Fatal(err)
			}
			if len(ids) == 0 {
				return
			}
			xs := make([]newsfacts.Extraction, len(ids))
			for i, id := range ids {
				xs[i] = newsfacts.Extraction{PageID: id, Reason: "no article"}
				if a := byPage[id]; a != nil {
					c := *a
					xs[i].Article = &c
				}
			}
			saved, err := db.SaveExtractions(ctx, version, xs)
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range saved {
				if s.Err != nil {
					b.Fatal(s.Err)
				}
			}
			after = ids[len(ids)-1]
		}
	}
	extract("v0")
	n := 0
	before, cpu := spent(), processCPU()
	start := time.Now()
	for b.Loop() {
		n++
		extract(fmt.Sprint("v", n))
	}
	elapsed := time.Since(start)
	cpu = processCPU() - cpu
	after := spent()
	pages := float64(n * len(docs))
	b.ReportMetric(pages/elapsed.Seconds(), "pages/s")
	b.ReportMetric(float64(cpu.Microseconds())/pages, "client_cpu_µs/page")
	if after.RoundTrips > 0 {
		b.ReportMetric(float64(after.RoundTrips-before.RoundTrips)/pages, "round_trips/page")
	}
	if after.ServerCPU > 0 {
		b.ReportMetric(float64((after.ServerCPU-before.ServerCPU).Microseconds())/pages, "server_cpu_µs/page")
	}
}
