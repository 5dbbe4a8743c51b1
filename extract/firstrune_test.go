package extract

import (
	"regexp"
	"testing"
)

func TestFirstRune(t *testing.T) {
	tests := []struct {
		re   string
		in   string
		want bool
	}{
		{`^abc`, "abc", true},
		{`^abc`, "xbc", false},
		{`^abc`, "", false},
		{`abc`, "xbc", true}, // not anchored: every text admitted
		{`^a*`, "xyz", true}, // matches the empty text
		{`^a|^b`, "b", true},
		{`^a|^b`, "c", true}, // each branch anchored, not the whole: admitted
		{`^a|b`, "c", true},  // one branch unanchored
		{`(?i)^k`, "K", true},
		{`(?i)^k`, "\u212a", true}, // the Kelvin sign folds to k
		{`(?i)^s`, "\u017f", true}, // long s folds to s
		{`^k`, "K", false},
		{`^[\[(]?\s*사진`, " 사진", true},
		{`^[\[(]?\s*사진`, "(사진", true},
		{`^[\[(]?\s*사진`, "그림", false},
		{`^\p{Lu}`, "É", true},
		{`^\p{Lu}`, "é", false},
		{`^.`, "\n", false},
		{`^(?s).`, "\n", true},
		{`^\b[가-힣]`, "가", true},
		{`^\x{FFFD}`, "\xff", true}, // an invalid byte reads as U+FFFD
	}
	for _, tt := range tests {
		re := regexp.MustCompile(tt.re)
		f := newFirstRune(re)
		if got := f.admits(startOf(tt.in)); got != tt.want {
			t.Errorf("newFirstRune(%q).admits(%q) = %v, want %v", tt.re, tt.in, got, tt.want)
		}
		if !tt.want && re.MatchString(tt.in) {
			t.Errorf("%q matches %q, which the table says is turned away", tt.re, tt.in)
		}
	}
}

// TestLineFirstGates checks that the first-rune test is on for the
// anchored lineRules: the point of it.
func TestLineFirstGates(t *testing.T) {
	n := 0
	for _, f := range lineFirst {
		if f.insts != nil {
			n++
		}
	}
	if n < len(lineRules)/2 {
		t.Errorf("%d of %d lineRules have a first-rune test, want at least half", n, len(lineRules))
	}
}

// FuzzFirstRune checks that no lineRule matches a line its first-rune
// test turns away.
func FuzzFirstRune(f *testing.F) {
	for _, s := range []string{"By Reuters", "ⓒ 새벽일보", "사진=홍길동 기자", "▲ 사진", "[사진]OSEN DB", "Tags: a", "\u212aeywords:", "ſponsored", "(끝)", "#태그"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, r := range lineRules {
			if !lineFirst[i].admits(startOf(s)) && r.re.MatchString(s) {
				t.Errorf("lineRules[%d] %q matches %q, which its first-rune test turns away", i, r.re, s)
			}
		}
	})
}
