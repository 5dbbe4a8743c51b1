package extract

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/newsfacts/newsfacts/eval"

	"github.com/newsfacts/newsfacts/internal/shared"
)

// benchDir is the public article-extraction benchmark beside the
// repository; the benchmarks skip when it is absent.
var benchDir = shared.Path("benchmarks/article-extraction")

func loadBenchPages(b *testing.B) []eval.Page {
	b.Helper()
	pages, err := eval.Load(benchDir)
	if err != nil {
		shared.Missing(b, benchDir, err)
	}
	return pages
}

// BenchmarkFromHTML extracts every benchmark page once per iteration and
// reports pages per second; compare with BenchmarkHTMLParse in the same
// run for the cost over bare parsing.
func BenchmarkFromHTML(b *testing.B) {
	pages := loadBenchPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := FromHTML(p.HTML, Options{}); err != nil {
				b.Fatalf("%s: %v", p.ID, err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkFromHTMLNoFacts is BenchmarkFromHTML without the facts: the
// HTML extractor's own cost.
func BenchmarkFromHTMLNoFacts(b *testing.B) {
	pages := loadBenchPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := fromHTML(p.HTML, Options{}); err != nil {
				b.Fatalf("%s: %v", p.ID, err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkHTMLParse parses the same pages with x/net/html alone: the
// floor any extractor that parses once stands on.
func BenchmarkHTMLParse(b *testing.B) {
	pages := loadBenchPages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p.HTML)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkPageCost times every page alone, parsing it bare and
// extracting it back to back so that both see the same machine load, and
// keeps each page's fastest time over the iterations. It reports both
// rates, their ratio (extraction cost over bare parsing), the same ratio
// for the HTML extractor alone (without the facts), both ratios again
// from whole passes timed in process CPU time (cpu-…, steadier on a loaded
// machine: the collector's work counts, the waits for a core do not), the
// 99th
// percentile and slowest extraction times in milliseconds, and the largest
// ratio of bytes allocated while extracting a page to the page's size:
// with the collector off during one extraction, the bytes allocated bound
// from above the heap the page needed.
func BenchmarkPageCost(b *testing.B) {
	pages := loadBenchPages(b)
	parse := make([]time.Duration, len(pages))
	extract := make([]time.Duration, len(pages))
	htmlOnly := make([]time.Duration, len(pages))
	keepMin := func(d *time.Duration, v time.Duration) {
		if *d == 0 || v < *d {
			*d = v
		}
	}
	// Whole passes over the pages timed in process CPU time, the fastest
	// of each kind kept: on a machine whose cores are shared, wall time
	// also counts the waits for a core.
	var cpuParse, cpuExtract, cpuHTML time.Duration
	pass := func(keep *time.Duration, f func(p eval.Page)) {
		runtime.GC()
		t0 := cpuTime()
		for _, p := range pages {
			f(p)
		}
		keepMin(keep, cpuTime()-t0)
	}
	for b.Loop() {
		pass(&cpuParse, func(p eval.Page) { html.Parse(bytes.NewReader(p.HTML)) })
		pass(&cpuExtract, func(p eval.Page) { FromHTML(p.HTML, Options{}) })
		pass(&cpuHTML, func(p eval.Page) { fromHTML(p.HTML, Options{}) })
		for i, p := range pages {
			t0 := time.Now()
			html.Parse(bytes.NewReader(p.HTML))
			t1 := time.Now()
			FromHTML(p.HTML, Options{})
			t2 := time.Now()
			fromHTML(p.HTML, Options{})
			t3 := time.Now()
			keepMin(&parse[i], t1.Sub(t0))
			keepMin(&extract[i], t2.Sub(t1))
			keepMin(&htmlOnly[i], t3.Sub(t2))
		}
	}
	b.StopTimer()
	var maxRatio float64
	var ms runtime.MemStats
	old := debug.SetGCPercent(-1)
	for _, p := range pages {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		FromHTML(p.HTML, Options{})
		runtime.ReadMemStats(&ms)
		maxRatio = max(maxRatio, float64(ms.TotalAlloc-before)/float64(len(p.HTML)))
	}
	debug.SetGCPercent(old)
	var sumParse, sumExtract, sumHTML time.Duration
	for i := range pages {
		sumParse += parse[i]
		sumExtract += extract[i]
		sumHTML += htmlOnly[i]
	}
	sorted := slices.Clone(extract)
	slices.Sort(sorted)
	n := float64(len(pages))
	b.ReportMetric(n/sumParse.Seconds(), "parse-pages/s")
	b.ReportMetric(n/sumExtract.Seconds(), "extract-pages/s")
	b.ReportMetric(sumExtract.Seconds()/sumParse.Seconds(), "cost/parse")
	b.ReportMetric(sumHTML.Seconds()/sumParse.Seconds(), "html-cost/parse")
	b.ReportMetric(cpuExtract.Seconds()/cpuParse.Seconds(), "cpu-cost/parse")
	b.ReportMetric(cpuHTML.Seconds()/cpuParse.Seconds(), "cpu-html-cost/parse")
	b.ReportMetric(float64(sorted[len(sorted)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(sorted[len(sorted)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(maxRatio, "max-alloc/size")
}
