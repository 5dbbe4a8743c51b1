package facts

// Items listed and closed by 등 stand in apposition with the noun phrase
// after it: in `A(10억원), B(9억원) 등 올 들어 누리시에서 거래된 아파트 중 상위
// 단지` the items are examples of the apartments the relative clause names,
// and the prices bracketed after them are of its deed, so the time that
// opens that clause right after 등 is theirs (docs/meaning.md,
// "Twenty-second round: time (domtime22)"). A comma after 등, or any other
// word between 등 and the time, breaks the apposition.

// listGroupTime returns the time right after the 등 that closes the list
// amount a, bracketed after an item's name, belongs to.
func (r *reading) listGroupTime(ts []timeSpan, a amount) (timeSpan, bool) {
	if !r.namedBracket(a) {
		return timeSpan{}, false
	}
	for i := a.last; i < len(r.words) && i <= a.last+reach; i++ {
		w := r.words[i]
		if w.verb || w.part != "" && i > a.last {
			return timeSpan{}, false // a predicate or a particle: the list has ended without 등
		}
		if w.raw != "등" {
			continue
		}
		if w.comma || i+1 >= len(r.words) {
			return timeSpan{}, false
		}
		for _, t := range ts {
			if t.start == r.words[i+1].start && t.ok {
				return t, true
			}
		}
		return timeSpan{}, false
	}
	return timeSpan{}, false
}
