package facts

import "strings"

// Rates whose unit is not written with 당 or right before the amount as
// a measure (1kg에): every one of a class (모든 경기에), one counted with
// 개 (한 개 업체에 지원하는 한도는), one piece sold or bought (한 부
// 팔리면 5천 원), one piece priced bare (1세트 230만 원씩). docs/meaning.md
// (twelfth round): a price per piece is a rate however its unit is written.

// everyUnitAt reports whether words i-1 and i are 모든 and a noun with 에
// right before an amount (모든 경기에 3만달러가 지급되었다): the amount is
// given for each of them, a rate, unless the noun is a time or a turn
// (모든 해에) or one body that takes the whole (모든 정부에).
func (r *reading) everyUnitAt(i int) bool {
	w := r.words[i]
	return i > 0 && r.words[i-1].raw == "모든" && w.part == "에" && w.noun && !w.time && !notUnitNouns[w.stem] &&
		!w.actor && !w.named && !places[w.stem]
}

// countedUnitBefore reports whether the clause of amount a holds, within
// eight words before it and past adnominal verbs, 한 개 and a noun with
// 에 (한 개 업체에 지원하는 한도는 약 43만6천 달러): 개 counts the noun,
// so that 한 names one of many, each given the amount, even a body that
// 한 alone makes a certain one (한 회사에 1조 원을 투자했다, a level).
func (r *reading) countedUnitBefore(a amount) bool {
	cs := r.clauseStart(a.first)
	for i := a.first - 1; i >= cs && i >= a.first-8 && i >= 2; i-- {
		w := r.words[i]
		if w.amt && i < a.first-1 || w.verb && !isAdnominal(w) {
			return false
		}
		if r.words[i-2].raw == "한" && r.words[i-1].raw == "개" && w.part == "에" && w.noun && !w.time {
			return true
		}
	}
	return false
}

// pieceUnits are counters of pieces sold one by one that unitNouns does
// not hold, being other words alone (부, a section; 세트 is a set):
// with 한 or 1 before them they count one piece.
var pieceUnits = setOf("부", "세트", "벌", "대", "채", "켤레", "점")

// saleIfs are the verbs of a piece's sale with -면 that a price per piece
// follows: 한 부 팔리면 5천 원.
var saleIfs = setOf("팔리면", "팔면", "사면", "나가면", "팔려나가면")

// onePieceBefore reports whether one piece stands right before amount a,
// bare (1세트 230만 원씩, 한 벌 30만 원), or before a verb of its sale
// ending in -면 (한 부 팔리면 5천 원이다): the amount is the price of each.
func (r *reading) onePieceBefore(a amount) bool {
	i := a.before
	if i >= 0 && saleIfs[r.words[i].raw] {
		i-- // 한 부 팔리면
	} else if i != a.first-1 {
		return false
	}
	if i < 0 || r.words[i].part != "" {
		return false
	}
	w := r.words[i]
	if n, ok := strings.CutPrefix(w.raw, "1"); ok && pieceUnits[n] {
		return true // 1세트
	}
	return i > 0 && (r.words[i-1].raw == "한" || r.words[i-1].raw == "1") && pieceUnits[w.raw]
}

// perOwnCurrency reports whether the rate word w is per one unit of the
// currency amount a is in (1달러당 … 42만 8천 2백 50달러를 매입했다): a
// price per dollar is in another currency, so the dollars are what is
// bought, no rate (docs/meaning.md, twelfth round).
func (r *reading) perOwnCurrency(w string, a amount) bool {
	unit := strings.TrimLeft(strings.TrimSuffix(w, "당"), "0123456789., ")
	return unit != "" && unit == unitWord(r.text[a.start:a.end])
}

// rateOpeners are the beginnings of a noun of a measure per unit: 주당순이익,
// 1인당 국민소득.
var rateOpeners = []string{"주당", "1인당", "인당", "가구당", "1주당"}

// rateAbbrev reports whether n is the letters the sentence gives in
// brackets for a measure per unit (주당순자산가치(BPS)를 … 결과, BPS는
// 4천253원): an amount it measures is a rate as the measure's is.
func (r *reading) rateAbbrev(n string) bool {
	if n == "" || !strings.ContainsAny(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	k := strings.Index(r.text, "("+n+")")
	if k <= 0 {
		return false
	}
	head := r.text[:k]
	if j := strings.LastIndexAny(head, " \n"); j >= 0 {
		head = head[j+1:]
	}
	return hasAnyPrefix(head, rateOpeners)
}

// seriesRate reports whether amount a, the j-th, goes on a series of the
// values of one rate by time, each after its time (평균 가격이 1kg에
// 1천413원, 2021년 2천280원이었는데 올해는 2천700원을 넘어섰습니다): the
// amount before it is a rate and stands right after a time, and a stands
// right after a time of its own with 은, 는 or 엔.
func (r *reading) seriesRate(a amount, j int) bool {
	if j == 0 || j-1 >= len(r.got) || r.got[j-1].role != RoleRate || a.before < 0 || a.before != a.first-1 {
		return false
	}
	if w := r.words[a.before]; !w.time || w.part != "은" && w.part != "는" && w.part != "엔" && w.part != "에는" {
		return false
	}
	b := r.amts[j-1]
	return b.before >= 0 && b.before == b.first-1 && r.words[b.before].time
}

// anyVerb reports whether words [from, to) hold a verb of any form, one
// modifying a noun included (입금하는 방식으로): the amount before them is
// that verb's, and a rate word before it is too.
func (r *reading) anyVerb(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		if w := r.words[i]; w.verb || isAdnominal(w) || hasAnySuffix(w.raw, adnominalEnds) {
			return true
		}
	}
	return false
}

// contrastRate reports whether amount a, the j-th, is the value of another
// owner contrasted with a rate right before it by 인데 반해 or 반면 (우리나라
// 1인당 명목 GDP는 2만3113달러인데 … 북한은 783달러로): the same measure,
// per the same unit. The contrasted one stands right after its topic.
func (r *reading) contrastRate(a amount, j int) bool {
	if j == 0 || j-1 >= len(r.got) || r.got[j-1].role != RoleRate || a.before < 0 || a.before != a.first-1 {
		return false
	}
	if w := r.words[a.before]; w.part != "은" && w.part != "는" {
		return false
	}
	b := r.amts[j-1]
	between := strings.Join(strings.Fields(r.text[b.end:r.words[a.before].start]), " ")
	return between == "인데 반해" || between == "인 반면" || between == "인 반면," || between == "인데 반해,"
}

// studyVerbs are the adnominal verbs before 결과 that say a figure was
// studied: 분석한 결과, 조사한 결과.
var studyVerbs = setOf("분석한", "조사한", "집계한", "산출한", "살펴본", "평가한")

// resultOfRate reports whether amount a follows "X을 분석한 결과" where X
// is a noun of a rate (채용공고 시급을 분석한 … 피팅모델이 평균
// 1만3천310원을 받는): the figures of the result are values of that rate.
func (r *reading) resultOfRate(a amount) bool {
	for i := a.first - 1; i >= 2; i-- {
		w := r.words[i]
		if w.amt || w.money {
			return false
		}
		if strings.HasPrefix(w.raw, "결과") && studyVerbs[r.words[i-1].raw] {
			o := r.words[i-2]
			return (o.part == "을" || o.part == "를") && isRateNoun(o.stem)
		}
	}
	return false
}
