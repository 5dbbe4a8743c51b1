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
)

// benchDir is the public article-extraction benchmark beside the
// repository; the benchmarks skip when it is absent.
const benchDir = "../../shared/benchmarks/article-extraction"

func loadBenchPages(b *testing.B) []eval.Page {
	b.Helper()
	pages, err := eval.Load(benchDir)
	if err != nil {
		b.Skipf("benchmark pages: %v", err)
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

// BenchmarkPageCost extracts each page alone and reports the 99th
// percentile and slowest page times in milliseconds, and the largest
// ratio of bytes allocated while extracting a page to the page's size.
// With the collector off during one extraction, the bytes allocated bound
// the heap the page needed from above.
func BenchmarkPageCost(b *testing.B) {
	pages := loadBenchPages(b)
	times := make([]time.Duration, len(pages))
	var maxRatio float64
	var ms runtime.MemStats
	for b.Loop() {
		for i, p := range pages {
			start := time.Now()
			FromHTML(p.HTML, Options{})
			if d := time.Since(start); i >= len(times) || d < times[i] || times[i] == 0 {
				times[i] = d
			}
		}
	}
	b.StopTimer()
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
	sorted := slices.Clone(times)
	slices.Sort(sorted)
	b.ReportMetric(float64(sorted[len(sorted)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(sorted[len(sorted)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(maxRatio, "max-alloc/size")
}
