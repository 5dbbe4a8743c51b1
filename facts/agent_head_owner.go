package facts

// This file reads the owner of an amount from the noun a clause holding it
// modifies: 시장 가치 5조원인 누리은행의 …, 1분기 66억원 흑자로 전환한 누리은행을.
// A clause in the adnominal form (copula 인, or a verb in -ㄴ/-은) with no
// subject of its own says something of the noun after it, its gap subject:
// that noun, when it is a firm or a body by name, holds the amount.

// headOwner returns the named actor that the amount's clause modifies, or
// -1: the amount glued to 인 before it (5조원인 누리은행), or the amount and
// a noun in 으로/로 before a verb that modifies it (66억원 흑자로 전환한
// 누리은행).
func (r *reading) headOwner(a amount) int {
	n := len(r.words)
	h := -1
	switch {
	case a.tail == "인" && a.after < n:
		h = a.after
	case (a.tail == "으로" || a.tail == "로") && a.after+1 < n && r.words[a.after].adn:
		h = a.after + 1
	case a.tail == "" && a.after+2 < n && r.words[a.after].noun && !r.words[a.after].actor &&
		(r.words[a.after].part == "으로" || r.words[a.after].part == "로") && r.words[a.after+1].adn:
		h = a.after + 2
	}
	if h < 0 {
		return -1
	}
	// The name must end the noun phrase the clause modifies (its particle
	// written): in 60달러인 러시아 원유 가격 상한선, 러시아 only opens it.
	if w := r.words[h]; w.part != "" && (w.named && !w.time && !w.comma || companyName(w.stem)) {
		return h
	}
	return -1
}
