package facts

import "testing"

// TestPurposeClasses12 reads the purpose of amounts in the constructions of
// the twelfth round (docs/meaning.md "Twelfth round: purpose on d12"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestPurposeClasses12(t *testing.T) {
	tests := []struct {
		text, amount, want string
	}{
		// 밖에 (only) is a delimiter glued to a noun, no part of it:
		// the measure or the noun before it is the purpose.
		{"현재 시세는 5억 원 정도밖에 되지 않는다.", "5억 원", "시세"},
		{"그 영화는 3백만 달러의 흥행수입밖에 올리지 못했다.", "3백만 달러", "흥행수입"},
		{"현재 시세는 5억 원 정도에 이른다.", "5억 원", "시세"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Purpose) != tt.want {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.want)
		}
	}
}

// TestParticles12 cuts the delimiter 밖에 (only) off a noun, but not off
// 이 and 그, where 이밖에 and 그밖에 mean besides.
func TestParticles12(t *testing.T) {
	tests := []struct{ w, stem, part string }{
		{"정도밖에", "정도", "밖에"}, {"흥행수입밖에는", "흥행수입", "밖에는"}, {"한 명밖에도", "한 명", "밖에도"},
		{"이밖에", "이밖", "에"}, {"그밖에", "그밖", "에"},
	}
	for _, tt := range tests {
		if s, p := cutParticle(tt.w); s != tt.stem || p != tt.part {
			t.Errorf("cutParticle(%q) = %q, %q, want %q, %q", tt.w, s, p, tt.stem, tt.part)
		}
	}
}
