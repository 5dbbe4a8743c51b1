package facts

// This file steps over the subject of a clause that modifies a noun
// before the amount. A verb in an adnominal form (막은, 알린, 위반한)
// closes a clause whose subject in 이/가 belongs to that clause alone: the
// noun it modifies (사실, 행위) is an argument of the later verb, whose own
// subject is the topic in 은/는 before the clause (공정위는 카카오가 …
// 교환을 막은 사실을 적발해 과태료 250만원을 부과했다: 공정위 imposes, not
// 카카오).

// closedRelative reports whether word i is an adnominal verb that closes a
// clause before amount a, inside a sentence whose topic is an actor in
// 은/는 before the clause's own subject in 이/가: its head noun, right after
// it, is the object of a later verb (을/를) or what it is about (에 대해),
// and is not the amount or the noun the amount is glued to. With no topic
// written, the subject in 이/가 is the sentence's own (‘누리 카드’가 …
// 전송한 혐의를 인정해 벌금을 냈다), and is kept.
func (r *reading) closedRelative(i int, a amount) bool {
	if i+2 >= a.first || !r.words[i].adn {
		return false
	}
	h := r.words[i+1]
	if !h.noun || h.money || h.amt || h.num || h.time {
		return false
	}
	switch {
	case h.part == "을" || h.part == "를":
	case h.part == "에" && (r.words[i+2].raw == "대해" || r.words[i+2].raw == "대해서"):
	default:
		return false
	}
	t := r.topicBeforeWord(i)
	if t < 0 {
		return false
	}
	// The clause's subject stands right after the topic: 공정위는 카카오가 ….
	k := t + 1
	return k < i && (r.words[k].part == "이" || r.words[k].part == "가") && r.words[k].actor
}
