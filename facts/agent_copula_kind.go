package facts

import "strings"

// This file drops a topic that the sentence defines as a thing (d21
// class A4, agent24): `누리패스는 월 5만원에 … 이용할 수 있는 카드다`. A
// Korean compound's head is its last noun, so a topic ending in the noun
// the closing copula names (누리패스카드는 … 카드다, 누리적금은 … 적금이다)
// is said to be one of that kind: the sentence defines it. When the kind is
// no actor (a card, a deposit, a fund), neither is the topic, and the
// amounts of the definition are its prices or terms, nobody's deed. A
// kind that is an actor (… 은행이다, … 기업이다) leaves the topic alone.

// copulaKind reports whether word i, a topic, is defined by the
// sentence's closing copula as one of a kind of thing.
func (r *reading) copulaKind(i int) bool {
	w := r.words[i]
	if w.part != "은" && w.part != "는" || len(r.words) == 0 {
		return false
	}
	last := r.words[len(r.words)-1].raw
	var kind string
	for _, c := range []string{"이었다", "였다", "이다", "다"} {
		if strings.HasSuffix(last, c) {
			kind = strings.TrimSuffix(last, c)
			break
		}
	}
	if kind == "" || oneHangul(kind) || kind == w.stem || !strings.HasSuffix(w.stem, kind) {
		return false
	}
	return !isActor(kind) && !isPerson(kind)
}
