package facts_test

import (
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/facteval"
	"github.com/newsfacts/newsfacts/facts"
)

// TestRealText scores Facts on the real-text evaluation, sentences of
// published Korean news annotated by hand by docs/facts.md
// (testdata/realtext, sources and licences in its README, decisions in
// its ADJUDICATION.md), and fails below the bars of issue 12: money
// precision 0.99 and recall 0.98, count F1 0.97, percent F1 0.99. The set must hold at least 500 sentences, 150 of
// them traps. Every miss is listed by
//
//	go run -tags sqlite_fts5 ./cmd/exteval -facts
func TestRealText(t *testing.T) {
	dir := filepath.Join("testdata", "realtext")
	set, err := facteval.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(set) == 0 {
		t.Skipf("no annotated sentences in %s yet", dir)
	}
	r := facteval.Score(set, facts.Facts)
	if r.Sentences < 500 || r.Traps < 150 {
		t.Errorf("%d sentences, %d traps; want at least 500 and 150", r.Sentences, r.Traps)
	}
	for _, k := range facteval.Kinds {
		c := r.Kinds[k]
		t.Logf("%-7s gold %4d predicted %4d matched %4d  P %.4f R %.4f F1 %.4f",
			k, c.Gold, c.Pred, c.Match, c.Precision(), c.Recall(), c.F1())
	}
	for _, b := range facteval.Bars {
		if v := b.Of(r); v < b.Min {
			t.Errorf("%s %s %.4f, want at least %.2f (go run ./cmd/exteval -facts lists the misses)", b.Kind, b.Metric, v, b.Min)
		}
	}
}
