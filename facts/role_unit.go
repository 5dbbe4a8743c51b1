package facts

// Rates whose unit is not written with 당 or right before the amount as
// a measure (1kg에): every one of a class (모든 경기에) and one counted
// with 개 (한 개 업체에 지원하는 한도는).

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
