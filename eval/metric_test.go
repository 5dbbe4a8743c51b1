package eval

import (
	"math"
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case 3.14", []string{"snake_case", "3", "14"}},
		{"1조 8천억 원", []string{"1조", "8천억", "원"}},
		{"«Ciao»—mondo", []string{"Ciao", "mondo"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        Counts
		p, r        float64
	}{
		{"equal", "a b c d e", "a b c d e", Counts{TP: 2}, 1, 1},
		{"both empty", "", "", Counts{}, 1, 1},
		{"empty pred", "a b c d", "", Counts{FN: 1}, 0, 0},
		{"short texts", "a b", "a b", Counts{TP: 1}, 1, 1},
		{"duplicate costs precision", "a b c d", "a b c d a b c d", Counts{TP: 1, FP: 4}, 0.2, 1},
		{"missing tail", "a b c d e f", "a b c d", Counts{TP: 1, FN: 2}, 1, 1.0 / 3},
		{"case matters", "A b c d", "a b c d", Counts{FP: 1, FN: 1}, 0, 0},
		{"soft hyphen deleted", "extraction works now", "extrac\u00adtion works now", Counts{TP: 1}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(tt.truth, tt.pred)
			if c != tt.want {
				t.Fatalf("Compare(%q, %q) = %+v, want %+v", tt.truth, tt.pred, c, tt.want)
			}
			if p := c.Precision(); math.Abs(p-tt.p) > 1e-9 {
				t.Errorf("precision = %v, want %v", p, tt.p)
			}
			if r := c.Recall(); math.Abs(r-tt.r) > 1e-9 {
				t.Errorf("recall = %v, want %v", r, tt.r)
			}
		})
	}
}

func TestCorpus(t *testing.T) {
	truth := []string{"a b c d", "e f g h", "i j k l"}
	pred := []string{"a b c d", "", "i j k l i j k l"}
	s := Corpus(truth, pred)
	// precision: pages 1 and 3 only (page 2 predicted nothing): (1 + 0.2)/2.
	// recall: (1 + 0 + 1)/3.
	wantP, wantR := 0.6, 2.0/3
	wantF := 2 * wantP * wantR / (wantP + wantR)
	if math.Abs(s.Precision-wantP) > 1e-9 || math.Abs(s.Recall-wantR) > 1e-9 || math.Abs(s.F1-wantF) > 1e-9 {
		t.Errorf("Corpus = %+v, want P %v R %v F1 %v", s, wantP, wantR, wantF)
	}
	if want := 1.0 / 3; math.Abs(s.Accuracy-want) > 1e-9 {
		t.Errorf("accuracy = %v, want %v", s.Accuracy, want)
	}
}
