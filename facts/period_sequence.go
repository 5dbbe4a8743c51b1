package facts

// This file reads the time of a clause of sequence (…한 뒤, …한 후,
// …하는 과정에서) as the time of the clause it leads into.

// sequenceTime returns the time of the clause right before amount a's
// when that clause is closed by a noun of sequence or course after a verb
// that modifies it (…성관계를 맺은 뒤 8000만원을 받았다, …을 상정한 뒤
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
		if t.ok && t.start >= lo && t.end <= hi && !r.dated(t, a) && !r.notFor(t, a) {
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

// whenEnds are what a time takes to set the clause after it at that time
// (1년 후쯤이면, 2030년이면): it ends a clause as a condition does, but it
// is the time of what the next clause says.
var whenEnds = setOf("이면", "면", "쯤이면", "쯤엔", "쯤에는", "경이면", "께면")

// whenTime returns the time that ends the clause right before amount a's
// with a word of whenEnds (이 페이스대로라면 1년 후쯤이면 1억 원 정도의
// 적립이 가능할 것으로): the amount's clause is set at it.
func (r *reading) whenTime(ts []timeSpan, a amount) (timeSpan, bool) {
	cs := r.clauseStart(a.first)
	if cs == 0 {
		return timeSpan{}, false
	}
	w := r.words[cs-1]
	for _, t := range ts {
		if t.ok && t.end > w.start && t.end <= w.end && whenEnds[r.text[t.end:w.end]] {
			return t, true
		}
	}
	return timeSpan{}, false
}
