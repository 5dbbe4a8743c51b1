package facts

import (
	"strings"
	"unicode/utf8"
)

// The word lists of the meaning rules (endings of verbs, of clauses, of
// organisations, particles) are asked of every word; a list indexed by
// its last letter is asked only of the entries that can match, so that
// reading a word costs a few comparisons, not a pass over the list.

// suffixIndex holds a list of endings by their last letter.
type suffixIndex map[rune][]string

// indexSuffixes indexes the endings list, keeping their order.
func indexSuffixes(list []string) suffixIndex {
	x := suffixIndex{}
	for _, e := range list {
		r, _ := utf8.DecodeLastRuneInString(e)
		x[r] = append(x[r], e)
	}
	return x
}

// has reports whether w ends with one of the endings.
func (x suffixIndex) has(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	for _, e := range x[r] {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// prefixIndex holds a list of beginnings by their first letter.
type prefixIndex map[rune][]string

// indexPrefixes indexes the beginnings list, keeping their order.
func indexPrefixes(list []string) prefixIndex {
	x := prefixIndex{}
	for _, e := range list {
		r, _ := utf8.DecodeRuneInString(e)
		x[r] = append(x[r], e)
	}
	return x
}

// has reports whether w begins with one of the beginnings.
func (x prefixIndex) has(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	for _, e := range x[r] {
		if strings.HasPrefix(w, e) {
			return true
		}
	}
	return false
}

// The indexed lists, built once from the lists they index.
var (
	verbEndingIndex   = indexSuffixes(verbEndings)
	clauseEnderIndex  = indexSuffixes(clauseEnders)
	thingEndIndex     = indexSuffixes(thingEnds)
	verbStemEndIndex  = indexSuffixes(verbStemEnds)
	agentVerbIndex    = indexPrefixes(agentVerbs)
	agentVerbEndIndex = indexSuffixes(longer2(agentVerbs))
	particleIndex     = indexParticles(particles)
	orgEndingIndex    = indexOrgEndings(orgEndings)
)

// longer2 returns the strings of list of two letters or more.
func longer2(list []string) []string {
	var out []string
	for _, s := range list {
		if utf8.RuneCountInString(s) >= 2 {
			out = append(out, s)
		}
	}
	return out
}

// indexParticles indexes the particles by their last letter, keeping
// their order (longest first).
func indexParticles(list []particle) map[rune][]particle {
	x := map[rune][]particle{}
	for _, p := range list {
		r, _ := utf8.DecodeLastRuneInString(p.text)
		x[r] = append(x[r], p)
	}
	return x
}

// orgEnding is an ending that makes a noun an organisation's name.
type orgEnding struct {
	end    string
	minLen int
}

// indexOrgEndings indexes the endings of organisations' names by their
// last letter.
func indexOrgEndings(list []orgEnding) map[rune][]orgEnding {
	x := map[rune][]orgEnding{}
	for _, e := range list {
		r, _ := utf8.DecodeLastRuneInString(e.end)
		x[r] = append(x[r], e)
	}
	return x
}
