package facts

// This file tells the base of a comparison from the noun an amount
// measures (docs/meaning.md "Twenty-second round: purpose").

// baseOfComparison reports whether word i, before amount a, is part of
// the base of a comparison: a bare noun before the postposition 대비
// (전분기 대비 5.4% 상승한 991억원, 전 거래일 대비 3.97% 오른), or before
// the noun that takes 보다 (인근 단지보다 1억원 낮은), with the bare nouns
// between. The amount is compared with that base and measures something
// else, so the search for what it measures steps over it as over the
// word of 보다 itself. 대비 glued to the noun (전년대비) is one word that
// skipBefore steps over.
func (r *reading) baseOfComparison(i int, a amount) bool {
	w := r.words[i]
	if w.part != "" || w.comma || !(w.noun || w.name || w.time || w.dur) {
		return false
	}
	for j := i + 1; j <= a.before && j < len(r.words); j++ {
		n := r.words[j]
		if n.raw == "대비" || n.part == "보다" {
			return true
		}
		if n.part != "" || n.comma || !n.noun && !n.name && !n.time && !n.dur {
			return false
		}
	}
	return false
}

// standardNoun reports whether 기준 is the noun of a standard, marked as
// subject, topic or object (보고 기준을 2천만원에서 1천만원으로 낮춘다, 지원
// 기준은 5천만원): the amount sets or is the standard, which is what it
// measures. Bare or with 으로 it is the postposition of a basis or of the
// time a figure stands at (4일 기준 3억원), stepped over (skipBefore).
func standardNoun(w word) bool {
	if w.stem != "기준" || w.comma {
		return false
	}
	switch w.part {
	case "을", "를", "이", "가", "은", "는", "도":
		return true
	}
	return false
}

// givenAs returns the noun that the amount right after it is given as,
// with the particle 으로는 or 로는 (목표주가로는 18만원을 제시했다: as a target
// price, 18만원), or "": the noun names money or a measure and is no
// generic word of money (총 금액으로는 says nothing).
func (r *reading) givenAs(a amount) string {
	b := a.before
	if b < 0 || b != a.first-1 {
		return ""
	}
	w := r.words[b]
	if w.part != "으로는" && w.part != "로는" || w.comma || w.actor || w.time || !w.noun || !isThing(w.stem) || genericMoney[w.stem] || genericMeasure[w.stem] {
		return ""
	}
	return r.phrase(r.phraseStart(b, r.clauseStart(a.first)), b)
}
