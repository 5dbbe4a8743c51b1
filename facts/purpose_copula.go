package facts

// copulaNoun returns the first word of the noun that the copula's clause
// ending at word k-1 modifies (… 달러였던 북한의 부채는, … 원 수준이던 그 회사의 매출은,
// 배럴당 60달러인 러시아 원유 가격 상한선을), or -1. A person's or a body's
// owner with 의 or a determiner before the noun is passed over: the amount is what the noun
// was, not what its owner was. An owner that is a thing stays in the
// phrase (… 원인 세월호의 장부가액). A name with no particle counts only as the
// first word of a compound (러시아 원유 …): a person or a body alone is
// no purpose.
func (r *reading) copulaNoun(k int) int {
	if k < len(r.words) && determiners[r.words[k].raw] {
		k++
	} else if k+1 < len(r.words) && r.words[k].part == "의" && r.words[k].actor && !r.words[k].money && !r.words[k].comma {
		k++
	}
	if k >= len(r.words) {
		return -1
	}
	w := r.words[k]
	if !w.noun || genericHeads[w.stem] || w.raw == "게" || w.money || w.time {
		return -1
	}
	if w.actor {
		if w.part != "" || w.comma || k+1 >= len(r.words) {
			return -1
		}
		if n := r.words[k+1]; !n.noun || n.actor || n.time || n.money {
			return -1
		}
	}
	return k
}
