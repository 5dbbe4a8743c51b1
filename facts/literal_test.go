package facts

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestWordFinder checks that the finders of the clue regexps find what
// the regexps find, on texts made of their words, pieces of them,
// letters around them and broken UTF-8.
func TestWordFinder(t *testing.T) {
	for c, f := range clueREs {
		wf, ok := f.(*wordFinder)
		if !ok {
			t.Errorf("clue %d: no word finder", c)
			continue
		}
		checkFinder(t, wf, 300)
	}
	for _, src := range []string{`예산|예금|예`, `(?:x|xy)z`, `지원(?:[^자]|$)`, `[0-9][0-9,.]*(?: ?[십백천만억조])* ?원`, `북한(?:의)? ?(?:원화|돈|원)(?:[^가-힣]|$)`} {
		wf := newWordFinder(regexp.MustCompile(src))
		if wf == nil {
			t.Errorf("%s: no word finder", src)
			continue
		}
		checkFinder(t, wf, 2000)
	}
	for _, src := range []string{`^예산`, `(?:예산)?적자`, `\b예산`, `.예산`, `(?i)abc`} {
		if newWordFinder(regexp.MustCompile(src)) != nil {
			t.Errorf("%s: a word finder, but its matches need not start with a word", src)
		}
	}
}

func checkFinder(t *testing.T, wf *wordFinder, n int) {
	t.Helper()
	var pieces []string
	for _, ws := range wf.first {
		for _, w := range ws {
			pieces = append(pieces, w, w[:len(w)/2], strings.TrimSuffix(w, string([]rune(w)[len([]rune(w))-1:])))
		}
	}
	pieces = append(pieces, " ", "자", "가", "원", "1", "조", ",", "\xe0", "\xbf", "의", "화", "$", "xy", "z")
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < n; k++ {
		var b strings.Builder
		for m := rng.Intn(12); m >= 0; m-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want, got := wf.re.FindAllStringIndex(s, -1), wf.FindAllStringIndex(s, -1)
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("%s on %q: regexp %v, finder %v", wf.re, s, want, got)
		}
		if wf.re.MatchString(s) != wf.MatchString(s) {
			t.Fatalf("%s on %q: MatchString differs", wf.re, s)
		}
	}
}
