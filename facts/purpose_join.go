package facts

// joinsRight reports whether word k, read rightward in a noun phrase that
// opens at word i, is the conjunction 및 ("and") written as a word
// between two bare nouns: the nouns it joins share the head after them
// (5조원 규모의 경제회복 및 취약계층 지원 예산), and the phrase goes on
// past it, as phraseStart reads it leftward (연구 및 노동력 개발, P1).
// 또는 and 혹은 ("or") offer another item, which the amount need not size
// (313만 달러의 벌금형 또는 거래 금액의 3배): the phrase ends before them.
func (r *reading) joinsRight(k, i int) bool {
	w := r.words[k]
	if w.raw != "및" || w.comma || k <= i || k+1 >= len(r.words) {
		return false
	}
	p, n := r.words[k-1], r.words[k+1]
	return p.noun && p.part == "" && !p.comma && n.noun && !n.money && !n.amt && !n.time && !n.actor
}
