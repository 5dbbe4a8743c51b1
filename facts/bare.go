package facts

import (
	"strings"
	"unicode/utf8"
)

// bare reports whether the number n, with no currency, is an amount of won
// in its sentence: see Facts for the rule.
func (x *extractor) bare(n num) bool {
	return bareShape(n) && x.bareAfter(n.end) && x.bareBefore(n.start) && !populationRE.MatchString(wordBefore(x.text, n.start)) &&
		(worthAfterRE.MatchString(head(x.text[n.end:])) || x.moneyCue(n.start)) && !x.group(n)
}

// group reports whether the bare number n is a group, a team or a heat
// rather than won: a whole number of 조 alone below 100 (3조, 12조),
// placed as a group ("3조에 편성됐다", "3조 1위": groupAfterRE), after the
// number of people in each ("2인 1조로", "3명 1조": groupBeforeRE) or in a
// sentence of sport or contests (teamRE), which may well name money too:
// 편성 is also what is done with a budget.
func (x *extractor) group(n num) bool {
	c, ok := strings.CutSuffix(x.text[n.start:n.end], "조")
	if !ok || c == "" || len(c) > 2 || strings.Trim(c, "0123456789") != "" {
		return false
	}
	after := x.text[n.end:min(len(x.text), n.end+48)]
	before := x.text[max(0, n.start-16):n.start]
	return groupAfterRE.MatchString(after) || groupBeforeRE.MatchString(before) || x.has(clueTeam, n.start)
}

// bareShape reports whether the number n may be a bare amount of won: a
// value ending with 억, 조 or 경 ("6조", "1조 8천억"), not a plain,
// vague or English number, nor one in Hangul numerals: 구조 (rescue),
// 이조, 사조, 백조 are words, and 삼천억 is money only with its currency.
func bareShape(n num) bool {
	return !n.vague && !n.plain && !n.english && !n.hangul && n.top >= 8 && n.endsBig
}

// bareAfter reports whether what follows a bare amount ending at text[end]
// leaves it money: not an article's paragraph (25조 1항), a shift (3조
// 2교대), a team (1조와 2조) or a counter or unit of something else,
// spaced or not (1억 년, 2억 화소, 1억㎞).
func (x *extractor) bareAfter(end int) bool {
	after := x.text[end:]
	if matchAt(teamAfterRE, after, "와과,·나랑") != nil {
		return false // 1조와 2조로 나눠
	}
	a, spaced := strings.CutPrefix(after, " ")
	switch {
	case measured(a) && !(!spaced && strings.HasPrefix(a, "대")) &&
		!(spaced && strings.HasPrefix(a, "대 ") && moneyWordNext(a[len("대"):])):
		return false // 2억 화소, 3억 회분, 1억㎞, 1억 년; but 800억대, 50억 대 세금 are money
	case spaced && a != "" && isDigit(rune(a[0])):
		return false // 25조 1항, 3조 2교대
	case !spaced && !fitsAfterUnit(lastSyllable(x.text[:end]), after, KindMoney) && !worthAfterRE.MatchString(head(after)):
		return false // 조원진; but 800억대, 2조짜리
	}
	if rest, ok := strings.CutPrefix(after, "의"); ok && rest != "" && isDigit(rune(rest[0])) {
		return false // 25조의2: an article's sub-number
	}
	return true
}

// measured reports whether s starts with a counter or a unit of measure
// (counterAlt, measureAlt) as a whole word: 화소, 회분, km, 년 but not 회수,
// 배정 or 배분.
func measured(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range measureStarts[r] {
		if rest, ok := strings.CutPrefix(s, w); ok && fitsAfter(rest) {
			return true
		}
	}
	return false
}

// bareBefore reports whether what precedes a bare amount starting at
// text[start] leaves it money: not a team (1조와 2조), an article of a law,
// treaty or resolution named by its kind (당헌 25조, 협정 3조) or by its
// number (결의 2397호 25조, 2397호(2017) 25조), nor an ordinal (제 3조).
func (x *extractor) bareBefore(start int) bool {
	before := x.text[max(0, start-24):start]
	if pairedBefore(before) && teamBeforeRE.MatchString(before) {
		return false // 1조와 2조로 나눠
	}
	if docNumberRE.MatchString(before) {
		return false // 결의 2397호 25조: an article of resolution 2397
	}
	w := wordBefore(x.text, start)
	return w != "제" && !lawWordRE.MatchString(w) // 당헌 25조, 제 3조
}

// pairedBefore reports whether s ends as teamBeforeRE needs it to, with
// one of its particles and a space or not: a cheap look that spares most
// amounts the regexp.
func pairedBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, " "))
	return strings.ContainsRune("와과,·나랑", r)
}

// bareRange reads a range of won with no currency, by the rule of bare:
// "예산 2천억~3천억이", "적자가 1조~2조에", "2~3조가". It reports false,
// reading nothing, unless a second end that could be a bare amount follows
// n1 after a tilde; such a range that is no money, or whose ends cannot be
// told, is read and dropped, as its second end alone would be wrong.
func (x *extractor) bareRange(n1 num) (int, bool) {
	n2, ok := x.secondEnd(n1.end)
	if !ok || !bareShape(n2) {
		return 0, false
	}
	if n1.vague || n1.english || n1.top > 0 && !n1.endsBig ||
		!x.bareAfter(n2.end) || !x.bareBefore(n1.start) || !x.moneyCue(n1.start) {
		return n2.end, true
	}
	lo, hi, ok := bounds(x.text, n1, n2, false)
	if !ok || lo.Cmp(hi) >= 0 {
		return n2.end, true
	}
	return x.emit(draft{
		kind: KindMoney, start: n1.start, end: n2.end, min: &lo, max: &hi,
		currency: "KRW", approx: n1.approx || n2.approx, yeo: n1.yeo || n2.yeo, pre: true, post: true,
	}), true
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

// lastSyllable returns the last rune of s as a string: the big unit a
// bare amount ends with (조, 억), which an ending may follow (3조지만).
func lastSyllable(s string) string {
	_, w := utf8.DecodeLastRuneInString(s)
	return s[len(s)-w:]
}

// moneyWordNext reports whether after is a space and a word that opens
// with a word of money (moneyCueRE): " 세금 포탈", " 자금을".
func moneyWordNext(after string) bool {
	w, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	loc := moneyCueRE.FindStringIndex(w)
	return loc != nil && loc[0] == 0
}
