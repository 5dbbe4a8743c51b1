package eval

import (
	"strings"
	"unicode"
)

// shingleSize is how many consecutive tokens one compared item holds.
const shingleSize = 4

// Tokens splits s into maximal runs of word characters: Unicode letters,
// Unicode numbers and '_'. Everything else separates tokens. Case is kept.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// shingles counts the runs of shingleSize consecutive tokens. A text with
// fewer tokens gives one shingle of all of them; no tokens give none.
func shingles(tokens []string) map[string]int {
	m := make(map[string]int)
	switch {
	case len(tokens) == 0:
	case len(tokens) < shingleSize:
		m[strings.Join(tokens, "\x00")]++
	default:
		for i := 0; i+shingleSize <= len(tokens); i++ {
			m[strings.Join(tokens[i:i+shingleSize], "\x00")]++
		}
	}
	return m
}

// Counts is how the shingles of a prediction match those of the truth:
// true positives, extra predicted copies and missing true copies.
type Counts struct {
	TP, FP, FN int
}

// Compare counts the shingles of pred against those of truth, as multisets.
// The soft hyphen U+00AD is deleted from pred first, as the benchmark's
// runners do.
func Compare(truth, pred string) Counts {
	pred = strings.ReplaceAll(pred, "\u00ad", "")
	t := shingles(Tokens(truth))
	p := shingles(Tokens(pred))
	var c Counts
	for k, tn := range t {
		pn := p[k]
		c.TP += min(tn, pn)
		c.FN += max(tn-pn, 0)
	}
	for k, pn := range p {
		c.FP += max(pn-t[k], 0)
	}
	return c
}

// Precision is TP/(TP+FP), 1 when nothing is extra or missing.
func (c Counts) Precision() float64 {
	if c.FP == 0 && c.FN == 0 {
		return 1
	}
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), 1 when nothing is extra or missing.
func (c Counts) Recall() float64 {
	if c.FP == 0 && c.FN == 0 {
		return 1
	}
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of the page's precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
