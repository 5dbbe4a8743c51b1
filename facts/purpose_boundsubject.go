package facts

import "strings"

// amountBounds are the nouns of a bound an amount is the measure of
// (10만원 미만, 5억원 이상).
var amountBounds = []string{"이상", "이하", "미만", "초과"}

// boundSubject returns the subject in 이/가 of a copula whose complement
// is amount a with a bound (잔고가 10만원 미만인 고객, 매출액이 5억원
// 이상이면): the amount says how much the subject is, so the subject is
// what it measures (docs/meaning.md "Twenty-fourth round: purpose"). The
// subject must stand right before the amount, past only its qualifiers
// (a.before).
func (r *reading) boundSubject(a amount) string {
	copula := false
	if a.tail == "" && a.after < len(r.words) {
		for _, b := range amountBounds {
			if rest, ok := strings.CutPrefix(r.words[a.after].raw, b); ok && copulaEnding(rest) {
				copula = true // 10만원 미만인
			}
		}
	} else if copulaEnding(a.tail) {
		for _, q := range a.quals {
			for _, b := range amountBounds {
				copula = copula || strings.Contains(q, b) // 10만원 미만인, the bound read as a qualifier
			}
		}
	}
	if !copula || a.before < 0 {
		return ""
	}
	k := a.before
	w := r.words[k]
	if (w.part != "이" && w.part != "가") || !w.noun || w.actor || w.time || w.comma {
		return ""
	}
	return r.phrase(r.phraseStart(k, 0), k)
}

// copulaEnding reports whether s opens with an ending of the copula 이다
// that makes its clause modify a noun or a condition: 인, 이면, 일, 이라.
func copulaEnding(s string) bool {
	return strings.HasPrefix(s, "인") || strings.HasPrefix(s, "이면") || strings.HasPrefix(s, "일") || strings.HasPrefix(s, "이라")
}
