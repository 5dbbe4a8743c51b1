package facts

import "strings"

// The rules of other for deeds that may or may not be done: a condition
// after an auxiliary (구매하고 싶다면), a deed only possible (받을
// 가능성), an option passed over (받기보다), a least amount to start from
// (5000원부터 … 시작할 수 있으며); and the statutory maximum that a
// condition after it does not make one (docs/meaning.md, ninth round).

// conditionalAt reports whether the clause ending at word ce is a
// condition: conditional, 시 after a verb that modifies it (후원할 시), or
// a verb with -고 before an auxiliary of wish in a condition (구매하고
// 싶다면, 사고 싶으면).
func (r *reading) conditionalAt(ce int) bool {
	w := r.words[ce]
	if r.topicCase(ce) {
		return false // 성남 복정1과 위례의 경우 2,400만 원: as for, a topic (sixteenth round, rule 3)
	}
	if conditional(w) {
		return true
	}
	if w.raw == "시" && ce > 0 && r.words[ce-1].adn {
		return true // 5만원 이상 후원할 시: when, a condition
	}
	if !w.verb || !strings.HasSuffix(w.raw, "고") || ce+1 >= len(r.words) {
		return false
	}
	n := r.words[ce+1]
	return strings.HasPrefix(n.raw, "싶") && conditional(n)
}

// statutoryMax reports whether amount a is a bound right before a
// penalty noun (1천만원 이하 벌금): a law's maximum, a level, though the
// next item of its list opens with a condition (…벌금, 유기하면 …).
func (r *reading) statutoryMax(a amount) bool {
	if !hasAnyQual(a, boundQuals) || a.after >= len(r.words) {
		return false
	}
	return penaltyNouns[r.words[a.after].stem]
}

// possibleDeed reports whether amount a is the object or subject of a
// verb whose adnominal form in -ㄹ modifies 가능성 (1억 달러 이상을 받을
// 가능성이 커지고 있다): a deed that may come, no amount that exists. A
// verb between them (현금화하려고 시도할 가능성) makes the amount that
// verb's.
func (r *reading) possibleDeed(a amount) bool {
	if a.tail != "을" && a.tail != "를" && a.tail != "이" && a.tail != "가" {
		return false
	}
	v := a.after
	if v+1 >= len(r.words) {
		return false
	}
	w := r.words[v]
	if !w.verb || !(strings.HasSuffix(w.raw, "을") || strings.HasSuffix(w.raw, "할") || strings.HasSuffix(w.raw, "될") || endsInL(w.raw)) {
		return false
	}
	return strings.HasPrefix(r.words[v+1].raw, "가능성")
}

// endsInL reports whether word w ends in a syllable with the final ㄹ
// (받을, 넘길, 볼): the adnominal form of what may be.
func endsInL(w string) bool {
	if w == "" {
		return false
	}
	rs := []rune(w)
	c := rs[len(rs)-1]
	return c >= 0xAC00 && c <= 0xD7A3 && (c-0xAC00)%28 == 8
}

// notChosen reports whether amount a is in a clause closed by -기보다
// (30년에 걸쳐 5억5800만달러를 받기보다, 한번에 …): the option passed over,
// no amount that is paid.
func (r *reading) notChosen(a amount) bool {
	ce := r.clauseEnd(a.last)
	for i := a.after; i <= ce && i < len(r.words); i++ {
		w := r.words[i]
		if w.verb && (strings.HasSuffix(w.raw, "기보다") || strings.HasSuffix(w.raw, "기보다는")) {
			return true
		}
		if w.verb && !isAdnominal(w) || w.comma {
			return false
		}
	}
	return false
}

// startsFrom reports whether amount a, with 부터 and no end after it
// (5000원부터 후원을 시작할 … 있으며), is the least amount something
// starts from: a threshold, as 5만 원 이상은 is; not one end of a span
// (5000원부터 1만원까지), nor a time.
func (r *reading) startsFrom(a amount) bool {
	if a.tail != "부터" || a.after >= len(r.words) {
		return false
	}
	for i := a.after; i < len(r.words) && i <= a.after+3; i++ {
		w := r.words[i]
		if w.amt || w.money || strings.HasSuffix(w.raw, "까지") {
			return false
		}
		if strings.HasPrefix(w.raw, "시작") {
			return true
		}
	}
	return false
}
