package facts

import (
	"sort"
	"strings"
)

// A Korean modifier attaches to the nearest predicate after it, and a
// relative clause closes at its head noun. A year or a month written
// right before a past adnominal verb (2019년 도입한 제도로, 2010년 사들인
// 집을, 지난해 12월 체결한 계약에 따라) is that verb's, the time of a deed
// done to or by the head noun, not of the main clause the amount stands in
// (docs/meaning.md, "Nineteenth round: time (time19)").

// relativeDeedTime reports whether time t, before amount a, is the time of
// a relative clause whose verb follows it at once and whose head is
// neither the amount nor the noun it measures: 2019년 도입한 제도로 5억
// 달러를 절감했다 (the time of the introducing), but not 올해 받은 지원금은
// 5억 달러 (the noun measured), 2022년 맺은 5억 달러 규모의 계약 (the
// amount inside the head's phrase), nor a day (3일 열린 회의에서: the day of
// the main deed as often as not), a span or a verb of the present or the
// future (올해 지급하는 5억 원, 내년 받을 돈). An open span's start or
// deadline is read so too (2020년부터 시행된 법에 따라 벌금 300만 원: the
// law's start; docs/meaning.md, Sp1): 부터 and 까지 close the adverbial on
// the verb right after them as any time's particle does.
func (r *reading) relativeDeedTime(t timeSpan, a amount) bool {
	if t.end > a.start || t.day || len(t.items) > 0 || strings.Contains(t.period, "/") || t.period == "" && !openEnd(t.text) {
		return false
	}
	k := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
	if k >= a.first-1 || k+1 >= len(r.words) || r.words[k].start-t.end > 1 {
		return false
	}
	v := r.words[k]
	if !v.verb || !isAdnominal(v) || v.comma || particleVerbs[v.raw] || !pastAdnominal(v.raw) {
		return false
	}
	h := k + 1
	if r.words[h].amt || r.words[h].money || !r.words[h].noun {
		return false // 2022년 체결한 5억 달러 규모의: the amount heads it
	}
	if m, s := r.measuredSpan(a); m >= 0 && (m == h || s >= 0 && s <= h && h <= m) {
		return false // 올해 받은 지원금은 5억 달러: the noun the amount measures
	}
	e := h
	for e+1 < a.first && r.words[e].noun && r.words[e].part == "" && !r.words[e].comma {
		e++ // 누리시 도로 공사에: to the last noun of the head's phrase
	}
	if r.words[e].part == "의" || e+1 < a.first && e+1 < len(r.words) && particleVerbs[r.words[e+1].raw] && isAdnominal(r.words[e+1]) {
		return false // 지난달 시작된 … 공사에 따른 비용은: the head qualifies the noun measured (period17)
	}
	if r.measuresDeed(a, v) {
		return false // 지난달 수입한 품목 … 수입액: the deed the amount measures
	}
	if r.headsMeasuredPhrase(h, a) {
		return false // 지난달 의뢰한 회장 적합도 조사 비용 300만원: the clause heads the amount's phrase (period_relative_head.go)
	}
	return true
}

// pastAdnominal reports whether the adnominal verb w tells a deed done
// with 하다 or 되다 (도입한, 체결한, 채택된, 설립된): -한, -된 after a
// stem of at least two letters, the form of the Sino-Korean verbs of
// deeds; not -는, -ㄹ, nor adjectives (같은, 많은), nor a state of 하다
// (필요한, 가능한).
func pastAdnominal(w string) bool {
	r := []rune(w)
	if len(r) < 3 || r[len(r)-1] != '한' && r[len(r)-1] != '된' {
		return false
	}
	return !stateAdnominals[w]
}

// stateAdnominals are adjectives of 하다 that tell a state, not a deed.
var stateAdnominals = setOf("필요한", "가능한", "중요한", "유사한", "비슷한", "충분한", "확실한", "분명한", "심각한", "상당한", "막대한", "엄청난", "다양한", "특별한", "일정한", "동일한", "적절한", "유일한")
