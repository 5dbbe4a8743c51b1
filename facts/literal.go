package facts

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// This file finds the matches of an alternation of words (예산|추경|적자
// …) in a long text faster than the regexp does alone. Go's regexp scans
// every position of a text with its automaton, about a megabyte a second
// for the clue words of context.go over a long sentence; but every match
// of such an alternation starts with one of a few literal words, so only
// the positions where one of them starts need the regexp, run there
// anchored. The matches found are the regexp's own: the same leftmost-
// first match at the same first position, and the same next one after it.

// wordFinder finds the matches of a regexp whose every match starts with
// one of a set of literal words.
type wordFinder struct {
	re       *regexp.Regexp // the regexp, for what the words cannot decide
	anchored *regexp.Regexp // the regexp, anchored at the start
	first    [256][]string  // the words, by their first byte
	// byRune holds, by the first rune of a word, the regexp anchored and
	// cut down to the alternatives that may start with that rune, in
	// their order: the others cannot match there, and a small regexp
	// runs on Go's backtracker where the whole alternation needed its
	// slower automaton.
	byRune map[rune]*regexp.Regexp
}

// newWordFinder returns the finder of re, or nil when some match of re
// may start otherwise than with a literal word.
func newWordFinder(re *regexp.Regexp) *wordFinder {
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	words, ok := firstWords(tree.Simplify())
	if !ok || len(words) == 0 {
		return nil
	}
	f := &wordFinder{re: re, anchored: regexp.MustCompile(`^(?:` + re.String() + `)`)}
	for _, w := range words {
		f.first[w[0]] = append(f.first[w[0]], w)
	}
	f.byRune = byFirstRune(tree)
	return f
}

// byFirstRune returns the anchored regexps of the alternatives of tree by
// the first runes they may start with, or nil when tree is no alternation
// whose every alternative starts with literal words.
func byFirstRune(tree *syntax.Regexp) map[rune]*regexp.Regexp {
	if tree.Op != syntax.OpAlternate {
		return nil
	}
	subs := map[rune][]*syntax.Regexp{}
	var order []rune
	for _, sub := range tree.Sub {
		words, ok := firstWords(sub)
		if !ok {
			return nil
		}
		seen := map[rune]bool{}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if seen[r] {
				continue
			}
			seen[r] = true
			if subs[r] == nil {
				order = append(order, r)
			}
			subs[r] = append(subs[r], sub)
		}
	}
	out := make(map[rune]*regexp.Regexp, len(order))
	for _, r := range order {
		alt := &syntax.Regexp{Op: syntax.OpAlternate, Sub: subs[r]}
		re, err := regexp.Compile(`^(?:` + alt.String() + `)`)
		if err != nil {
			return nil
		}
		out[r] = re
	}
	return out
}

// maxFirstWords bounds the words a finder files: a class of many letters
// is better left to the regexp.
const maxFirstWords = 512

// firstWords returns literal words one of which starts every match of
// tree, or false when it cannot tell (a match may be empty, or start with
// a class of many letters).
func firstWords(tree *syntax.Regexp) ([]string, bool) {
	switch tree.Op {
	case syntax.OpLiteral:
		if tree.Flags&syntax.FoldCase != 0 || len(tree.Rune) == 0 {
			return nil, false
		}
		return []string{string(tree.Rune)}, true
	case syntax.OpCapture:
		return firstWords(tree.Sub[0])
	case syntax.OpConcat:
		if len(tree.Sub) == 0 {
			return nil, false
		}
		return firstWords(tree.Sub[0])
	case syntax.OpPlus:
		return firstWords(tree.Sub[0])
	case syntax.OpAlternate:
		var all []string
		for _, sub := range tree.Sub {
			ws, ok := firstWords(sub)
			if !ok {
				return nil, false
			}
			all = append(all, ws...)
		}
		return all, len(all) <= maxFirstWords
	case syntax.OpCharClass:
		var all []string
		for k := 0; k+1 < len(tree.Rune); k += 2 {
			for r := tree.Rune[k]; r <= tree.Rune[k+1]; r++ {
				if all = append(all, string(r)); len(all) > maxFirstWords {
					return nil, false
				}
			}
		}
		return all, len(all) > 0
	}
	return nil, false
}

// at returns the end of the match of the regexp that starts at s[i], or -1.
func (f *wordFinder) at(s string, i int) int {
	for _, w := range f.first[s[i]] {
		if strings.HasPrefix(s[i:], w) {
			re := f.anchored
			if r, _ := utf8.DecodeRuneInString(w); f.byRune[r] != nil {
				re = f.byRune[r]
			}
			if m := re.FindStringIndex(s[i:]); m != nil {
				return i + m[1]
			}
			return -1
		}
	}
	return -1
}

// MatchString reports whether s holds a match of the regexp.
func (f *wordFinder) MatchString(s string) bool {
	for i := 0; i < len(s); i++ {
		if f.first[s[i]] != nil && f.at(s, i) >= 0 {
			return true
		}
	}
	return false
}

// FindAllStringIndex is the regexp's FindAllStringIndex: the successive
// non-overlapping matches of s, at most n of them when n >= 0.
func (f *wordFinder) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		if f.first[s[i]] != nil {
			if e := f.at(s, i); e > i {
				out = append(out, []int{i, e})
				i = e
				continue
			}
		}
		i++
	}
	return out
}

// finder is what context.go asks of a clue's pattern.
type finder interface {
	MatchString(s string) bool
	FindAllStringIndex(s string, n int) [][]int
}

// fastFinder returns a wordFinder for re when it has one, else re.
func fastFinder(re *regexp.Regexp) finder {
	if f := newWordFinder(re); f != nil {
		return f
	}
	return re
}
