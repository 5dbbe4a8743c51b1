package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word written around an amount is either a qualifier, one of the fixed
// list of docs/facts.md that bound, approximate, total or give the period
// of the amount (Fact.Qualifiers), or a context word that says how to read
// it without doing any of that: emphasis, level, frequency, per unit
// (Fact.ContextWords). Any other word ends the look around the amount.
type role int

const (
	roleQual    role = iota + 1 // a qualifier of the fixed list
	roleContext                 // a context word
)

// around is what a word written around an amount is.
type around struct {
	role   role
	approx bool // an approximation: 약, 가량, 정도, 규모 …
}

// preWords are the words written before an amount, whole words either
// spaced ("최대 연 20억 원") or glued to it ("약1조").
var preWords = map[string]around{
	// Approximations.
	"약": {roleQual, true}, "대략": {roleQual, true}, "근": {roleQual, true},
	"거의": {roleQual, true}, "한": {roleQual, true},
	// Bounds, totals and periods.
	"최대": {roleQual, false}, "최소": {roleQual, false}, "최고": {roleQual, false},
	"최저": {roleQual, false}, "총": {roleQual, false},
	"연": {roleQual, false}, "연간": {roleQual, false}, "월": {roleQual, false},
	// Emphasis and level.
	"무려": {roleContext, false}, "평균": {roleContext, false},
	"연평균": {roleContext, false}, "월평균": {roleContext, false},
	// Frequency.
	"하루": {roleContext, false}, "매일": {roleContext, false}, "매주": {roleContext, false},
	"매달": {roleContext, false}, "매월": {roleContext, false}, "매년": {roleContext, false},
	"해마다": {roleContext, false},
	// Per unit words are context words too: see perUnit.
}

// perUnitStems are the units a per-unit word is made of, with digits
// before them or none and 당 after: 1인당, 가구당, 건당, 1주당, 배럴당,
// 온스당, 1달러당, 3.3㎡당, 100g당. A list, not every word ending in 당:
// 민주당 is a party, 정당 a party too.
var perUnitStems = map[string]bool{
	"인": true, "명": true, "가구": true, "세대": true, "건": true, "개": true, "대": true,
	"회": true, "시간": true, "일": true, "주": true, "월": true, "년": true, "분": true,
	"톤": true, "배럴": true, "온스": true, "평": true, "마리": true, "그루": true,
	"병": true, "잔": true, "갑": true, "장": true, "권": true, "채": true, "호": true,
	"곳": true, "석": true, "척": true, "상자": true, "인분": true, "회분": true,
	"달러": true, "원": true, "엔": true, "유로": true, "위안": true, "파운드": true,
	"kg": true, "㎏": true, "g": true, "㎡": true, "m²": true, "리터": true, "ℓ": true,
	"L": true, "킬로그램": true, "그램": true, "kWh": true, "MWh": true,
}

// perUnit reports whether w is a per-unit word: a unit of perUnitStems,
// with digits before it or none, and 당.
func perUnit(w string) bool {
	stem, ok := strings.CutSuffix(w, "당")
	if !ok {
		return false
	}
	return perUnitStems[strings.TrimLeft(stem, "0123456789.,")]
}

// preWord returns what the word w before an amount is, if anything.
func preWord(w string) (around, bool) {
	if a, ok := preWords[w]; ok {
		return a, true
	}
	if perUnit(w) {
		return around{role: roleContext}, true
	}
	return around{}, false
}

// postQualifier describes a word written after an amount.
type postQualifier struct {
	around
	money  bool // said of money and percents only: 대 (1조원대), 선 (1천억 원선)
	spaced bool // may stand after a space: "80% 이상"; 대 only before a particle ("2조 원 대의")
}

// postQualifiers are the words postQualRE matches: bounds (이상, 이하, 미만,
// 초과, 이내), approximations, and 수준, a context word.
var postQualifiers = map[string]postQualifier{
	"이상": {around{roleQual, false}, false, true}, "이하": {around{roleQual, false}, false, true},
	"미만": {around{roleQual, false}, false, true}, "초과": {around{roleQual, false}, false, true},
	"이내": {around{roleQual, false}, false, true},
	"가량": {around{roleQual, true}, false, true}, "안팎": {around{roleQual, true}, false, true},
	"남짓": {around{roleQual, true}, false, true}, "정도": {around{roleQual, true}, false, true},
	"내외": {around{roleQual, true}, false, true}, "규모": {around{roleQual, true}, false, true},
	"상당": {around{roleQual, true}, false, true}, "가까이": {around{roleQual, true}, false, true},
	"쯤": {around{roleQual, true}, false, true},
	"선": {around{roleQual, true}, true, true}, "대": {around{roleQual, true}, true, true},
	"수준": {around{roleContext, false}, false, true},
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

// words are the qualifiers and context words found around an amount, in
// text order, and whether one makes it approximate.
type words struct {
	quals, context []string
	approx         bool
}

// add records the word w of what a.
func (ws *words) add(w string, a around) {
	if a.role == roleQual {
		ws.quals = append(ws.quals, w)
	} else {
		ws.context = append(ws.context, w)
	}
	ws.approx = ws.approx || a.approx
}

// merge appends the words of v, which stand after those of ws.
func (ws *words) merge(v words) {
	ws.quals = append(ws.quals, v.quals...)
	ws.context = append(ws.context, v.context...)
	ws.approx = ws.approx || v.approx
}

// maxAround bounds the words looked at on each side of an amount.
const maxAround = 4

// preWordsAt returns the qualifiers and context words written before the
// amount at text[at:], and where the first of them starts. Each is a whole
// word, before a space or glued to the amount: "최대 연 20억 원",
// "1인당 평균 3,500만 원", "(약 430만원)", "약1조".
func preWordsAt(text string, at int) (words, int) {
	var found []string
	var what []around
	p := at
	for range maxAround {
		q := p
		if q > 0 && text[q-1] == ' ' {
			q--
		}
		w := q // the word is text[w:q]
		for w > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:w])
			if unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' || r == utf8.RuneError {
				break
			}
			w -= size
		}
		a, ok := preWord(text[w:q])
		if !ok {
			break
		}
		found, what = append(found, text[w:q]), append(what, a)
		p = w
	}
	var ws words
	for k := len(found) - 1; k >= 0; k-- {
		ws.add(found[k], what[k])
	}
	return ws, p
}

// postWordsAt returns the qualifiers and context words written after an
// amount of kind k that ends at text[at:], and where the last one ends:
// "80% 이상", "1조 8천억 원 규모", "4,000원가량", "1조원대", "2조 원 대의",
// "1조 원 수준".
func postWordsAt(text string, at int, k Kind) (words, int) {
	var ws words
	for range maxAround {
		m := matchIf(postQualRE, text[at:], postQualStarts)
		if m == nil {
			break
		}
		word := text[at+m[4] : at+m[5]]
		pq := postQualifiers[word]
		spaced, rest := m[3] > m[2], text[at+m[1]:]
		if spaced && !pq.spaced || pq.money && k == KindCount || !fitsAfter(rest) {
			break
		}
		if word == "대" && spaced && !particleAfter(rest) {
			break // 1조 원 대 2조 원: versus
		}
		ws.add(word, pq.around)
		at += m[1]
	}
	return ws, at
}

// particleAfter reports whether s starts with a particle glued to the
// word before it, or with punctuation: "2조 원 대의", "대로", "대.".
func particleAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (isHangul(r) && strings.ContainsRune(particleStarts, r) || unicode.IsPunct(r))
}
