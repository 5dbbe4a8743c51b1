package facts

import "testing"

// TestPurposeRound14 reads the purpose of amounts in the constructions of
// the fourteenth round (docs/meaning.md "Fourteenth round: purpose"), each
// rule derived from one half of the sets and kept only when it held on
// the other, in sentences of our own, each beside a near case the rule
// must leave alone.
func TestPurposeRound14(t *testing.T) {
	tests := []struct {
		text, amount, purpose string
	}{
		// A source (X로부터의, X에게서의) before the measure says where
		// the money comes from, as X에서 does, not what it is; an owner
		// with 의 that is a thing stays.
		{"올해 일본으로부터의 수입액은 3억 달러였다.", "3억 달러", "수입액"},
		{"올해 반도체의 수입액은 3억 달러였다.", "3억 달러", "반도체의 수입액"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if !ok {
			continue
		}
		if string(f.Purpose) != tt.purpose {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.purpose)
		}
	}
}
