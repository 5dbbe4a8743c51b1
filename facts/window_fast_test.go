package facts

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// TestBackForthSteps checks that back and forth step over the same code
// points as decoding one rune at a time does, valid or broken UTF-8.
func TestBackForthSteps(t *testing.T) {
	pieces := []string{"가", "힣", "\ud7a3", "a", " ", "€", "𝄞", "\xed\xa0\x80", "\xe0\x80", "\xbf", "\xef\xbf\xbd", "é", "中"}
	rng := rand.New(rand.NewSource(2))
	for k := 0; k < 3000; k++ {
		var s string
		for m := rng.Intn(20); m >= 0; m-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		n := rng.Intn(25)
		i, j := 0, 0
		for c := 0; c < n && i < len(s); c++ {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		if got, _ := forth(s, 0, len(s), n); got != i {
			t.Fatalf("forth(%q, %d) = %d, want %d", s, n, got, i)
		}
		j = len(s)
		for c := 0; c < n && j > 0; c++ {
			_, w := utf8.DecodeLastRuneInString(s[:j])
			j -= w
		}
		if got, _ := back(s, 0, len(s), n); got != j {
			t.Fatalf("back(%q, %d) = %d, want %d", s, n, got, j)
		}
	}
}
