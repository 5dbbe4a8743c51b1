package facts

// basisInPhrase reports whether word k, read leftward in the noun
// phrase whose head is word i, is a bare 기준 that opens the phrase and
// qualifies the noun after it (기준 중위소득은, 기준 금리가): 기준 as a
// postposition of the basis or the time an amount stands at (4일 기준
// 3억원, 연결 기준 매출액, 병장 기준 월급) needs the noun it follows, its
// complement; with none before it (the clause opens there, or the word
// before carries a particle, a comma or a verb's ending) it is a noun,
// part of the name of what is measured (P1: the whole noun phrase).
func (r *reading) basisInPhrase(k, i, stop int) bool {
	w := r.words[k]
	if w.raw != "기준" || w.comma || k >= i {
		return false
	}
	if n := r.words[k+1]; !n.noun || n.money || n.amt || n.time {
		return false
	}
	if k <= stop || k == 0 {
		return true
	}
	p := r.words[k-1]
	return p.comma || p.part != "" || p.verb || p.ends
}
