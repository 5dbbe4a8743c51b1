package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkFacts reports the speed of fact extraction over the article
// bodies of ../shared/testpages, in MB/s of body text.
func BenchmarkFacts(b *testing.B) {
	pages := testPages(b)
	n := 0
	for _, p := range pages {
		n += len(p.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			Facts(p.text)
		}
	}
}

// BenchmarkFactsSeedLike is BenchmarkFacts on a short dense paragraph of
// our own, so that it runs where the test pages are absent.
func BenchmarkFactsSeedLike(b *testing.B) {
	b.SetBytes(int64(len(seedLike)))
	b.ReportAllocs()
	for b.Loop() {
		Facts(seedLike)
	}
}

// BenchmarkParseAmount reports the cost of scanning one amount.
func BenchmarkParseAmount(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAmount("1억2,345만6,789"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFactsWorstCase runs Facts on texts built to be slow: one long
// sentence full of bare amounts, pesos, lists that never end in a
// currency, abbreviations. Each must stay linear in the text's length;
// these once were quadratic.
func BenchmarkFactsWorstCase(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"bare", "예산 1조 "},
		{"peso", "6만 페소 "},
		{"list", "2천억, "},
		{"abbrev", "a."},
		{"stops", "!"},
		{"tilde", "1~"},
		{"digits", "1"},
		{"order", "1조 "},
		{"small", "1천 "},
	} {
		// The x keeps a run of stops ("!!!!x") from ending the text.
		text := strings.Repeat(bc.unit, 64<<10/len(bc.unit)) + "x"
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Facts(text)
			}
		})
	}
}

// BenchmarkFactsShare measures what fact extraction costs within whole
// extraction (decode, parse, clean, dedupe, metadata, facts) of the saved
// Korean news pages, in the same run: each page is extracted with FromHTML
// and, back to back, its clean text is given to Facts alone; the fastest
// time of each over the iterations is kept. It reports both rates and
// facts-share, the time in Facts over the time in FromHTML (which includes
// it): the target is at most 0.10.
func BenchmarkFactsShare(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "testpages", "raw", "*", "*.html"))
	if len(files) == 0 {
		b.Skip("test pages not found beside the repository")
	}
	type doc struct {
		html []byte
		text string
	}
	var docs []doc
	for _, f := range files {
		h, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := FromHTML(h, Options{})
		if err != nil {
			continue // a section front or a page with no article
		}
		docs = append(docs, doc{h, a.Text})
	}
	whole := make([]time.Duration, len(docs))
	facts := make([]time.Duration, len(docs))
	keepMin := func(d *time.Duration, v time.Duration) {
		if *d == 0 || v < *d {
			*d = v
		}
	}
	for b.Loop() {
		for i, d := range docs {
			t0 := time.Now()
			FromHTML(d.html, Options{})
			t1 := time.Now()
			Facts(d.text)
			t2 := time.Now()
			keepMin(&whole[i], t1.Sub(t0))
			keepMin(&facts[i], t2.Sub(t1))
		}
	}
	var sumWhole, sumFacts time.Duration
	for i := range docs {
		sumWhole += whole[i]
		sumFacts += facts[i]
	}
	n := float64(len(docs))
	b.ReportMetric(n/sumWhole.Seconds(), "extract-pages/s")
	b.ReportMetric(n/sumFacts.Seconds(), "facts-pages/s")
	b.ReportMetric(sumFacts.Seconds()/sumWhole.Seconds(), "facts-share")
}
