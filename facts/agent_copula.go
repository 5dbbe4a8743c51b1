package facts

// copulaOwner returns the owner of the noun that amount a is said to be
// of by a copula's clause (… 5천만 달러였던 누리국의 부채는, … 원 수준이던
// 그 회사의 매출은 → 누리국), or -1: an actor with 의 right before that
// noun, which copulaNoun passes over. The amount is what the noun was or
// is, so its owner owns the amount as it owns the noun (docs/meaning.md,
// agent rule 1), whoever reports it (S4: the figure takes its owner).
func (r *reading) copulaOwner(a amount) int {
	k := r.copulaHead(a)
	if k <= 0 {
		return -1
	}
	if o := r.words[k-1]; o.part == "의" && o.actor && !o.money && !o.comma {
		return k - 1
	}
	return -1
}
