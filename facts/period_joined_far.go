package facts

// This file lets joinedEnd find the verb that governs an amount a few
// words after it (docs/meaning.md, "Twenty-third round: time
// (domtime23)").
//
// joinedEnd ends an amount's clause at a verb joined by -아/-어 right
// after the amount (4억 달러를 달성해 2015년 …에 올랐다): a time after it
// modifies a later predicate. The object is often followed by an adverbial
// before its verb (6000만원을 봉투 20개로 만들어 … 4월27일 … 살포했다); the
// first verb after the amount governs it just the same, and a time past it
// is the later predicate's.

// governingJoinedVerb returns the index of the first verb after amount a,
// up to clause end ce, when it is joined by -아/-어 and no other amount or
// comma stands between; -1 when there is none.
func (r *reading) governingJoinedVerb(a amount, ce int) int {
	for k := a.after; k <= ce && k < len(r.words) && k <= a.after+4; k++ {
		w := r.words[k]
		if w.verb || w.adn {
			if joinedVerb(w) {
				return k
			}
			return -1
		}
		if w.amt && k > a.after || w.money || w.comma || w.time {
			return -1
		}
	}
	return -1
}
