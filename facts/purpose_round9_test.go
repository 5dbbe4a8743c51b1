package facts

import "testing"

// TestPurposeClasses9 reads the purpose of amounts in the constructions of
// the ninth round (docs/meaning.md "Ninth round: purpose on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestPurposeClasses9(t *testing.T) {
	tests := []struct {
		text, amount, want string
	}{
		// A litre written l, L or ℓ before 당 is a unit of a rate, no noun
		// the amount measures: the topic is.
		{"이날 경유 평균값은 l당 1천380원이다.", "1천380원", "경유 평균값"},
		{"등유 최저가는 ℓ당 1100원으로 내렸다.", "1100원", "등유 최저가"},
		{"경유 평균값은 kg당 1천380원이다.", "1천380원", "경유 평균값"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Purpose) != tt.want {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.want)
		}
	}
}
