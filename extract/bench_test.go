package extract

import "testing"

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
