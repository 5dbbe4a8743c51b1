package facts

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file runs the regexps of patterns.go: on a window of the text, and
// only after a cheap look that they may match at all.

// window and margin bound the text an anchored regexp is shown. Go's
// backtracker clears a bitmap of (input length × program size) bits on
// each call, so showing it the whole rest of an article for a match of a
// few bytes costs more than the match. No span is near the window: when a
// match ends within margin of its edge, it is run again on the whole rest.
const (
	window = 96
	margin = 40
)

// prefixSet tells cheaply whether a text starts with one of a list of
// words: the words are filed by their first rune.
type prefixSet map[rune][]string

// newPrefixSet returns the set of the words of the alternations alts
// ("원|달러|…").
func newPrefixSet(alts ...string) prefixSet {
	p := prefixSet{}
	for _, alt := range alts {
		for _, w := range strings.Split(alt, "|") {
			r, _ := utf8.DecodeRuneInString(w)
			p[r] = append(p[r], w)
		}
	}
	return p
}

// starts reports whether s starts with one of the words of p.
func (p prefixSet) starts(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range p[r] {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// The words each tail regexp can start with, after an optional 여 and
// space, built from the same alternations: a number followed by anything
// else ("13,310 UP", "18일 오후") is not shown to the regexps at all.
var (
	currencyStarts = newPrefixSet(countryAlt, currencyAlt, isoAlt, "₩|$|€|£|¥")
	loneStarts     = newPrefixSet(loneAlt)
	percentStarts  = newPrefixSet(percentAlt)
	counterStarts  = newPrefixSet(counterAlt)
	postQualStarts = newPrefixSet(postQualAlt)
	measureStarts  = newPrefixSet(counterAlt, measureAlt)
)

// mayStart reports whether s, after an optional 여 (glued, or after one
// space: 1억 여원) and one space, starts with one of the words of p.
func mayStart(s string, p prefixSet) bool {
	if t, ok := strings.CutPrefix(s, " 여"); ok {
		s = t // 1억 여원: a 여 spaced from its number
	} else {
		s = strings.TrimPrefix(s, "여")
	}
	s = strings.TrimPrefix(s, " ")
	return p.starts(s)
}

// match is re.FindStringSubmatchIndex(s) for the anchored regexps above,
// run on a window of s.
func match(re *regexp.Regexp, s string) []int {
	if len(s) > window {
		end := windowEnd(s)
		if m := re.FindStringSubmatchIndex(s[:end]); m == nil || m[1] < end-margin {
			return m
		}
	}
	return re.FindStringSubmatchIndex(s)
}

// windowEnd returns where the window of s, longer than window, ends: at a
// rune start, so as not to split a rune, but backed up at most three
// bytes, as invalid UTF-8 may have no rune start at all.
func windowEnd(s string) int {
	end := window
	for k := 0; k < utf8.UTFMax-1 && !utf8.RuneStart(s[end]); k++ {
		end--
	}
	return end
}

// head returns at most window bytes of the start of s, for a regexp that
// only looks at a few words after an amount: shown the whole rest of the
// text, even an anchored regexp costs the length of that rest.
func head(s string) string { return s[:min(len(s), window)] }

// matchIf is match, after a quick look that s may start with one of the
// words of p.
func matchIf(re *regexp.Regexp, s string, p prefixSet) []int {
	if !mayStart(s, p) {
		return nil
	}
	return match(re, s)
}

// matchAt is match, after a quick look that s starts with one of the
// runes of first, or a space and one of them.
func matchAt(re *regexp.Regexp, s, first string) []int {
	t := strings.TrimPrefix(s, " ")
	r, _ := utf8.DecodeRuneInString(t)
	if t == "" || !strings.ContainsRune(first, r) {
		return nil
	}
	return match(re, s)
}
