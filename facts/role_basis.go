package facts

// countedBasis reports whether 기준 at word i follows a bare noun that a
// number counts (4인 가구 기준, 3명 가족 기준, 2자녀 가정 기준): the
// numeral and its noun name the case a figure is counted for, as 1갑
// 기준 does with the noun glued to the numeral, so 기준 says on what
// basis, not a threshold (docs/meaning.md "Twenty-third round: role").
func (r *reading) countedBasis(i int) bool {
	p, q := r.words[i-1], r.words[i-2]
	if !p.noun || p.part != "" || p.amt || p.money || q.amt || q.money {
		return false
	}
	return startsDigit(q.raw)
}
