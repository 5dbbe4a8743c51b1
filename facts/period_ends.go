package facts

import "strings"

// firstEndTime reports whether time t is the first end's alone of a
// change from amount b to amount a: written right before b, with only
// 에서 between b and a, and a the end the change goes to (4월 3천420만
// 달러에서 2천393만 달러로 떨어진). The second end is another time, which
// the clause does not write (docs/meaning.md, fourteenth round, M6); a
// time heading the sentence away from b frames both (현재 … 25조원에서
// 35조원으로), and a range (50만원에서 1백만원에 살 수 있었던) is one price.
func (r *reading) firstEndTime(t timeSpan, b, a amount) bool {
	if b.tail != "에서" || t.end > b.start || b.end > a.start {
		return false
	}
	if strings.TrimSpace(r.text[t.end:b.start]) != "" || strings.TrimSpace(r.text[b.end:a.start]) != "에서" {
		return false
	}
	return a.tail == "로" || a.tail == "으로"
}
