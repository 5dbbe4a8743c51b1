package facts

// This file reads the noun a bare amount of difference modifies through
// the adnominal of a verb of degree or change (8900만원 높은 가격이다,
// 5500만원 오른 가격, 1억원 싼 분양가): the amount, with no particle, is
// the measure of that verb, and the clause it makes describes the noun
// after it, which is what the amount is a difference of (docs/meaning.md
// "Twenty-second round: purpose", B5).

// degreeAdjectives are the adjectives of degree that take an amount of
// difference as their measure: 1억원 높은, 2천만원 싼.
var degreeAdjectives = setOf("높은", "낮은", "비싼", "싼", "많은", "적은", "저렴한")

// degreeHead returns the noun phrase after the adnominal verb of degree
// or change that follows amount a with no particle between, or "": the
// head must be a noun (or a noun with the copula: 가격이다) that is no
// actor, time, amount or bound noun.
func (r *reading) degreeHead(a amount) string {
	n := len(r.words)
	if a.tail != "" || a.after < 0 || a.after+1 >= n {
		return ""
	}
	v := r.words[a.after]
	if v.comma || v.part != "" && !v.verb || !(degreeAdjectives[v.raw] || v.adn && isChangeWord(v.raw)) {
		return ""
	}
	x := r.words[a.after+1]
	if x.money || x.amt || x.actor || x.time || x.open {
		return ""
	}
	if !x.noun {
		if !hasCopula(x.raw) || x.comma {
			return ""
		}
		h := withoutCopula(x.raw) // 8900만원 높은 가격이다
		if h == "" || !isHangulWord(h) || verbish(word{raw: h, stem: h}) || genericHeads[h] || boundNouns[h] || stopNouns[h] || genericMoney[h] || genericMeasure[h] {
			return ""
		}
		return h
	}
	if genericHeads[x.stem] || boundNouns[x.stem] || stopNouns[x.stem] || clauseNouns[x.raw] || genericMoney[x.stem] || genericMeasure[x.stem] {
		return ""
	}
	if p := r.phraseRight(a.after + 1); !eventHeads[lastWord(p)] {
		return p
	}
	return ""
}
