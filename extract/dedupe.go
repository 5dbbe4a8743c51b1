package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dedupe thresholds, in letters and digits of the normalised key.
const (
	// minDupKey: shorter paragraphs ("Advertisement", "1조 원", a table
	// cell) may repeat in a genuine article and are never dropped.
	minDupKey = 12
	// minPartKey: a paragraph is dropped as a piece of an earlier, longer
	// one only when it is at least this long, so that a short stock
	// sentence ("He declined to comment.") is never lost.
	minPartKey = 50
)

// dupKey normalises a paragraph for comparison: letters lowercased and
// digits kept, everything else (white space, punctuation, quotes) dropped,
// so copies that differ only in spacing or punctuation compare equal.
func dupKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isAmountOnly reports a key made only of digits and the words of an
// amount (조, 억, 만, 천, 원, 달러, %) — a figure, which may repeat.
func isAmountOnly(key string) bool {
	for _, r := range key {
		if unicode.IsDigit(r) {
			continue
		}
		if !strings.ContainsRune("조억만천백원달러엔위안유로퍼센트", r) {
			return false
		}
	}
	return true
}

// Dedupe returns paras without repeated copies, keeping the first in
// reading order. A paragraph is a copy when its normalised text equals an
// earlier one's, when it is part of an earlier longer paragraph, or when
// it is made of earlier paragraphs run together (a body flattened into
// one line by a script or JSON copy). Short paragraphs and paragraphs that
// only state an amount are never copies.
func Dedupe(paras []string) []string {
	out := paras[:0:0]
	seen := make(map[string]bool, len(paras))
	var keys []string // keys of kept paragraphs long enough to contain others
	for _, p := range paras {
		k := dupKey(p)
		n := utf8.RuneCountInString(k)
		if n < minDupKey || isAmountOnly(k) {
			out = append(out, p)
			continue
		}
		if seen[k] || (n >= minPartKey && (partOfEarlier(k, keys) || coveredByEarlier(k, keys))) {
			continue
		}
		seen[k] = true
		keys = append(keys, k)
		out = append(out, p)
	}
	return out
}

// partOfEarlier reports whether k is contained in a longer earlier key.
func partOfEarlier(k string, keys []string) bool {
	for _, e := range keys {
		if len(e) > len(k) && strings.Contains(e, k) {
			return true
		}
	}
	return false
}

// coveredByEarlier reports whether nine tenths of k is made of earlier
// keys of at least minDupKey runes.
func coveredByEarlier(k string, keys []string) bool {
	covered := 0
	for _, e := range keys {
		if len(e) < len(k) && strings.Contains(k, e) {
			covered += len(e)
			if covered*10 >= len(k)*9 {
				return true
			}
		}
	}
	return false
}
