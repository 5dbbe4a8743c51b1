package facts

import (
	"sort"
	"strings"
)

// This file tells a time that belongs to another item or another amount
// of the sentence than the one it stands next to.

// basisOfOther reports whether the time t, with 기준, stands right before
// another amount than a that ends a clause modifying a noun (2014년 기준
// 5000원인 담배가 인상이 적용된 7000원으로): the time things were as of is
// that amount's, and a, told apart from it, has none of it.
func (r *reading) basisOfOther(t timeSpan, a amount) bool {
	if !strings.HasPrefix(r.text[t.end:], " 기준 ") {
		return false
	}
	at := t.end + len(" 기준 ")
	for _, b := range r.amts {
		if b.start == at && b.start != a.start && b.end <= a.start {
			return b.tail == "인" || b.tail == "이던" || b.tail == "였던" || b.tail == "이었던"
		}
	}
	return false
}

// nextItemAfterComma reports whether the time t, after amount a, opens
// the next item of a list: a comma closes a's words right before it, and
// another amount follows it (작년 2월 … 48차례 4천만원을, 작년 10월 … 9차례
// 540만원을 각각 받았다).
func (r *reading) nextItemAfterComma(t timeSpan, a amount) bool {
	k := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
	if k == 0 || k-1 < a.last || k-1 > a.after || !r.words[k-1].comma {
		return false
	}
	for _, b := range r.amts {
		if b.start >= t.end {
			return true
		}
	}
	return false
}

// timesCompared reports whether the time ts[k] and a later time of the
// sentence each set off what follows them with 에는 or 엔 (2000년에는
// 0.8%였지만 2013년에는 30.0%로): values compared over times, whose times
// are theirs, not an amount's written before them.
func (r *reading) timesCompared(ts []timeSpan, k int) bool {
	if !setOff(r.text[ts[k].end:]) {
		return false
	}
	for _, u := range ts[k+1:] {
		if u.ok && setOff(r.text[u.end:]) {
			return true
		}
	}
	return false
}

// setOff reports whether rest, after a time, starts with 에는 or 엔.
func setOff(rest string) bool {
	return strings.HasPrefix(rest, "에는") || strings.HasPrefix(rest, "엔")
}

// makeVerbs are the passive verbs of making a thing that a time before
// them dates: 발행된, 제작된, 건조된, 만들어진, 지어진.
var makeVerbs = []string{"발행된", "발행되었던", "제작된", "건조된", "제조된", "생산된", "만들어진", "지어진", "출시된", "설립된", "건립된", "주조된"}

// madeAt reports whether time t opens a clause of making, its passive
// verb modifying a noun that stands before amount a with no other verb
// between (1899년 구한국 시대에 발행된 ' 일자첨쇄우표 ' 가 1백 80만 원
// 정도를 호가하고): the time dates the thing priced, not its price.
func (r *reading) madeAt(t timeSpan, a amount) bool {
	k := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
	for i := k; i < a.first && i <= k+4; i++ {
		w := r.words[i]
		if hasAnyPrefix(w.raw, makeVerbs) {
			for j := i + 1; j < a.first; j++ {
				if v := r.words[j]; v.verb && !isAdnominal(v) || v.amt {
					return false
				}
			}
			return true
		}
		if w.verb || w.comma || w.amt {
			return false
		}
	}
	return false
}

// pastOfAmount reports whether the time starting at byte i is the noun a
// clause on an amount in the past modifies (8천원 수준이었던 작년 같은
// 기간에 비해 2배 이상 오른): the base of a comparison, but the time of the
// amount its clause holds.
func (r *reading) pastOfAmount(i int) bool {
	k := sort.Search(len(r.words), func(k int) bool { return r.words[k].start >= i }) - 1
	if k < 0 || r.words[k].end+1 != i || !strings.HasSuffix(r.words[k].raw, "던") {
		return false
	}
	if k > 1 && degreeAdverbs[r.words[k-1].raw] {
		k-- // 2000만원을 조금 웃돌던 2015년: past an adverb of degree (period_degree.go)
	}
	return r.words[k].money || k > 0 && r.words[k-1].money
}

// rateInBracketOf returns the amount right before amount a whose bracket
// a stands in after a rate word (지난해 동기의 27억6천만 달러(주당 8.33달러)
// 보다): the same figure per share, of the same time; or -1.
func (r *reading) rateInBracketOf(a amount) int {
	for k := len(r.amts) - 1; k >= 0; k-- {
		b := r.amts[k]
		if b.end > a.start || k >= len(r.got) {
			continue
		}
		between := strings.TrimSpace(r.text[b.end:a.start])
		inner, ok := strings.CutPrefix(between, "(")
		if !ok || !rateWord(strings.TrimSpace(inner)) {
			return -1
		}
		return k
	}
	return -1
}
