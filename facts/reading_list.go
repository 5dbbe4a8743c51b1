package facts

import (
	"strings"
)

// This file tells how the amounts of a sentence go together: glosses,
// lists, one quantity, the qualifiers around them.

// homonymTitles are titles that are also common nouns: 차관 (a loan),
// 군수 (munitions).
var homonymTitles = setOf("차관", "군수")

// meaningPost are words after an amount that say how it is counted but
// are no qualifiers of docs/facts.md: 29만 6천 달러 어치를 (어치 apart),
// 1천만 달러 초반대의.
var meaningPost = setOf("어치", "초반대", "중반대", "후반대", "초반", "중반", "후반")

// looseParticles are particles that a careless writer leaves apart from
// the amount they follow: 3,500~5,000원 의 급여.
var looseParticles = setOf("의", "을", "를", "이", "가", "은", "는", "에", "으로", "로", "과", "와")

// glossWords are the words that may stand between an amount and its
// value in another currency: 124억 루블, 미화로 약 1억2천700만 달러;
// 1만6천엔(한화 약 16만); 15달러, 한국 돈으로 대략 17000원.
var glossWords = setOf("(", ",", "약", "대략", "미화", "미화로", "한화", "한화로", "원화", "원화로", "한국",
	"우리", "돈으로", "돈", "달러로", "환산", "환산하면", "환산해", "기준", "기준으로", "가량", "정도", "상당",
	"규모", "당시", "현재", "시가", "시가로", "엔화로", "위안화로", "유로화로")

// glosses reports whether amount b gives amount a in another currency or
// unit: a(약 b), a(미화 b), a, 미화로 약 b. Only those words and brackets
// stand between them, and at least a bracket or a word of a currency.
func (r *reading) glosses(a, b amount) bool {
	if b.start < a.end {
		return false // one stands inside the other (a range's end glossed)
	}
	between := r.text[a.end:b.start]
	if len(between) > 80 || !strings.ContainsAny(between, "(") && !strings.Contains(between, "미화") &&
		!strings.Contains(between, "한화") && !strings.Contains(between, "돈으로") && !strings.Contains(between, "원화") &&
		!strings.Contains(between, "환산") && !strings.Contains(between, " 원 기준") {
		return false
	}
	rest := strings.NewReplacer("(", " ( ", ",", " , ").Replace(between)
	based := strings.Contains(between, "기준") || strings.Contains(between, "환산")
	for _, f := range strings.Fields(rest) {
		if !glossWords[f] && !(based && (countries[f] || moneyWords[f])) {
			return false // but 대한민국 원 기준: the currency the gloss is counted in
		}
	}
	return true
}

// listed reports whether amounts a and b are items of one list: b
// follows a after a comma or 와/과 with at most a few words between, none
// a verb (건당 120만원에 '급상승 베스트', 70만원에 …; 평양 9천600원, 신의주
// 9천450원), or each is followed by the same verb (150만원을 받고 …, 75만원을
// 받고).
func (r *reading) listed(a, b amount) bool {
	if b.first-a.last > 6 || b.start < a.end {
		return false
	}
	if strings.HasSuffix(r.text[:b.start], "(") && !strings.HasSuffix(r.text[:a.start], "(") {
		return false // 40억 원에, 무궁화위성 3호(3019억 투자)는: an aside, not an item
	}
	lw := r.words[a.last]
	joined := lw.comma || a.tail == "와" || a.tail == "과" || strings.HasSuffix(a.tail, ",")
	if !joined && a.after <= b.first && a.after-1 < len(r.words) {
		q := r.words[a.after-1]
		joined = a.after-1 > a.last && q.comma // 5천원 안팎,
	}
	parallel := a.after < len(r.words) && b.after < len(r.words) && a.after < b.first &&
		r.words[a.after].verb && r.words[a.after].raw == r.words[b.after].raw
	if !joined && !parallel {
		return false
	}
	quoted := false
	for i := a.after; i < b.first && i < len(r.words); i++ {
		w := r.words[i]
		if w.quoteOpen {
			quoted = true
		}
		if w.verb && !quoted && !(parallel && w.raw == r.words[a.after].raw) {
			return false
		}
		if w.quoteClose {
			quoted = false
		}
		if w.raw == "총" || w.raw == "모두" || w.raw == "합계" {
			return false
		}
		if (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && w.actor && !quoted && a.tail != "와" && a.tail != "과" {
			return false // 교역액은 50억 달러로, 북한은 … 28억 달러어치를: a clause of its own (but 삼성이 애플에게 2천만 원과 애플이 삼성에게 4천만 원을 배상: one verb)
		}
	}
	for _, q := range b.quals {
		if q == "총" {
			return false
		}
	}
	return true
}

// sameQuantity reports whether the amount after amount k (the last so
// far) is another value of the same quantity: 9천원대였던 게 … 1만 원까지
// 올랐다; 1150원이 아닌 1100원; 월 2,500원인 TV 수신료를 4,000원으로 인상.
func (r *reading) sameQuantity(k int) bool {
	a := r.amts[k]
	if strings.HasSuffix(a.tail, "던") && a.after < len(r.words) {
		if n := r.words[a.after].raw; n == "게" || n == "것이" || n == "것은" {
			return true // 3천 원이던 게 5천 원으로
		}
	}
	for i := a.after; i < len(r.words) && i <= a.after+3; i++ {
		w := r.words[i]
		if strings.HasSuffix(w.raw, "던") && i+1 < len(r.words) {
			n := r.words[i+1].raw
			if n == "게" || n == "것이" || n == "것은" || strings.HasPrefix(n, "것에서") || n == "것보다" {
				return true
			}
		}
		if w.raw == "아닌" {
			return true
		}
		if i == a.after && strings.HasSuffix(w.raw, "다가") && isChangeWord(w.raw) {
			return true // 1천900원까지 올랐다가 … 1천800원으로 내렸지만
		}
		if w.comma || w.ends {
			break
		}
	}
	return a.tail == "인" && a.after+1 < len(r.words) && r.followsObject(a.after)
}

// followsObject reports whether an object (…을, …를) stands within a few
// words from word i, before any verb: 인 TV 수신료를 ….
func (r *reading) followsObject(i int) bool {
	for j := i; j < len(r.words) && j < i+4; j++ {
		w := r.words[j]
		if w.part == "을" || w.part == "를" {
			return true
		}
		if w.verb || w.comma {
			return false
		}
	}
	return false
}

// postQualWords are the qualifiers that may be glued to an amount's
// currency with a particle after them: 원가량의, 원대의, 원어치를.
var postQualWords = []string{"가량", "규모", "상당", "정도", "어치", "짜리", "대", "선", "수준"}

// cutPrefix returns what follows the first of prefixes that s starts with.
func cutPrefix(s string, prefixes []string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return "", false
}

// isPreQualifier reports whether w is a word that qualifies the amount
// after it: 최대, 연, 약, 총, 1인당, 매년.
func isPreQualifier(w string) bool {
	if _, ok := preWord(w); ok {
		return true // a qualifier or a context word
	}
	return rateWord(w) || perWords[w] != ""
}

// group returns amount j with the amounts that gloss it: its left
// context is its own, its right context that of its last gloss
// (124억 루블, 미화로 약 1억2천700만 달러가량 투입된).
func (r *reading) group(j int) amount {
	g := r.amts[j]
	for k := j + 1; k < len(r.amts) && r.amts[k].gloss == j; k++ {
		b := r.amts[k]
		g.last, g.after, g.tail, g.end = b.last, b.after, b.tail, b.end
		g.quals = append(append([]string(nil), g.quals...), b.quals...)
	}
	return g
}
