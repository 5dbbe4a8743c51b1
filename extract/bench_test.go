package extract

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/facts"
)

// BenchmarkFactsShare measures what fact extraction costs within whole
// extraction (decode, parse, clean, dedupe, metadata, facts) of the saved
// Korean news pages, in the same run: each page is extracted with FromHTML
// and, back to back, its clean text is given to Facts alone; the fastest
// time of each over the iterations is kept. It reports both rates and
// facts-share, the time in Facts over the time in FromHTML (which includes
// it): the target is at most 0.15 (issue 13), facts with their meaning.
func BenchmarkFactsShare(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "testpages", "raw", "*", "*.html"))
	if len(files) == 0 {
		b.Skip("test pages not found beside the repository")
	}
	type doc struct {
		html      []byte
		text      string
		published time.Time
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
		docs = append(docs, doc{h, a.Text, a.Published})
	}
	whole := make([]time.Duration, len(docs))
	inFacts := make([]time.Duration, len(docs))
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
			facts.Extract(d.text, facts.Options{Published: d.published})
			t2 := time.Now()
			keepMin(&whole[i], t1.Sub(t0))
			keepMin(&inFacts[i], t2.Sub(t1))
		}
	}
	var sumWhole, sumFacts time.Duration
	for i := range docs {
		sumWhole += whole[i]
		sumFacts += inFacts[i]
	}
	n := float64(len(docs))
	b.ReportMetric(n/sumWhole.Seconds(), "extract-pages/s")
	b.ReportMetric(n/sumFacts.Seconds(), "facts-pages/s")
	b.ReportMetric(sumFacts.Seconds()/sumWhole.Seconds(), "facts-share")
}
