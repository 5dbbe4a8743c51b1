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
