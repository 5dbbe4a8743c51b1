package facts

import (
	"fmt"
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

// BenchmarkExtractWorstCase is BenchmarkFactsWorstCase with the meaning
// of each amount read too: one long sentence full of amounts must still
// cost time linear in its length.
func BenchmarkExtractWorstCase(b *testing.B) {
	for _, unit := range []string{"예산 1조 ", "정부는 올해 반도체에 1조 원을 투입하고, "} {
		for _, n := range []int{16 << 10, 64 << 10} {
			text := strings.Repeat(unit, n/len(unit)) + "x"
			b.Run(fmt.Sprintf("%d", n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Extract(text, Options{Published: seedPublished})
				}
			})
		}
	}
}

// BenchmarkExplainWorstCase times Explain alone, the meaning of facts
// already found, on one long sentence full of amounts (the run-on units
// of e2e's memory test among them), at 16 KB and 64 KB in the same run:
// it reports MB/s of the larger and the ratio of their times, about 4
// when reading is linear.
func BenchmarkExplainWorstCase(b *testing.B) {
	for _, unit := range []string{"예산 1조 ", "정부는 올해 반도체에 1조 원을 투입하고, ",
		"매출 1조 2천억 원 영업이익 3천억 원 순이익 2천억 원 부채 5조 원 "} {
		small := strings.Repeat(unit, (16<<10)/len(unit)) + "x"
		large := strings.Repeat(unit, (64<<10)/len(unit)) + "x"
		fsSmall, fsLarge := Facts(small), Facts(large)
		name := strings.Fields(unit)[0]
		b.Run(name, func(b *testing.B) {
			var ts, tl time.Duration
			for b.Loop() {
				t0 := time.Now()
				Explain(small, fsSmall, Options{Published: seedPublished})
				t1 := time.Now()
				Explain(large, fsLarge, Options{Published: seedPublished})
				ts, tl = ts+t1.Sub(t0), tl+time.Since(t1)
			}
			b.ReportMetric(float64(len(large))*float64(b.N)/tl.Seconds()/1e6, "MB/s-64KB")
			b.ReportMetric(float64(tl)/float64(max(ts, time.Nanosecond)), "64KB/16KB")
		})
	}
}
