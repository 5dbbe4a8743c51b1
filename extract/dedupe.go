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
	// minCoverKey: only sentence-sized paragraphs (in bytes of the key)
	// count when a paragraph is checked for being made of earlier ones.
	minCoverKey = 40
)

// dupKey normalises a paragraph for comparison: letters lowercased and
// digits kept, everything else (white space, punctuation, quotes) dropped,
// so copies that differ only in spacing or punctuation compare equal.
func dupKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(c)
			i++
			continue
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
			i++
			continue
		case c < utf8.RuneSelf:
			// ASCII punctuation and space: not part of the key.
			i++
			continue
		case isHangul3(s, i):
			// Hangul syllables have no case: copied without decoding.
			b.WriteString(s[i : i+3])
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			b.WriteRune(r) // Hangul syllables have no case
		case unicode.IsLetter(r) || unicode.IsDigit(r):
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
// reading order. Pages repeat their body as print copies, read-aloud
// scripts, JSON blobs or a second layout; genuine articles repeat lines
// too (a meal plan, a table, a refrain). So a paragraph whose normalised
// text was seen before is dropped only as part of a copy; a question
// asked of every interviewee stays:
//
//   - a run of consecutive repeats that makes up a fifth or more of the
//     text (a body printed again, whole or without its first paragraph),
//     with the short lines seen before that stand inside it or open it
//     (a broadcast script's "[앵커]" and "김수연 기자입니다.", which alone
//     are never copies);
//   - a sentence repeated right after itself, give or take a paragraph
//     (a lede printed again as the body's start, a stutter);
//   - a long paragraph made of earlier paragraphs run together, or part
//     of an earlier longer one (a body flattened into one line).
//
// Short paragraphs and paragraphs that only state an amount are never
// copies.
func Dedupe(paras []string) []string {
	keys := make([]string, len(paras))
	runes := make([]int, len(paras))
	repeat := make([]bool, len(paras))
	near := make([]bool, len(paras))         // repeats a paragraph at most two before
	seen := make(map[string]int, len(paras)) // key → index of its last occurrence
	// bridge marks a short paragraph seen before ("[앵커]", "김수연
	// 기자입니다."): never dropped alone, but it does not break a run of
	// repeats, whose copy it is part of.
	bridge := make([]bool, len(paras))
	total := 0
	for i, p := range paras {
		k := dupKey(p)
		keys[i], runes[i] = k, utf8.RuneCountInString(k)
		total += runes[i]
		if runes[i] > 0 && runes[i] < minDupKey {
			// Short keys share seen with the long ones, which they
			// cannot equal.
			_, bridge[i] = seen[k]
			seen[k] = i
		}
		if runes[i] < minDupKey || isAmountOnly(k) {
			continue
		}
		last, ok := seen[k]
		repeat[i] = ok
		near[i] = ok && i-last <= 2
		seen[k] = i
	}
	drop := make([]bool, len(paras))
	for i := 0; i < len(paras); {
		if !repeat[i] {
			i++
			continue
		}
		j, w, n := i, 0, 0
		for j < len(paras) && (repeat[j] || bridge[j]) {
			if repeat[j] {
				w += runes[j]
				n++
			}
			j++
		}
		from := i
		for from > 0 && bridge[from-1] && !drop[from-1] {
			from--
		}
		if w*5 >= total {
			for k := from; k < j; k++ {
				drop[k] = true
			}
		} else if n == 1 && near[i] && isProse(paras[i]) {
			drop[i] = true
		}
		i = j
	}
	var kept []string               // keys of kept paragraphs that may be copied
	var sigs []pairSig              // their signatures
	starts := make(map[string]bool) // the first bytes of each kept key
	out := paras[:0:0]
	for i, p := range paras {
		if drop[i] {
			continue
		}
		from := max(0, len(kept)-copyWindow)
		var sig pairSig
		if runes[i] >= minDupKey {
			sig = signature(keys[i])
		}
		if runes[i] >= minPartKey && !repeat[i] && isCopy(keys[i], &sig, kept[from:], sigs[from:], starts) {
			continue
		}
		if runes[i] >= minDupKey {
			kept = append(kept, keys[i])
			sigs = append(sigs, sig)
			starts[keys[i][:min(len(keys[i]), startBytes)]] = true
		}
		out = append(out, p)
	}
	return out
}

// pairSig is the set of the byte pairs of a key, hashed to 512 bits: a key
// holds every pair of a key inside it, so a key whose signature has a bit
// another's lacks is not part of that other. isCopy asks it before it
// looks for a key inside a kept one, which read every kept key again for
// every long paragraph.
type pairSig [8]uint64

// signature returns the pairSig of k.
func signature(k string) pairSig {
	var s pairSig
	for i := 0; i+1 < len(k); i++ {
		h := (uint32(k[i])*0x9E37 ^ uint32(k[i+1])*0x85EB) & 511
		s[h/64] |= 1 << (h % 64)
	}
	return s
}

// within reports whether every pair of s may be in t.
func (s *pairSig) within(t *pairSig) bool {
	for i := range s {
		if s[i]&^t[i] != 0 {
			return false
		}
	}
	return true
}

// startBytes is how much of a key's start isCopy compares at once.
const startBytes = 24

// copyWindow bounds how many earlier paragraphs isCopy compares a
// paragraph with, so that a page of ten thousand paragraphs stays linear.
const copyWindow = 400

// isCopy reports whether key k, of signature sig, is part of a longer
// earlier key, or made of earlier keys run together starting with one of
// them. sigs holds the signatures of kept, starts the first startBytes of
// every earlier key.
func isCopy(k string, sig *pairSig, kept []string, sigs []pairSig, starts map[string]bool) bool {
	for j, e := range kept {
		if len(e) > len(k) && sig.within(&sigs[j]) && strings.Contains(e, k) {
			return true
		}
	}
	return starts[k[:min(len(k), startBytes)]] && coveredByEarlier(k, kept)
}

// coveredByEarlier reports whether nine tenths of k is made of earlier
// keys, each counted once where it occurs.
func coveredByEarlier(k string, keys []string) bool {
	var covered []bool
	n := 0
	for _, e := range keys {
		if len(e) >= len(k) || len(e) < minCoverKey {
			continue
		}
		i := strings.Index(k, e)
		if i < 0 {
			continue
		}
		if covered == nil {
			covered = make([]bool, len(k))
		}
		for j := i; j < i+len(e); j++ {
			if !covered[j] {
				covered[j] = true
				n++
			}
		}
		if n*10 >= len(k)*9 {
			return true
		}
	}
	return false
}

// isProse reports a paragraph long enough to be a sentence of its own
// (about 30 Latin or 15 Hangul characters) that ends like one.
func isProse(p string) bool {
	w, _ := textWeight(p)
	if w < 30 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, " \"'”’)]"))
	return strings.ContainsRune(".!?。다요", r)
}

// SameArticle reports whether two extractions are one article: their
// texts are equal but for spacing and punctuation, or their headlines are
// and their texts start alike (a copy with other furniture at its end).
// Stores use it to tell a page that shares a canonical URL with a copy of
// itself from one whose site gives every article the same canonical URL.
func SameArticle(titleA, textA, titleB, textB string) bool {
	ka, kb := dupKey(textA), dupKey(textB)
	if ka == kb {
		return true
	}
	if dupKey(titleA) != dupKey(titleB) {
		return false
	}
	n := min(len(ka), len(kb))
	if n < minPartKey {
		return false
	}
	k := n / 2
	return ka[:k] == kb[:k]
}
