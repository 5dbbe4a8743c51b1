package facts

import "strings"

// listShares reports whether amount a, the j-th, is an item of a list
// whose last item is the size of a change by the verb written once after
// it (수출은 3억 달러, 수입은 5억 달러 각각 늘었다; 매출과 영업이익은 각각
// 1천억 원, 200억 원 증가했다): the items share that verb, each the size of
// its own change (docs/meaning.md "Nineteenth round: role (role18)").
// The list says it shares the verb: 각각 (respectively) after the last
// item or before the first, or one comparison (전년 대비, 작년보다) before
// the first that all the items are measured against. A verb between the
// items ends the list (수출은 10억 달러로 늘었고, 수입은 2억 달러 줄었다).
func (r *reading) listShares(a amount, j int) bool {
	if a.tail != "" && a.tail != "," || j+1 >= len(r.amts) {
		return false
	}
	b := r.amts[j+1]
	if b.gloss >= 0 || b.kin < 0 || b.kin > j || b.kin != j && b.kin != a.kin {
		return false
	}
	for i := a.last + 1; i < b.first; i++ {
		if w := r.words[i]; w.verb || w.ends || w.amt {
			return false
		}
	}
	root := r.amts[b.kin]
	each := b.after < len(r.words) && r.words[b.after].raw == "각각" || root.first > 0 && r.words[root.first-1].raw == "각각"
	if !each && !r.comparedBefore(root) {
		return false
	}
	return r.isChange(b, j+1)
}

// comparedBefore reports whether a comparison (…보다, 대비, 비교해) stands
// in the clause of amount a before it, the base of what it measures.
func (r *reading) comparedBefore(a amount) bool {
	for i := r.clauseStart(a.first); i < a.first; i++ {
		w := r.words[i]
		if w.part == "보다" || strings.HasSuffix(w.raw, "보다") || strings.HasPrefix(w.raw, "대비") || strings.HasPrefix(w.raw, "비교해") {
			return true
		}
	}
	return false
}
