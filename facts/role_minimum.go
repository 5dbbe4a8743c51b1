package facts

import "strings"

// minimumFrom reports whether amount a, qualified by 최소 or 최저 and
// followed by 부터 with no end after it (최소 10만원부터 가입할 수 있다), is
// the least amount a rule lets something start from: 부터 marks where a
// scale opens and 최소 says nothing below it counts, so the amount is a
// threshold, as 5만 원 이상은 and startsFrom's 5000원부터 … 시작 are
// (docs/meaning.md "Twenty-third round: role"). One end of a span (최소
// 1만원부터 최대 5만원까지) is a range's, and a floor per unit (1주당 최소
// 500원부터) stays the rate it is.
func (r *reading) minimumFrom(a amount) bool {
	if !strings.HasPrefix(a.tail, "부터") || !hasQual(a, "최소") && !hasQual(a, "최저") && !r.minimumNoun(a) {
		return false // 부터, 부터는, 부터다
	}
	for i := a.after; i < len(r.words) && i <= a.after+3; i++ {
		if w := r.words[i]; w.amt || w.money || strings.HasSuffix(w.raw, "까지") || w.raw == "최대" || w.raw == "최고" {
			return false
		}
	}
	return !r.isRate(a)
}

// minimumNoun reports whether the noun right before amount a follows 최소
// or 최저 (최소 가입금액 10만원부터): the amount is the minimum that noun
// names.
func (r *reading) minimumNoun(a amount) bool {
	b := a.before
	return b >= 1 && b == a.first-1 && r.words[b].noun && r.words[b].part == "" && (r.words[b-1].raw == "최소" || r.words[b-1].raw == "최저")
}
