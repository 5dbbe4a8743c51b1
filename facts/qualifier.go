package facts

import (
	"strings"
	"unicode/utf8"
)

// preQualifiers are the words written before an amount that qualify it,
// kept as written in Fact.Qualifiers; true marks an approximation. Totals
// (총), bounds (최대, 최소 …) and rates (연, 월, 1인당, 주당 …) are not
// approximations.
var preQualifiers = map[string]bool{
	"약": true, "대략": true, "근": true, "거의": true, "한": true,
	"총": false, "최대": false, "최소": false, "최고": false, "최저": false,
	"연": false, "연간": false, "월": false, "연평균": false, "월평균": false,
	"평균": false, "하루": false, "매년": false, "매달": false, "매월": false, "무려": false,
	// Rates per unit. A list, not every word ending in 당: 민주당 is a party.
	"1인당": false, "인당": false, "가구당": false, "시간당": false, "주당": false,
	"1주당": false, "건당": false, "개당": false, "명당": false, "대당": false,
	"배럴당": false, "온스당": false, "톤당": false, "평당": false, "회당": false,
	"달러당": false,
}

// postQualifier describes a word written after an amount.
type postQualifier struct {
	approx bool // an approximation: 가량, 정도, 규모 …
	money  bool // said of money and percents only: 대 (1조원대), 선 (1천억 원선)
	spaced bool // may stand after a space: "80% 이상" but not "1조 원 대"
}

// postQualifiers are the words postQualRE matches: bounds (이상, 이하, 미만,
// 초과, 이내) and approximations.
var postQualifiers = map[string]postQualifier{
	"이상": {spaced: true}, "이하": {spaced: true}, "미만": {spaced: true},
	"초과": {spaced: true}, "이내": {spaced: true},
	"가량": {approx: true, spaced: true}, "안팎": {approx: true, spaced: true},
	"남짓": {approx: true, spaced: true}, "정도": {approx: true, spaced: true},
	"내외": {approx: true, spaced: true}, "규모": {approx: true, spaced: true},
	"상당": {approx: true, spaced: true}, "가까이": {approx: true, spaced: true},
	"쯤": {approx: true, spaced: true}, "수준": {approx: true, spaced: true},
	"선": {approx: true, money: true, spaced: true}, "대": {approx: true, money: true},
}

// particleStarts are the first syllables of the particles and endings that
// may stick to an amount, a counter or a qualifier: 1조 원을, 원씩, 원어치,
// 원짜리, 명이라고, 81.1%인. A unit followed by any other syllable is part of
// a longer word (원칙, 개월, 장관, 채권, 호선) and no unit at all.
const particleStarts = "을를이가은는의에엔와과도만씩로으까부나며인일입였다뿐밖보처쯤께라란랑여꼴짜어하해한할했"

// fitsAfter reports whether the text s that follows a unit or qualifier
// leaves it a whole word: the end, white space or punctuation, or a
// particle. ASCII letters and digits glued to it ("16kcal") do not.
func fitsAfter(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r < utf8.RuneSelf:
		return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	case isHangul(r):
		return strings.ContainsRune(particleStarts, r)
	}
	return true
}

// fitsAfterUnit is fitsAfter for the text after a currency, percent sign
// or counter of kind k, which may also be followed by a qualifier glued to
// it: 1조원대로, 1천억 원선, 100명가량.
func fitsAfterUnit(s string, k Kind) bool {
	if fitsAfter(s) {
		return true
	}
	m := matchIf(postQualRE, s, postQualStarts)
	if m == nil || m[3] > m[2] {
		return false
	}
	pq := postQualifiers[s[m[4]:m[5]]]
	return !(pq.money && k == KindCount) && fitsAfter(s[m[1]:])
}

// preQuals returns the qualifiers written before the amount at text[at:],
// in text order, and whether one makes it approximate. Each must be a
// whole word, before a space or stuck to the amount: "최대 연 20억 원",
// "(약 430만원)", "약1조".
func preQuals(text string, at int) ([]string, bool) {
	var quals []string
	approx := false
	p := at
	for range 3 {
		q := p
		if q > 0 && text[q-1] == ' ' {
			q--
		}
		w := q // the word is text[w:q]
		for w > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:w])
			if !isHangul(r) && !isDigit(r) {
				break
			}
			w -= size
		}
		word := text[w:q]
		approxWord, ok := preQualifiers[word]
		if !ok || (w > 0 && !wordBoundaryBefore(text[:w])) {
			break
		}
		quals = append(quals, word)
		approx = approx || approxWord
		p = w
	}
	for i, j := 0, len(quals)-1; i < j; i, j = i+1, j-1 {
		quals[i], quals[j] = quals[j], quals[i]
	}
	return quals, approx
}

// wordBoundaryBefore reports whether a word may start right after s: s is
// empty or ends with a space, punctuation or an opening bracket, not with a
// letter or digit.
func wordBoundaryBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return !(isHangul(r) || isDigit(r) || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// postQuals returns the qualifiers written after an amount of kind k that
// ends at text[at:], whether one makes it approximate and where the last
// one ends: "80% 이상", "1조 8천억 원 규모", "4,000원가량", "1조원대".
func postQuals(text string, at int, k Kind) ([]string, bool, int) {
	var quals []string
	approx := false
	for range 3 {
		m := matchIf(postQualRE, text[at:], postQualStarts)
		if m == nil {
			break
		}
		word := text[at+m[4] : at+m[5]]
		pq := postQualifiers[word]
		spaced := m[3] > m[2]
		if spaced && !pq.spaced || pq.money && k == KindCount || !fitsAfter(text[at+m[1]:]) {
			break
		}
		quals = append(quals, word)
		approx = approx || pq.approx
		at += m[1]
	}
	return quals, approx, at
}
