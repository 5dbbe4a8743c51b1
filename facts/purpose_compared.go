package facts

// This file tells the base of a comparison from the noun an amount
// measures (docs/meaning.md "Twenty-second round: purpose").

// baseOfComparison reports whether word i, before amount a, is the bare noun
// that the postposition 대비 after it makes the base of a comparison
// (전분기 대비 5.4% 상승한 991억원, 전 거래일 대비 3.97% 오른): the amount
// is compared with it and measures something else, as X보다 says,
// so the search for what it measures steps over it as over 보다. The
// noun is bare and 대비 stands as its own word between it and the amount:
// 대비 glued to the noun (전년대비) is one word that skipBefore steps over.
func (r *reading) baseOfComparison(i int, a amount) bool {
	if i+1 > a.before || i+1 >= len(r.words) {
		return false
	}
	w, n := r.words[i], r.words[i+1]
	return n.raw == "대비" && w.part == "" && !w.comma && (w.noun || w.name || w.time)
}
