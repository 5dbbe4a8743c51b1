package facteval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/facts"
)

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func dec(c int64) *facts.Decimal { return &facts.Decimal{Coef: c} }

// TestScore scores a made-up extractor on a made-up set and checks every
// count and miss: an exact match, a match with other qualifiers, a wrong
// value, a wrong currency on the same span, a false negative and a false
// positive.
func TestScore(t *testing.T) {
	set, err := Read(strings.NewReader(`
{"id":"s1","text":"예산 1조 원과 약 3명","facts":[{"kind":"money","text":"1조 원","value":"1000000000000","currency":"KRW"},{"kind":"count","text":"3명","value":"3","unit":"명","approx":true,"qualifiers":["약"]}]}
{"id":"s2","text":"5억 달러와 20%","trap":true,"facts":[{"kind":"money","text":"5억 달러","value":"500000000","currency":"USD"},{"kind":"percent","text":"20%","value":"20.0","unit":"%"}]}
{"id":"s3","text":"10억 원","facts":[{"kind":"money","text":"10억 원","value":"1000000000","currency":"KRW"}]}
`), "t.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	fake := map[string][]facts.Fact{
		"예산 1조 원과 약 3명": {
			{Kind: facts.KindMoney, Text: "1조 원", Value: dec(1_000_000_000_000), Currency: "KRW", Start: 3, End: 7, Qualifiers: []string{}},
			{Kind: facts.KindCount, Text: "3명", Value: dec(3), Unit: "명", Start: 11, End: 13, Qualifiers: []string{}},
		},
		"5억 달러와 20%": {
			{Kind: facts.KindMoney, Text: "5억 달러", Value: dec(500_000_000), Currency: "HKD", Start: 0, End: 5},
			{Kind: facts.KindPercent, Text: "20%", Value: &facts.Decimal{Coef: 200, Scale: 1}, Unit: "%", Start: 7, End: 10},
			{Kind: facts.KindCount, Text: "3명", Value: dec(3), Unit: "명", Start: 0, End: 0},
		},
		"10억 원": {},
	}
	r := Score(set, func(s string) []facts.Fact { return fake[s] })
	want := map[facts.Kind]Counts{
		facts.KindMoney:   {Gold: 3, Pred: 2, Match: 1},
		facts.KindCount:   {Gold: 1, Pred: 2, Match: 1},
		facts.KindPercent: {Gold: 1, Pred: 1, Match: 1},
	}
	for k, w := range want {
		if got := *r.Kinds[k]; got != w {
			t.Errorf("%s: %+v, want %+v", k, got, w)
		}
	}
	if r.All != (Counts{Gold: 5, Pred: 5, Match: 3}) || r.Sentences != 3 || r.Traps != 1 {
		t.Errorf("all %+v, %d sentences, %d traps; want 5/5/3, 3, 1", r.All, r.Sentences, r.Traps)
	}
	if r.Words != (Agreement{Matched: 3, Qualifiers: 2, Context: 3, Approx: 2}) {
		t.Errorf("words %+v, want 3 matched, 2 qualifiers, 3 context, 2 approx", r.Words)
	}
	var kinds []string
	for _, m := range r.Misses {
		kinds = append(kinds, m.Sentence.ID+" "+string(m.Kind)+" "+m.Diff)
	}
	wantMisses := []string{
		`s1 words qualifiers ["약"] ≠ [], approx true ≠ false`,
		"s2 wrong currency USD ≠ HKD",
		"s2 false positive ",
		"s3 false negative ",
	}
	if strings.Join(kinds, "\n") != strings.Join(wantMisses, "\n") {
		t.Errorf("misses:\n%s\nwant\n%s", strings.Join(kinds, "\n"), strings.Join(wantMisses, "\n"))
	}
	if c := (Counts{Gold: 4, Pred: 5, Match: 3}); c.Precision() != 0.6 || c.Recall() != 0.75 || c.F1() < 0.666 || c.F1() > 0.667 {
		t.Errorf("P %v R %v F1 %v, want 0.6 0.75 0.667", c.Precision(), c.Recall(), c.F1())
	}
	if c := (Counts{}); c.Precision() != 1 || c.Recall() != 1 || c.F1() != 1 {
		t.Errorf("empty counts: P %v R %v F1 %v, want 1 1 1", c.Precision(), c.Recall(), c.F1())
	}
}

// TestScoreSample scores the fact extractor on sentences of our own,
// annotated by docs/facts.md: every fact, qualifier and context word must
// agree.
func TestScoreSample(t *testing.T) {
	set, err := Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(set) < 10 {
		t.Fatalf("%d sentences in testdata, want at least 10", len(set))
	}
	r := Score(set, facts.Facts)
	for _, m := range r.Misses {
		t.Errorf("%s %s: gold %+v got %+v %s", m.Sentence.ID, m.Kind, m.Gold, m.Got, m.Diff)
	}
}
