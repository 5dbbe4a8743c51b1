package facts

// partOfWhole returns the whole that amount a is a part of when a bare
// noun with 가운데 or 중 stands before it, past a share and its verb
// (추가 지원금 가운데 6억 달러는, 해킹된 자금 중 약 3%에 해당하는 4천230만
// 달러는), or "": the part measures what its whole is, unless its own
// verb says what it is spent on, which the rules before the whole's read
// first. 가운데 closes a clause for the search of the measured noun
// (clauseNouns), so that search never reaches the whole.
func (r *reading) partOfWhole(a amount) string {
	b := a.first - 1
	for b >= 1 && b >= a.first-4 {
		w := r.words[b]
		if w.raw == "가운데" || w.raw == "중" {
			break
		}
		if !r.skipBefore(b) && !(w.verb && w.adn) && !(w.part == "에" && startsDigit(w.raw)) {
			return "" // 약 3%에 해당하는: a share and its verb are stepped over, nothing else
		}
		b--
	}
	if b < 1 || r.words[b].raw != "가운데" && r.words[b].raw != "중" {
		return ""
	}
	h := r.words[b-1]
	if b >= 2 && (r.words[b-2].part == "이" || r.words[b-2].part == "가") {
		return "" // 논란이 거센 가운데 (while): a predicate with its subject before it
	}
	if !h.noun || h.verb || h.adn || h.part != "" || h.actor || h.time || h.comma || h.money || h.amt || genericMoney[h.stem] {
		return ""
	}
	return trimTail(r.phrase(r.phraseStart(b-1, 0), b-1))
}
