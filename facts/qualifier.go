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
// 온스당, 1달러당, 3.3㎡당, 100g당, and the counters of things (한 자루당,
// 켤레당, 봉지당). A list, not every word ending in 당:
// 민주당 is a party, 정당 a party too.
var perUnitStems = map[string]bool{
	"인": true, "명": true, "가구": true, "세대": true, "건": true, "개": true, "대": true,
	"회": true, "시간": true, "일": true, "주": true, "월": true, "년": true, "분": true,
	"톤": true, "배럴": true, "온스": true, "평": true, "마리": true, "그루": true,
	"병": true, "잔": true, "갑": true, "장": true, "권": true, "채": true, "호": true,
	"곳": true, "석": true, "척": true, "상자": true, "인분": true, "회분": true,
	"자루": true, "켤레": true, "벌": true, "봉지": true, "포기": true, "송이": true, "그릇": true,
	"접시": true, "포대": true, "박스": true, "묶음": true, "개비": true, "캔": true, "통": true,
	"발": true, // 포탄 한 발 당: a round of ammunition
	// Units of support and of fines paid out to each body (업체당 최대
	// 1000만원, 농가당, 점포당, 사업장당, 학교당).
	"업체": true, "기업": true, "농가": true, "점포": true, "업소": true, "사업장": true, "학교": true, "기관": true,
	// Units commodities are priced in (갤런당 3달러, 부셸당, 백만BTU당).
	"갤런": true, "부셸": true, "에이커": true, "헥타르": true, "㏊": true,
	"킬로와트시": true, "메가와트시": true, "MMBtu": true, "BTU": true, "Btu": true,
	"달러": true, "원": true, "엔": true, "유로": true, "위안": true, "파운드": true,
	"t": true, "kg": true, "㎏": true, "g": true, "㎡": true, "m²": true, "리터": true, "ℓ": true,
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

// perBefore returns the per-unit word that ends right before text[start],
// after one space or none: glued (1인당, 3.3㎡당, 1천명당) or spaced from
// the number and unit before it (1그램 당, 1비트코인 당, 1천명 당) or from a
// unit of perUnitStems (상자 당, 개 당, t 당), as written.
func perBefore(text string, start int) (string, bool) {
	end := start
	if end > 0 && text[end-1] == ' ' {
		end--
	}
	if !strings.HasSuffix(text[:end], "당") {
		return "", false
	}
	k := strings.LastIndexByte(text[:end], ' ')
	w := text[k+1 : end]
	if w == "당" && k > 0 {
		j := strings.LastIndexByte(text[:k], ' ')
		if w2 := text[j+1 : k]; w2 != "" && (isDigit(rune(w2[0])) || perUnit(w2+"당")) {
			return w2 + " 당", true // 1그램 당, 상자 당, t 당
		}
		return "", false
	}
	if stem := strings.TrimSuffix(w, "당"); stem != "" && (perUnit(w) || isDigit(rune(stem[0])) && perCounter(strings.TrimLeft(stem, "0123456789.,천백만억"))) {
		return w, true
	}
	return "", false
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
	// 頃, about: spaced only (1조 5천억원 경); glued, 경 is 10¹⁶.
	"경":  {around{roleQual, true}, false, true},
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

// fitsAfterUnit is fitsAfter for the text s after the currency, percent
// sign or counter w of kind k, which may also carry a copula or connective
// ending (copulaAfter: 8천949달러지만, 446달러임을, 5명임에도) or be
// followed by a qualifier glued to it, which may carry one in its turn:
// 1조원대로, 1천억 원선, 100명가량, 1조원대지만.
func fitsAfterUnit(w, s string, k Kind) bool {
	if fitsAfter(s) || copulaAfter(w, s) && !(k == KindCount && counterVerbs[w]) {
		return true
	}
	m := matchIf(postQualRE, s, postQualStarts)
	if m == nil || m[3] > m[2] {
		return false
	}
	q := s[m[4]:m[5]]
	pq := postQualifiers[q]
	return !(pq.money && k == KindCount) && (fitsAfter(s[m[1]:]) || copulaAfter(q, s[m[1]:]))
}

// openEndings are the copula and connective endings that stand glued to a
// word ending in a vowel where a word ending in a consonant takes 이
// before them: 달러고 (원이고), 달러지만 (원이지만), 달러면 (원이면),
// 달러든 (원이든), 달러거나 (원이거나), 달러야, 달러요, 달러죠. Those whose
// first syllable fitsAfter already takes (달러다, 달러며, 달러라서,
// 달러였다, 달러나) are not repeated. Longest first where one is a prefix
// of another.
var openEndings = []string{"지만", "지요", "거나", "면서", "든지", "든가", "고", "면", "든", "야", "요", "죠"}

// counterVerbs are the counters that are also the stems of common verbs, so
// that an ending glued to them is the verb's: 1만 주고 (give), 3사고,
// 1만 가지고 (have), 100만 대고 (supply), 기다 (crawl), and 주임 (a
// title) or 사임 (resigning) after them. As counters they take no ending
// of copulaAfter, only fitsAfter's particles; 대 as a qualifier does
// (1조원대지만).
var counterVerbs = map[string]bool{"주": true, "사": true, "가지": true, "대": true, "기": true}

// copulaAfter reports whether s, glued after the word w (a currency, a
// counter, a big unit or a qualifier), starts with a copula or connective
// ending that fitsAfter does not take by its first syllable, and that ends
// the word: 임 (446달러임을, 5명임에도, 3억 원임), after any word; after a
// word ending in a vowel, the contracted forms of openEndings (916만
// 8천949달러지만, 100달러고). After a consonant the copula starts with 이
// or 인 (3억 원이지만, 원인데), which fitsAfter takes. What follows the
// ending must end the word: 임대, 임원, 원고 and 주고 (give) are other
// words.
func copulaAfter(w, s string) bool {
	if rest, ok := strings.CutPrefix(s, "임"); ok {
		return fitsAfter(rest) // 임을, 임에도, 임.; not 임대, 임금
	}
	if last, _ := utf8.DecodeLastRuneInString(w); !openSyllable(last) {
		return false
	}
	for _, e := range openEndings {
		if rest, ok := strings.CutPrefix(s, e); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return fitsAfter(rest) && !isHangul(r)
		}
	}
	return false
}

// openSyllable reports whether r is a Hangul syllable with no final
// consonant: 러, 로, 개, 드 (but not 원, 명, 엔).
func openSyllable(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 == 0
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
// "1인당 평균 3,500만 원", "(약 430만원)", "약1조". A context word may
// carry a particle (평균이 100만원, 수준인 76.6백만원, 하루에 100그릇) and
// is listed without it; a per-unit word may stand apart from its 당 (1그램
// 당 70만원). 한 is the approximation only right before the number, and
// not after a word that makes it the verb 하다 (무역을 한 64개국): before
// another word (한 장당) it is the numeral one.
func preWordsAt(text string, at int) (words, int) {
	var found []string
	var what []around
	p := at
	for k := 0; k < maxAround; k++ {
		if w, ok := perBefore(text, p); ok {
			found, what = append(found, w), append(what, around{role: roleContext})
			p = wordStart(text, p, w)
			continue
		}
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
		word := text[w:q]
		a, ok := preWord(word)
		if !ok {
			if word, ok = contextStem(word); ok {
				a = around{role: roleContext}
			}
		}
		if ok && word == "한" && (k > 0 || verbBefore(text, w)) {
			ok = false // 한 장당: one; 무역을 한: did
		}
		if ok && recordBounds[word] && recordWords[wordBefore(text, w)] {
			ok = false // 역대 최대 수준인 17억 달러: a record, not a bound
		}
		if !ok {
			break
		}
		found, what = append(found, word), append(what, a)
		p = w
	}
	var ws words
	for k := len(found) - 1; k >= 0; k-- {
		ws.add(found[k], what[k])
	}
	return ws, p
}

// recordBounds are the bounds that, after a word of recordWords, name a
// record instead of bounding the amount: 역대 최대 수준인 17억 달러 is the
// largest sum yet, not "at most 1.7 billion".
var recordBounds = setOf("최대", "최고", "최소", "최저")

// recordWords are the words that make a bound after them a record: 역대
// (in all its history), 사상 (ever).
var recordWords = setOf("역대", "사상")

// wordStart returns where the word w, written right before text[p] with
// one space or none between, starts.
func wordStart(text string, p int, w string) int {
	if p > 0 && text[p-1] == ' ' {
		p--
	}
	return p - len(w)
}

// contextParticles are the particles a context word may carry before the
// amount it reads.
var contextParticles = []string{"에는", "으로", "이", "가", "은", "는", "에", "인", "의", "로"}

// contextStem returns the context word w is with a particle glued to it:
// 평균이, 수준인, 하루에.
func contextStem(w string) (string, bool) {
	for _, p := range contextParticles {
		if stem, ok := strings.CutSuffix(w, p); ok {
			if a, ok := preWords[stem]; ok && a.role == roleContext {
				return stem, true
			}
			if stem == "수준" {
				return stem, true
			}
		}
	}
	return "", false
}

// verbBefore reports whether the word before text[w] makes a 한 after it
// the verb 하다: an object or adverbial (무역을 한, 그렇게 한, 기준으로 한).
func verbBefore(text string, w int) bool {
	prev := wordBefore(text, w)
	for _, e := range []string{"을", "를", "게", "로", "고", "와", "과", "도"} {
		if strings.HasSuffix(prev, e) {
			return true
		}
	}
	return false
}

// postWordsAt returns the qualifiers and context words written after an
// amount of kind k that ends at text[at:], and where the last one ends:
// "80% 이상", "1조 8천억 원 규모", "4,000원가량", "1조원대", "2조 원 대의",
// "1조 원 수준". A glued 어치 or 짜리 (4천750억 달러어치 이상) and a gloss
// in brackets (7000만원(원금 300만 원) 이상) are read through. A bound
// with a verb ending (323억원 초과하여, 초과했다) is a verb, not a
// qualifier; a spaced 대 before a number (1조 원 대 2조 원) is "versus".
func postWordsAt(text string, at int, k Kind) (words, int) {
	var ws words
	last, through := at, false
	if rest, ok := cutPrefix(text[at:], []string{"어치", "짜리"}); ok {
		at, through = len(text)-len(rest), true
	}
	if g := glossEnd(text[at:]); g > 0 {
		at, through = at+g, true
	}
	for range maxAround {
		m := matchIf(postQualRE, text[at:], postQualStarts)
		if m == nil {
			break
		}
		word := text[at+m[4] : at+m[5]]
		pq := postQualifiers[word]
		spaced, rest := m[3] > m[2], text[at+m[1]:]
		if spaced && !pq.spaced || pq.money && k == KindCount || !fitsAfter(rest) && !copulaAfter(word, rest) {
			break
		}
		if word == "대" && spaced && (rest == "" || strings.HasPrefix(rest, " ") && len(rest) > 1 && isDigit(rune(rest[1]))) {
			break // 1조 원 대 2조 원: versus
		}
		if word == "대" && spaced && !gluedParticle(rest) && !copulaAfter(word, rest) {
			break // 17조원 대부분은: most of it, 대 opening a word
		}
		if !pq.approx && pq.role == roleQual && verbEnding(rest) {
			break // 초과하여, 이상했다: a verb
		}
		ws.add(word, pq.around)
		at += m[1]
		if !through {
			last = at // the walk goes on after the qualifiers, or into the gloss
		}
	}
	return ws, last
}

// gluedParticle reports whether s starts with no Hangul, with the copula
// (대였던, 대인, 대다) or with one of the particles a noun takes
// (particles): what fitsAfter checks by the first syllable alone, which
// takes 부분 for 부터.
func gluedParticle(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !isHangul(r) || strings.ContainsRune("였인일입임다", r) {
		return true
	}
	for _, p := range particles {
		if strings.HasPrefix(s, p.text) {
			return true
		}
	}
	return false
}

// glossEnd returns the length of a gloss in brackets at the start of s, a
// space before it or none ("(원금 300만 원)", "(약 17만원)"), or 0: at most
// maxGloss bytes, no bracket inside.
func glossEnd(s string) int {
	t := strings.TrimPrefix(s, " ")
	if !strings.HasPrefix(t, "(") {
		return 0
	}
	end := strings.IndexByte(t[:min(len(t), maxGloss)], ')')
	if end < 0 || strings.IndexByte(t[1:end], '(') >= 0 {
		return 0
	}
	return len(s) - len(t) + end + 1
}

// verbEnding reports whether s starts with the ending of a verb made of
// the word before it: 하여, 했다, 한, 할, 해, 하는, 되는, 된.
func verbEnding(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("하한할해했함되된될됐돼", r)
}

// particleAfter reports whether s starts with a particle glued to the
// word before it, or with punctuation: "2조 원 대의", "대로", "대.".
func particleAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (isHangul(r) && strings.ContainsRune(particleStarts, r) || unicode.IsPunct(r))
}
