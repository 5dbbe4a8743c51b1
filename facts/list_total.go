package facts

import "strings"

// listTotal reports whether amount a sums the list before it: `등` closes
// the list and a word of totalling opens the amount (도로 건설비 300억원과
// 학교 신축비 200억원 등 총 500억원, … 퇴직금 2억원 등 모두 10억원). The
// total is of every item at once, so no item's noun is its purpose: what
// the list shares, read from the items before, does not pass to it
// (docs/meaning.md "Twenty-third round: lists (list23)"). A noun the
// total itself is said of (… 등 총 500억원의 기금) is read by the older
// rules before the list's are.
func (r *reading) listTotal(a amount) bool {
	before := strings.TrimSpace(r.text[:a.start])
	cut := false
	for _, q := range []string{"약", "총", "모두", "합계", "전체", "총액", "합쳐"} {
		if rest, ok := strings.CutSuffix(before, " "+q); ok {
			before, cut = strings.TrimSpace(rest), true
			if rest2, ok := strings.CutSuffix(before, " 총"); ok && q == "약" {
				before = strings.TrimSpace(rest2)
			}
			break
		}
	}
	return cut && (strings.HasSuffix(before, " 등") || strings.HasSuffix(before, " 등을"))
}

// measuredInItem reports whether the noun amount a, the j-th, is read to
// measure stands after an earlier amount of the sentence: a noun of the
// last item of a list (… 퇴직금 2억원 등 총 10억원), not one written before
// the whole list that it measures (지원금은 A 10억원, B 20억원 등 총 …).
func (r *reading) measuredInItem(a amount, j int) bool {
	m, _ := r.measuredSpan(a)
	if m < 0 {
		return false
	}
	for k := 0; k < j; k++ {
		if r.amts[k].last < m {
			return true
		}
	}
	return false
}

// otherConjunct returns what is left of the purpose p of the j-th amount
// when p joins with 와/과 a first noun that an earlier amount already
// sizes (약 3000만원의 월급과 대여금 5억원 → 대여금: 월급 is the first
// amount's); "" when p is no such phrase.
func (r *reading) otherConjunct(p string, j int) string {
	for k := 0; k < j && k < len(r.got); k++ {
		q := r.got[k].purpose
		if q == "" {
			continue
		}
		for _, c := range []string{"과 ", "와 "} {
			if rest, ok := strings.CutPrefix(p, q+c); ok && rest != "" {
				return rest
			}
		}
	}
	return ""
}
