package facts

import "strings"

// This file reads the agent of an amount in an order or a demand quoted:
// "해당 유치원에 7000만원을 배상하라"고 판결했다, … 1천만원씩 지급하라고
// 청구했다. Who orders, claims or demands the amount is its agent
// (docs/meaning.md "Decisions, eighth round (b3)": a court's order quoted;
// "Decisions, ninth round": A9, a demand or a claim), not who is ordered
// to pay, whose subject stands inside the quotation.

// imperativeEnds are the endings of an imperative quoted, after the
// quotation marks are taken out: 지급하라고, 배상하라며, 갚으라는, 내라고,
// and a request, 돌려 달라고.
var imperativeEnds = []string{"하라고", "하라며", "하라는", "으라고", "으라며", "으라는", "내라고", "내라며", "달라고", "달라며", "달라는"}

// orderVerbs begin the verbs that quote an order, a claim or a demand:
// 판결, 판단, 선고, 명령, 결정, 청구, 요구, 촉구, 요청, 권고, 협박.
var orderVerbs = []string{"판결", "판단", "선고", "명령", "결정", "청구", "요구", "촉구", "요청", "권고", "협박", "주문"}

// orderer returns the word that names who orders, claims or demands
// amount a, when the first verb after the amount in its clause is an
// imperative quoted and the verb that quotes it is one of ordering or
// demanding: the first subject or topic of the sentence before the
// amount that is no thing. -1 when there is none.
func (r *reading) orderer(a amount) int {
	v := -1
	for k := a.after; k < len(r.words) && k <= a.last+6; k++ {
		w := r.words[k]
		if w.verb || w.ends {
			if hasAnySuffix(stripQuotes(w.raw), imperativeEnds) {
				v = k
			}
			break
		}
	}
	if v < 0 {
		return -1
	}
	// 대통령의 공약인 쌀값 21만원을 보장하라고: an owner of the amount's
	// noun comes first (rule 1).
	if b := a.before; b >= 0 && r.words[b].part == "인" && r.ownerOf(r.phraseStart(b, 0)) >= 0 {
		return -1
	}
	if m, ms := r.measuredSpan(a); m >= 0 && r.ownerOf(ms) >= 0 {
		return -1
	}
	ordered := false
	for k := v + 1; k < len(r.words) && k <= v+4; k++ {
		if hasAnyPrefix(r.words[k].raw, orderVerbs) {
			ordered = true
			break
		}
	}
	if !ordered {
		return -1
	}
	for i := 0; i < a.first && i <= reach; i++ {
		w := r.words[i]
		if (topicParts[w.part] && w.part != "도" || w.part == "이" || w.part == "가") && r.isSubject(i) && !w.time &&
			(w.actor || w.noun && !isThing(w.stem) && !places[w.stem] && !pronouns[w.stem] && !isDocument(w.stem)) {
			return i
		}
	}
	return -1
}

// stripQuotes returns s without its quotation marks: 배상하라”고 →
// 배상하라고.
func stripQuotes(s string) string {
	return strings.Map(func(c rune) rune {
		if strings.ContainsRune(closeQuotes, c) || strings.ContainsRune(openQuotes, c) {
			return -1
		}
		return c
	}, s)
}

// conditionDoer returns the subject of a condition (…하면, …할 경우) whose
// deed incurs the penalty amount a measures in a main clause with no
// subject of its own (성범죄자가 … 거짓 정보를 제출하면 … 이하 징역이나
// 500만원 이하 벌금형을 받는다): who meets the condition pays it
// (docs/meaning.md "Decisions, ninth round", A9). -1 when there is none.
func (r *reading) conditionDoer(a amount) int {
	penalty := a.before >= 0 && penaltyNouns[r.words[a.before].stem]
	for k := a.after; k < len(r.words) && k <= a.after+1 && !penalty; k++ {
		penalty = penaltyNouns[r.words[k].stem] // 500만원 이하 벌금형을
	}
	if !penalty {
		return -1
	}
	c := -1 // the word that ends the condition
	for k := a.before; k >= 0 && k >= a.first-8; k-- {
		w := r.words[k]
		if r.isSubject(k) && w.noun {
			return -1 // the main clause has a subject of its own
		}
		if w.verb && (strings.HasSuffix(w.raw, "면") || w.stem == "경우") || w.raw == "경우" || strings.HasPrefix(w.raw, "경우") {
			c = k
			break
		}
	}
	if c < 0 {
		return -1
	}
	for k := c - 1; k >= 0 && k >= c-reach; k-- {
		w := r.words[k]
		if (w.part == "이" || w.part == "가") && w.actor && w.noun {
			return k
		}
		if w.ends && !r.joins(k) && k < c-1 && !strings.HasSuffix(w.raw, "거나") {
			return -1
		}
	}
	return -1
}

// imposeVerbs begin the verbs by which a court or a prosecutor imposes or
// asks an amount: 선고했다, 구형했다, 부과했다, 판결했다, 명령했다.
var imposeVerbs = []string{"선고", "구형", "부과", "판결", "명령"}

// courtWords end the nouns of a court or its instance: 1심, 2심, 1·2심,
// 항소심, 상고심, 서울고법, 형사11부, 대법원.
var courtWords = []string{"심", "법원", "지법", "고법", "지원", "재판부"}

// imposer returns the topic that opens the sentence when it names a court
// (…지법 형사2부는, 1·2심은, 2심은) and the verb that governs amount a
// imposes it (벌금 300만원을 선고했다): the court is the agent, as the
// body that imposes a fine is (docs/meaning.md "Decisions from real
// text"), not a subject of what the court found (성씨가 … 돈을 받아). -1
// when there is none.
func (r *reading) imposer(a amount) int {
	v := r.governing(a)
	if v < 0 || !hasAnyPrefix(r.words[v].raw, imposeVerbs) {
		return -1
	}
	for i := 0; i < a.first && i <= reach; i++ {
		w := r.words[i]
		if w.part == "은" || w.part == "는" {
			if court(w.stem) {
				return i
			}
			// … 형사11부(서태환 부장판사)는: the court before the bracket.
			if strings.HasSuffix(w.stem, ")") {
				for k := i; k >= 0 && k >= i-3; k-- {
					if o := strings.IndexByte(r.words[k].raw, '('); o > 0 {
						if court(r.words[k].raw[:o]) {
							return i
						}
						break
					}
				}
			}
			return -1
		}
	}
	return -1
}

// court reports whether noun n names a court or a division of one.
func court(n string) bool {
	n = baseName(n)
	if strings.HasSuffix(n, "부") && strings.ContainsAny(n, "0123456789") {
		return true // 형사11부, 형사합의38부
	}
	return hasAnySuffix(n, courtWords) && !strings.HasSuffix(n, "중심") && !strings.HasSuffix(n, "관심")
}

// seizeVerbs seize, confiscate or freeze money (A8).
var seizeVerbs = []string{"동결", "압수", "압류", "몰수"}

// seizer returns the subject of the clause when amount a is the object of
// a verb that seizes or freezes it, right after it (미국은 … 아프간
// 중앙은행의 자산 70억 달러를 동결했다): who seizes is the agent (A8), over
// the owner of the money. -1 when the verb is another, the amount is no
// object, or the subject names no actor.
func (r *reading) seizer(a amount) int {
	if (a.tail != "을" && a.tail != "를") || a.after >= len(r.words) || !hasAnyPrefix(r.words[a.after].raw, seizeVerbs) || isAdnominal(r.words[a.after]) {
		return -1
	}
	if s := r.subjectBefore(a); s >= 0 && r.words[s].actor && !pronouns[r.words[s].stem] {
		return s
	}
	return -1
}
