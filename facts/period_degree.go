package facts

import "sort"

// A time that a clause on an amount modifies (2000만원을 웃돌던 2015년 대비)
// is that amount's: the clause says what the amount was then (ninth
// round's pastOfAmount). Two readings follow from the grammar of the
// relative clause (docs/meaning.md, "Twenty-second round: time
// (domtime22)"):
//   - an adverb of degree between the amount's clause and its verb
//     (2000만원을 조금 웃돌던 2015년) closes no clause: the time is still
//     the one the clause modifies;
//   - the time is no other amount's: an amount before the clause (4126만원으로
//     2000만원을 웃돌던 2015년 대비) is another level, of its own time.

// degreeAdverbs are adverbs of degree, a closed class of Korean.
var degreeAdverbs = setOf("조금", "약간", "다소", "살짝", "크게", "훨씬", "소폭", "대폭", "훌쩍", "겨우", "가까스로")

// pastOfThis reports whether the clause on time t holds amount a: a is
// the last amount before t.
func (r *reading) pastOfThis(t timeSpan, a amount) bool {
	k := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.start })
	for i := k - 1; i >= 0 && i > a.last; i-- {
		if r.words[i].money {
			return false // another amount stands between: the clause is that one's
		}
	}
	return true
}
