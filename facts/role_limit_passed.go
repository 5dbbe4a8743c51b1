package facts

import "strings"

// limitPassed reports whether amount a is a limit that a deed passes
// (기부 한도액인 500만원을 초과해 기부한, 한도 300만원의 90%를 넘긴): the
// amount is named a limit by the noun apposed right before it (한도,
// 한도액, 상한, 상한액, with the copula 인 or bare), and is the object of a
// verb of passing (초과하다, 넘다), itself or through a share of it. R3
// makes a cap a level; the amount is other where the sentence tells
// whether it is passed, as 넘으면 does (docs/meaning.md "Twenty-third
// round: role"). A limit given or paid (법정 상한액인 1000만원을 기부했다)
// stays a level.
func (r *reading) limitPassed(a amount) bool {
	if a.before < 0 || a.before != a.first-1 || a.after >= len(r.words) {
		return false
	}
	b := r.words[a.before]
	n := strings.TrimSuffix(b.raw, "인")
	if b.raw != n && b.part != "인" && b.part != "" || b.comma || !hasAnySuffix(n, limitNouns) {
		return false
	}
	v := a.after
	switch {
	case a.tail == "을" || a.tail == "를":
	case a.tail == "의" && v+1 < len(r.words) && r.isShareWord(v):
		v++ // 한도액 2000만원의 85%를 초과한: a share of the limit passed
	default:
		return false
	}
	return hasAnyPrefix(r.words[v].raw, passVerbs)
}

// limitNouns are the nouns of a limit that name an amount apposed to
// them (R3).
var limitNouns = []string{"한도", "한도액", "상한", "상한액", "상한선"}

// passVerbs are the stems of the verbs of passing a bound: 초과하다, 넘다.
var passVerbs = []string{"초과", "넘어", "넘은", "넘는", "넘긴", "넘겨", "넘었"}

// isShareWord reports whether word i is a percent or a fraction with 을
// or 를 (85%를, 절반을): a share of the amount before it.
func (r *reading) isShareWord(i int) bool {
	w := r.words[i]
	if w.part != "을" && w.part != "를" {
		return false
	}
	return startsDigit(w.raw) && (strings.Contains(w.raw, "%") || strings.Contains(w.raw, "퍼센트")) || w.stem == "절반"
}
