package extract

import (
	"strings"
	"unicode/utf8"
)

// notMoneyWords are units that, as the next word after a bare "1억 ", make
// it no amount of money: 1억 년, 2조 배, 10억 회. Whole words only: 6조
// 대출 is a loan of 6조.
var notMoneyWords = []string{"년", "광년", "배", "회", "번", "위", "등", "종", "주", "뷰", "표", "대", "개", "명"}

// bare reports whether the number n, with no currency, is an amount of won
// in its sentence: see Facts for the rule.
func (x *extractor) bare(n num) bool {
	if n.vague || n.plain || n.english || n.top < 8 || !n.endsBig {
		return false
	}
	after := x.text[n.end:]
	before := x.text[max(0, n.start-24):n.start]
	if matchAt(teamAfterRE, after, "와과,·나랑") != nil || teamBeforeRE.MatchString(before) {
		return false // 1조와 2조로 나눠
	}
	if a, ok := strings.CutPrefix(after, " "); ok {
		if a != "" && isDigit(rune(a[0])) {
			return false // 25조 1항, 3조 2교대
		}
		for _, w := range notMoneyWords {
			if rest, ok := strings.CutPrefix(a, w); ok && fitsAfter(rest) {
				return false
			}
		}
	} else if !fitsAfter(after) {
		return false // 조원진
	}
	if rest, ok := strings.CutPrefix(after, "의"); ok && rest != "" && isDigit(rune(rest[0])) {
		return false // 25조의2: an article's sub-number
	}
	if w := wordBefore(x.text, n.start); w == "제" || lawWordRE.MatchString(w) {
		return false // 당헌 25조, 제 3조
	}
	a := x.about(n.start)
	return a.cue && !a.foreign
}

// wordBefore returns the Hangul word that ends at text[:i], or after one
// space before it.
func wordBefore(text string, i int) string {
	if i > 0 && text[i-1] == ' ' {
		i--
	}
	w := i
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if !isHangul(r) {
			break
		}
		w -= size
	}
	return text[w:i]
}
