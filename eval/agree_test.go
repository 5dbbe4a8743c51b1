package eval

import (
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/facts"
)

// fact builds an annotated money fact of KRW for the agreement tests.
func fact(text, value string, role string, agent, purpose, period, periodText, per string) MeaningFact {
	return MeaningFact{Text: text, Value: value, Currency: "KRW", Role: facts.Role(role), Agent: facts.Phrase(agent),
		Purpose: facts.Phrase(purpose), Period: facts.Phrase(period), PeriodText: facts.Phrase(periodText), Per: facts.Per(per)}
}

func TestScoreAgreement(t *testing.T) {
	base := fact("10억원", "1000000000", "level", "정부", "GPU 확보", "2025", "올해", "")
	tests := []struct {
		name    string
		a, b    []MeaningFact
		bID     string // the id of b's case; "s1" when empty
		want    map[string]Ratio
		wantHit int // facts both hold
	}{
		{
			name: "same reading",
			a:    []MeaningFact{base}, b: []MeaningFact{base},
			want: map[string]Ratio{"role": {1, 1}, "agent exact": {1, 1}, "purpose lenient": {1, 1},
				"period": {1, 1}, "period_text": {1, 1}, "per": {0, 0}},
			wantHit: 1,
		},
		{
			name: "purpose contained, agent other, per only in b",
			a:    []MeaningFact{base},
			b:    []MeaningFact{fact("10억원", "1000000000", "level", "과기정통부", "확보", "2025", "올해", "year")},
			want: map[string]Ratio{"role": {1, 1}, "agent lenient": {0, 1}, "agent exact": {0, 1},
				"purpose lenient": {1, 1}, "purpose exact": {0, 1}, "per": {0, 1}},
			wantHit: 1,
		},
		{
			name:    "role and period differ, period_text only in b is not counted",
			a:       []MeaningFact{fact("10억원", "1000000000", "level", "", "", "", "", "")},
			b:       []MeaningFact{fact("10억원", "1000000000", "other", "", "", "2024", "지난해", "")},
			want:    map[string]Ratio{"role": {0, 1}, "agent exact": {1, 1}, "period": {0, 1}, "period_text": {0, 0}},
			wantHit: 1,
		},
		{
			name:    "facts matched by value, not by position",
			a:       []MeaningFact{base, fact("5억원", "500000000", "change", "", "매출", "", "", "")},
			b:       []MeaningFact{fact("5억원", "500000000", "change", "", "매출", "", "", ""), base},
			want:    map[string]Ratio{"role": {2, 2}, "purpose exact": {2, 2}},
			wantHit: 2,
		},
		{
			name:    "a fact b does not hold misses every field",
			a:       []MeaningFact{base},
			b:       []MeaningFact{fact("20억원", "2000000000", "level", "정부", "GPU 확보", "2025", "올해", "")},
			want:    map[string]Ratio{"role": {0, 1}, "agent lenient": {0, 1}, "period": {0, 1}, "period_text": {0, 1}},
			wantHit: 0,
		},
		{
			name: "a sentence b does not hold is not scored",
			a:    []MeaningFact{base}, b: []MeaningFact{base}, bID: "s2",
			want:    map[string]Ratio{"role": {0, 0}},
			wantHit: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bID := tt.bID
			if bID == "" {
				bID = "s1"
			}
			a := []MeaningCase{{ID: "s1", Text: "t", Facts: tt.a}}
			b := []MeaningCase{{ID: bID, Text: "t", Facts: tt.b}}
			s := ScoreAgreement(a, b)
			if s.Found != tt.wantHit {
				t.Errorf("found %d, want %d", s.Found, tt.wantHit)
			}
			got := map[string]Ratio{"role": s.Role, "agent lenient": s.AgentLenient, "agent exact": s.AgentExact,
				"purpose lenient": s.PurposeLenient, "purpose exact": s.PurposeExact,
				"period": s.Period, "period_text": s.PeriodText, "per": s.Per}
			for field, w := range tt.want {
				if got[field] != w {
					t.Errorf("ScoreAgreement %s = %d/%d, want %d/%d", field, got[field].Hit, got[field].Total, w.Hit, w.Total)
				}
			}
		})
	}
}

// TestScoreAgreementSymmetric checks that the fields the guide scores
// symmetrically give the same figures whichever reading is the reference.
func TestScoreAgreementSymmetric(t *testing.T) {
	a := []MeaningCase{{ID: "s1", Facts: []MeaningFact{
		fact("10억원", "1000000000", "level", "정부", "GPU 확보", "2025", "올해", ""),
		fact("5억원", "500000000", "change", "", "매출", "", "", "year"),
	}}}
	b := []MeaningCase{{ID: "s1", Facts: []MeaningFact{
		fact("10억원", "1000000000", "rate", "정부", "확보", "", "", "month"),
		fact("5억원", "500000000", "change", "삼성전자", "매출액", "2024", "지난해", "year"),
	}}}
	ab, ba := ScoreAgreement(a, b), ScoreAgreement(b, a)
	for _, f := range []struct {
		name   string
		ab, ba Ratio
	}{
		{"role", ab.Role, ba.Role}, {"agent lenient", ab.AgentLenient, ba.AgentLenient},
		{"agent exact", ab.AgentExact, ba.AgentExact}, {"purpose lenient", ab.PurposeLenient, ba.PurposeLenient},
		{"purpose exact", ab.PurposeExact, ba.PurposeExact}, {"period", ab.Period, ba.Period}, {"per", ab.Per, ba.Per},
	} {
		if f.ab != f.ba {
			t.Errorf("%s: a against b %d/%d, b against a %d/%d", f.name, f.ab.Hit, f.ab.Total, f.ba.Hit, f.ba.Total)
		}
	}
}

// TestSecondReadingOfB3 checks that the second reading of b3
// (facts/testdata/meaning/agreement/b3-second.jsonl) is every other
// sentence of b3.jsonl with the same money facts, so that ScoreAgreement
// compares every fact of it; the figures themselves are a measurement,
// recorded in its README, not a bar.
func TestSecondReadingOfB3(t *testing.T) {
	dir := filepath.Join("..", "facts", "testdata", "meaning")
	first, err := LoadMeaning(filepath.Join(dir, "b3.jsonl"))
	if err != nil {
		t.Skipf("no b3 set: %v", err)
	}
	second, err := LoadMeaning(filepath.Join(dir, "agreement", "b3-second.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if want := (len(first) + 1) / 2; len(second) != want {
		t.Fatalf("second reading holds %d sentences, want %d (every other one of %d)", len(second), want, len(first))
	}
	for i, c := range second {
		a := first[2*i]
		if c.ID != a.ID || c.Text != a.Text || c.Context != a.Context || c.Published != a.Published {
			t.Errorf("sentence %d of the second reading is %s, want %s as written in b3.jsonl", i, c.ID, a.ID)
			continue
		}
		if len(c.Facts) != len(a.Facts) {
			t.Errorf("%s: %d facts, want %d", c.ID, len(c.Facts), len(a.Facts))
			continue
		}
		for j, f := range c.Facts {
			g := a.Facts[j]
			if f.Text != g.Text || f.Value != g.Value || f.Currency != g.Currency {
				t.Errorf("%s fact %d: %q %s %s, want %q %s %s", c.ID, j, f.Text, f.Value, f.Currency, g.Text, g.Value, g.Currency)
			}
		}
	}
	if s := ScoreAgreement(first, second); s.Found != s.Facts {
		t.Errorf("ScoreAgreement matched %d of %d facts", s.Found, s.Facts)
	}
}
