package facts

import "strings"

// contractNouns are the nouns of a contract an amount is the sum of.
var contractNouns = []string{"재계약", "계약"}

// contractFor returns the contract amount a is the sum of when, with 에
// or 으로, it stands right before the contract's noun or verb, or before
// a relative verb and that noun (24억원으로 계약을 맺었다, 1억 2천500만
// 달러에 계약한, 10억6000만원(…)에 재계약을 체결했다, 2억5200만 달러에
// 맺었던 계약을): the sum is the contract's, whoever signs it. A noun the
// amount measures right before it (연봉 2억원에 재계약) says more, and an
// amount inside a bracket is an item of the sum (계약금 3억원, 연봉
// 3억8000만원), not the contract's.
func (r *reading) contractFor(a amount) string {
	if a.tail != "에" && a.tail != "으로" && a.tail != "로" {
		return ""
	}
	if b := a.before; b >= 0 && b == a.first-1 {
		if w := r.words[b]; w.noun && w.part == "" && !w.time && !w.dur && !w.num && !genericMeasure[w.stem] && !genericMoney[w.stem] {
			return "" // 연봉 2억원에 재계약했다: the noun the amount measures
		}
	}
	before := r.text[:a.start]
	if strings.LastIndexByte(before, '(') > strings.LastIndexByte(before, ')') {
		return ""
	}
	for k := a.after; k < len(r.words) && k <= a.after+1; k++ {
		w := r.words[k]
		for _, c := range contractNouns {
			if strings.HasPrefix(w.raw, c) && (w.stem == c || w.verb || w.part != "") {
				return c
			}
		}
		if !(w.verb && w.adn) {
			return "" // 맺었던 계약을: only a relative verb stands between
		}
	}
	return ""
}
