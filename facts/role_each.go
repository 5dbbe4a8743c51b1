package facts

import "strings"

// oneEach reports whether amount a, with 씩, is given to each of a thing
// its clause counts as one with 에 or 에게 (참가자 한 명에게 3만 원씩, 직원 한
// 사람에게 100만 원씩, 1가지 삶의 유형에 1달러씩): 씩 distributes the amount
// over units, and a count of one names the unit, so the amount is per
// that unit, a rate (docs/meaning.md "Nineteenth round: role (role18)").
// A count of one that is a time or a turn (한 달에 10만 원씩, 한 번에)
// says how often, which per says; a count of more than one (26명에게
// … 씩) is left as it was read, and 씩 alone (다달이 70만 원씩) makes no
// rate.
func (r *reading) oneEach(a amount) bool {
	if a.tail != "씩" {
		return false
	}
	for i := a.first - 1; i >= 0 && i >= a.first-6; i-- {
		w := r.words[i]
		if (w.part == "에" || w.part == "에게") && !w.time && !notUnitNouns[w.stem] && !timeUnits[w.stem] {
			return r.countedOne(i)
		}
		if w.ends || w.amt || w.comma || w.verb && !isAdnominal(w) {
			return false
		}
	}
	return false
}

// countedOne reports whether the noun at word i, with 에 or 에게, is
// counted as one, within three words before it and it: 한 명에게, 1인에게,
// 1가지 삶의 유형에 (a count of one glued to its counter, or 한 before the
// counter or the noun).
func (r *reading) countedOne(i int) bool {
	for k := i; k >= 0 && k >= i-3; k-- {
		w := r.words[k]
		if w.raw == "한" && k < i {
			return true
		}
		if n, ok := strings.CutPrefix(w.stem, "1"); ok && n != "" && !startsDigit(n) && !w.time && !timeUnits[n] && !notUnitNouns[n] {
			return true // 1명, 1인, 1가지; not 1년, 1달
		}
		if k < i && (w.ends || w.comma || w.amt) {
			return false
		}
	}
	return false
}
