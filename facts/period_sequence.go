package facts

// This file reads the time of a clause of sequence (…한 뒤, …한 후,
// …하는 과정에서) as the time of the clause it leads into.

// sequenceTime returns the time of the clause right before amount a's
// when that clause is closed by a noun of sequence or course after a verb
// that modifies it (…성관계를 맺은 뒤 5000만원을 받았다, …을 상정한 뒤
// 가결시켰다): the two deeds are one episode, and the first clause's time
// is the second's when the second names none of its own.
func (r *reading) sequenceTime(ts []timeSpan, a amount) (timeSpan, bool) {
	cs := r.clauseStart(a.first)
	if cs < 2 {
		return timeSpan{}, false
	}
	end := r.words[cs-1]
	if !sequenceNouns[end.stem] || end.comma || !isAdnominal(r.words[cs-2]) {
		return timeSpan{}, false
	}
	lo, hi := r.words[r.clauseStart(cs-2)].start, end.start
	best := -1
	for k, t := range ts {
		if t.ok && t.start >= lo && t.end <= hi && !r.dated(t, a) && r.quoteAt(a.start) == r.quoteAt(t.start) {
			best = k
		}
	}
	if best < 0 {
		return timeSpan{}, false
	}
	return ts[best], true
}

// sequenceNouns close a clause that leads into the next one: 맺은 뒤,
// 상정한 후, 매각하는 과정에서.
var sequenceNouns = setOf("뒤", "후", "다음", "직후", "과정", "도중")
