package facts

import (
	"unicode"
	"unicode/utf8"
)

// This file bounds what a fact carries of its sentence and what the rules
// read of it. A "sentence" runs to the next full stop or line break; in a
// flattened table or a hostile page that can be the whole text, and a fact
// that carried it, or a rule that read it once per amount, would make the
// cost facts × sentence length. So a sentence longer than maxWindow code
// points is, for each amount in it, only the window of maxWindow code
// points around that amount: that is the Sentence a fact stores, and the
// text in which the rules look for the words that decide an amount (a
// money word for a bare 조, a foreign currency, a peso's country).

// maxWindow is the most code points of its sentence a fact carries.
const maxWindow = 400

// sentenceWindow returns the byte span [ws, we) of the window of the sentence
// text[ss:se] around the span text[a:b]: the whole sentence when it has at
// most maxWindow code points, else maxWindow code points centred on the
// span, cut back to whole words at spaces and trimmed. The span is always
// inside the window; when it is itself longer than maxWindow, the window
// is the span. The cost is bounded by maxWindow and the span's length, not
// by the sentence's.
func sentenceWindow(text string, ss, se, a, b int) (int, int) {
	ss, se = min(ss, a), max(se, b)
	if !longer(text[ss:se], maxWindow) {
		return ss, se
	}
	return longWindow(text, ss, se, a, b)
}

// longWindow is sentenceWindow for a sentence known to be longer than
// maxWindow code points.
func longWindow(text string, ss, se, a, b int) (int, int) {
	ss, se = min(ss, a), max(se, b)
	budget := maxWindow - utf8.RuneCountInString(text[a:b])
	if budget <= 0 {
		return a, b
	}
	ws, left := back(text, ss, a, budget/2)
	we, right := forth(text, b, se, budget-left)
	if left+right < budget {
		ws, _ = back(text, ss, ws, budget-left-right)
	}
	return cutAtSpaces(text, ss, se, ws, we, a, b)
}

// cutAtSpaces returns the span [ws, we) of the sentence text[ss:se] cut
// back to whole words at spaces, never past the span [a, b) inside it,
// and trimmed; a side with no space keeps its cut in the middle of a word.
func cutAtSpaces(text string, ss, se, ws, we, a, b int) (int, int) {
	if r, _ := utf8.DecodeLastRuneInString(text[:ws]); ws > ss && !unicode.IsSpace(r) {
		for i, r := range text[ws:a] {
			if unicode.IsSpace(r) {
				ws += i + utf8.RuneLen(r)
				break
			}
		}
	}
	if r, _ := utf8.DecodeRuneInString(text[we:]); we < se && !unicode.IsSpace(r) {
		for i := we; i > b; {
			r, w := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsSpace(r) {
				we = i - w
				break
			}
			i -= w
		}
	}
	return trimSpace(text, ws, we)
}

// longer reports whether s has more than n code points, reading no more
// than n+1 of them.
func longer(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	k := 0
	for range s {
		if k++; k > n {
			return true
		}
	}
	return false
}

// back returns the offset n code points before i, but not before lo, and
// how many code points it stepped back.
func back(text string, lo, i, n int) (int, int) {
	k := 0
	for ; k < n && i > lo; k++ {
		// ASCII and the three bytes of a Hangul syllable, most of what
		// is stepped over, are told without a call: the same steps
		// utf8.DecodeLastRuneInString takes.
		if text[i-1] < utf8.RuneSelf {
			i--
			continue
		}
		if i-3 >= lo && valid3(text[i-3], text[i-2], text[i-1]) {
			i -= 3
			continue
		}
		_, w := utf8.DecodeLastRuneInString(text[lo:i])
		i -= w
	}
	return i, k
}

// valid3 reports whether bytes a, b, c are one valid three-byte UTF-8
// sequence from U+1000 to U+FFFF, surrogates excepted: Hangul, most CJK
// and punctuation.
func valid3(a, b, c byte) bool {
	if b&0xC0 != 0x80 || c&0xC0 != 0x80 {
		return false
	}
	switch {
	case a >= 0xE1 && a <= 0xEC, a == 0xEE, a == 0xEF:
		return true
	case a == 0xED:
		return b <= 0x9F // not a surrogate
	}
	return false
}

// forth returns the offset n code points after i, but not after hi, and
// how many code points it stepped forward.
func forth(text string, i, hi, n int) (int, int) {
	k := 0
	for ; k < n && i < hi; k++ {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		if i+3 <= hi && valid3(text[i], text[i+1], text[i+2]) {
			i += 3
			continue
		}
		_, w := utf8.DecodeRuneInString(text[i:hi])
		i += w
	}
	return i, k
}

// trimSpace returns [s, e) without the white space at either end.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}
