package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// slowTexts builds texts of about n bytes that once made Facts quadratic:
// amounts out of order separated by spaces, each of which the number
// regexp read on to the end of the text before the scanner refused it.
func slowTexts(n int) map[string]string {
	r := rand.New(rand.NewPCG(1, 2))
	var random strings.Builder
	for random.Len() < n {
		fmt.Fprintf(&random, "%d%c ", r.IntN(100), []rune("만억조경")[r.IntN(4)])
	}
	texts := map[string]string{"random": random.String()}
	for _, unit := range []string{"1조 ", "12조 ", "1천 ", "천 ", "일조 ", "1억 2조 ", "5천 만 ", "922경 3373조 원 "} {
		texts[unit] = strings.Repeat(unit, n/len(unit))
	}
	return texts
}

// TestNumberSpanBounded checks that the number regexp, at every place a
// number may start in the slow texts, stops well inside the window of
// match: no candidate is read on past a few of the amounts that follow
// it, so each costs the same however long the text.
func TestNumberSpanBounded(t *testing.T) {
	for name, text := range slowTexts(4 << 10) {
		for i := range len(text) {
			if !numberStart(text, i) {
				continue
			}
			if m := match(numberRE, text[i:]); m != nil && m[1] > window-margin {
				t.Errorf("%q: numberRE at %d matches %.40q…, %d bytes, past %d", name, i, text[i:i+m[1]], m[1], window-margin)
				break
			}
		}
	}
}

// TestFactsLinear checks that Facts takes about ten times as long on the
// slow texts ten times as long, not a hundred times.
func TestFactsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times Facts on 40 KB texts")
	}
	best := func(text string) time.Duration {
		var d time.Duration
		for range 3 {
			t0 := time.Now()
			Facts(text)
			if e := time.Since(t0); d == 0 || e < d {
				d = e
			}
		}
		return d
	}
	small, large := slowTexts(4<<10), slowTexts(40<<10)
	for name := range small {
		s, l := best(small[name]), best(large[name])
		if ratio := float64(l) / float64(max(s, time.Microsecond)); ratio > 40 {
			t.Errorf("%q: Facts takes %v on %d bytes and %v on %d: %.0f×, want about 10×", name, s, len(small[name]), l, len(large[name]), ratio)
		}
	}
}
