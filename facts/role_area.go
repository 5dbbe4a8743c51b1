package facts

import "strings"

// Per-area prices (docs/meaning.md, "Twentieth round: role on domestic
// copy"). Korean housing copy gives a price per area with a unit of area
// before the noun the amount measures, not right before the amount:
// 3.3㎡당 아파트값은 1966만원, 3.3㎡(1평)당 매매가는, 3.3(평당)㎡ 기준으로
// …, 제주의 3.3㎡ 평균 분양가는 1,273만 원. 3.3㎡ is one 평, the unit the
// press prices housing by: written bare before a noun of price it is
// still per 평 (a size of a dwelling is written 전용 84㎡, never 3.3㎡).

// areaUnit reports whether word w is a unit of area a price is given per:
// a rate word once the brackets inside it are taken out (3.3㎡(1평)당 →
// 3.3㎡당), a bracket that glosses it as per 평 (3.3(평당)㎡), or 3.3㎡
// bare, the 평.
func areaUnit(w string) bool {
	if strings.Contains(w, "(평당)") || strings.Contains(w, "(평)당") {
		return true
	}
	s := withoutBrackets(w)
	if rateWord(s) && (strings.Contains(s, "㎡") || strings.Contains(s, "평") || strings.Contains(s, "제곱미터")) {
		return true
	}
	return s == "3.3㎡" || s == "3.3m²" || s == "3.3제곱미터"
}

// withoutBrackets returns w with every bracketed part taken out:
// 3.3㎡(1평)당 → 3.3㎡당.
func withoutBrackets(w string) string {
	for {
		i := strings.IndexByte(w, '(')
		if i < 0 {
			return w
		}
		j := strings.IndexByte(w[i:], ')')
		if j < 0 {
			return w[:i]
		}
		w = w[:i] + w[i+j+1:]
	}
}

// areaRate reports whether the noun phrase amount a measures holds a unit
// of area (3.3㎡당 아파트값은 1966만원으로, 3.3㎡ 평균 분양가는 2019년 1,273만
// 원에서): the price is per that area, a rate, though the unit is not next
// to the amount. The unit must stand in the amount's own clause with no
// other amount and no verb between (전용 84㎡는 8억원에 거래됐다 is a whole
// flat's price: 84㎡ is a size, no unit).
func (r *reading) areaRate(a amount) bool {
	cs := r.clauseStart(a.first)
	for i := a.first - 1; i >= cs && i >= a.first-8; i-- {
		w := r.words[i]
		if areaUnit(w.raw) || areaUnit(strings.TrimSuffix(w.raw, w.part)) {
			return true
		}
		if w.money || w.verb && !w.ends && i < a.first-2 {
			return false
		}
	}
	return false
}
