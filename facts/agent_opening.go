package facts

import "strings"

// openingName reports whether word i, a noun no dictionary knows, is the
// topic that opens the sentence (이대형은, 한철만은, 실패한 KIA 타이거즈는:
// a clause on it before it, no other topic) and the amount a stands in its
// clause: no subject or topic between them, and an active verb after the
// amount governs it (… 24억원으로 … 맺었습니다; … 100만 달러 이상의
// 결제를 알선했습니다). The topic then does the deed, whatever the verb
// (docs/meaning.md "agent", rule 2; seventeenth round). A thing, a place, a
// time, a document, a rate, a pronoun, a word of one syllable, a noun owned
// with 의 (고려대의 계획은) or pointed at (이 영화는) is none.
func (r *reading) openingName(i int, a amount) bool {
	w := r.words[i]
	if w.part != "은" && w.part != "는" || i >= a.first || w.time || w.dur || w.amt || w.money || w.quoteOpen && !w.quoteClose {
		return false
	}
	if !(w.noun || w.name) || isThing(w.stem) || places[w.stem] || isRateNoun(w.stem) || isDocument(w.stem) || itemWords[w.stem] ||
		pronouns[w.stem] || reflexives[w.stem] || stopNouns[w.stem] || conjunctions[w.stem] || classNouns[w.stem] || bodyNoun(w.stem) || tradeNoun(w.stem) {
		return false
	}
	if len([]rune(w.stem)) < 2 || strings.HasPrefix(w.stem, "그러") || i > 0 && r.words[i-1].quoteOpen && !r.words[i-1].quoteClose {
		// 그러고는: an adverb; '다크 나이트’는: a title quoted, a work, no doer
		return false
	}
	for k := 0; k < i; k++ {
		p := r.words[k]
		if (p.part == "은" || p.part == "는" || p.part == "이" || p.part == "가") && p.noun && !p.adn && !p.verb {
			return false // 2위는 …, 이 회사는: another topic before it
		}
	}
	if i > 0 {
		if p := r.words[i-1]; p.part == "의" || determiners[p.raw] || p.comma {
			return false // 고려대의 계획은, 이 영화는: a thing of someone's, or one pointed back at
		}
	}
	if r.hasSubject(i+1, a.first) {
		return false
	}
	for k := i + 1; k < a.first; k++ {
		if k := r.words[k]; k.ends && !k.comma && !strings.HasSuffix(k.raw, "고") && !strings.HasSuffix(k.raw, "며") {
			return false // 호어는 … 외출할 당시: a clause of its own between
		}
	}
	if a.tail == "이" || a.tail == "가" || a.tail == "은" || a.tail == "는" {
		return false // 4000원은: the amount is the clause's subject
	}
	v := r.governing(a)
	if v < 0 {
		return false
	}
	vw := r.words[v].raw
	if _, copula := cutCopula(vw); copula {
		return false // 순익은 … 7.31 달러를 웃도는 수준이다: what a thing is, no deed
	}
	if m := verbNounRE.FindStringSubmatch(vw); m != nil && passiveRE.MatchString(vw[len(m[1]):]) || movesLevel(vw) || hasAnyPrefix(vw, reachVerbs) {
		return false // 판매됐다, 올랐다, 기록했다: a thing sold, a measure moved or reached
	}
	for k := a.after; k < v; k++ {
		if w := r.words[k]; w.verb && isAdnominal(w) && !(k+1 < len(r.words) && nominalizers[r.words[k+1].stem]) {
			return false // 식당은 … 100달러를 원화로 … 금액을 표기해: the amount is in a clause on a noun, no deed of the topic's
		}
	}
	object := false
	for k := i + 1; k < v; k++ {
		if movesLevel(r.words[k].raw) {
			return false // 경질유는 … 5.31달러 떨어진 …에 거래를 마감했다: a measure that moved
		}
		object = object || r.words[k].part == "을" || r.words[k].part == "를"
	}
	return object // 과표구간은 3억원에서 2억원으로 낮아지는: no deed done to an object, no doer
}
