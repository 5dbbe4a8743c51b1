package facts

import "strings"

// orderingVerbs begin the verbs of ordering and requesting (판결했다,
// 요청했다, 요구했다, 촉구했다, 명령했다): what they order is said that
// day, not done on it.
var orderingVerbs = []string{"판결", "요청", "요구", "촉구", "명령"}

// orderedLast reports whether the sentence ends with a verb of orderingVerbs
// whose object, after amount a, is an order (…5억 달러를 배상하라고
// 판결했습니다) or a request (…5백억 달러를 지원해줄 것을 … 요청했습니다):
// a day before it dates the ordering, as a court's order quoted is dated
// outside its quotation (docs/meaning.md, eighth round; E4).
func (r *reading) orderedLast(a amount) bool {
	last := -1
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		if r.words[i].verb {
			last = i
			break
		}
	}
	if last < 0 || !hasAnyPrefix(r.words[last].raw, orderingVerbs) {
		return false
	}
	for i := a.after; i < last; i++ {
		w := r.words[i].raw
		if strings.HasSuffix(w, "하라고") || strings.HasSuffix(w, "달라고") {
			return true // 배상하라고, 지원해 달라고
		}
		if w == "것을" && i > 0 && (strings.HasSuffix(r.words[i-1].raw, "줄") || strings.HasSuffix(r.words[i-1].raw, "할")) {
			return true // 지원해줄 것을, 지급할 것을
		}
	}
	return false
}
