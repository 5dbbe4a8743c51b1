package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells whether a subject may be an amount's agent: the verb
// that governs the amount, the clause the subject belongs to.

// accepts reports whether subject word i may be the agent of amount a: a
// noun the dictionary knows as an actor, a quoted name, or any other noun
// that names no money, measure, place or time when the verb that governs
// the amount is one of paying, earning, giving, taking or saying.
func (r *reading) accepts(i int, a amount) bool {
	w := r.words[i]
	if w.time || w.dur || !w.noun && !w.name || determiners[w.stem] || conjunctions[w.stem] || stopNouns[w.stem] {
		return false
	}
	if isAmountWord(w.stem) || moneyWords[w.stem] || strings.HasSuffix(w.stem, "%") {
		return false
	}
	if w.actor {
		return true
	}
	if !w.quoteClose && (isThing(w.stem) || places[w.stem] || isRateNoun(w.stem) || isDocument(w.stem) || itemWords[w.stem]) {
		return false // but ‘한빛 무역’ is a name, whatever it ends with
	}
	if !w.quoteClose && utf8.RuneCountInString(w.stem) == 1 && !oneSyllableActors[w.stem] && !(i > 0 && r.words[i-1].noun && r.words[i-1].part == "" && !r.words[i-1].comma) {
		return false // 물은 결과: a verb's form, not a name; but 법률대리인 측은 (측: the side of)
	}
	// A noun no dictionary knows: the verb of the amount (of the subject,
	// when it stands after the amount) must be one of paying, earning ….
	v := r.governing(a)
	if i > a.last {
		v = r.verbAfter(i)
	}
	return v >= 0 && isAgentVerb(r.words[v].raw) || i == r.topic() || r.openingDoer(i, a, v) || r.openingName(i, a)
}

// openingDoer reports whether word i, a noun no dictionary knows, opens
// the sentence as its topic (농심은, 공기탁은) and amount a, or the noun it
// measures, is the object of the active verb v that governs it (…가격을
// 50∼100원 인상했다, 17억9천만원을 쏟아부었고): the topic does that deed
// (docs/meaning.md "agent", rule 3), whatever the verb. A thing as topic
// has prices and sums said of it, as subject of no deed with an object
// (아이폰6 모델은 … 142만원 수준으로 책정될 전망).
func (r *reading) openingDoer(i int, a amount, v int) bool {
	w := r.words[i]
	opens := (w.part == "은" || w.part == "는") && r.firstTopic(i) || i > 0 && r.words[i-1].ends && r.words[i-1].verb && (w.part == "은" || w.part == "는" || w.part == "도")
	if !opens || v < 0 || v < a.after || i > a.first ||
		conjunctions[w.raw] || strings.HasPrefix(w.raw, "그러") || hasAnyPrefix(r.words[v].raw, reachVerbs) {
		return false // 그러고는: an adverb; 옥수수는 … 2천500원을 기록했다: a figure reached, no deed
	}
	if pre := r.text[:a.start]; strings.LastIndexByte(pre, '(') > strings.LastIndexByte(pre, ')') {
		return false // 극장은 조조 요금(주중·주말 9천원)을: a bracket glossing the noun's price
	}
	for k := i + 1; k < a.first; k++ {
		if r.words[k].ends && !bareItem(r.words[k]) || r.words[k].part == "이" || r.words[k].part == "가" {
			return false // 식당은 … 적용하고 있으며, … 100달러를: a clause between; 가격이: a subject of its own
		}
	}
	object := a.tail == "을" || a.tail == "를"
	first := a
	if r.fromAmount(a) {
		for k := len(r.amts) - 1; k >= 0; k-- {
			if r.amts[k].last == a.before {
				first = r.amts[k] // 10만원에서 18만원으로: the pair's first end
				break
			}
		}
	}
	if b := first.before; b >= 0 && b == first.first-1 && (r.words[b].part == "을" || r.words[b].part == "를" || r.words[b].part == "도" && a.tail != "이" && a.tail != "가") && r.words[b].noun {
		object = true // 가격을 50∼100원 인상했다, 주차요금도 10만원에서 48만원으로 인상키로: the noun it measures is the object
	}
	if (a.tail == "에" || first.tail == "에") && hasAnyPrefix(r.words[v].raw, tradedAtVerbs) {
		object = true // 스타벅스는 … 간식을 3천800원에 내놓으며: the price of goods it trades (6a)
	}
	return object && !passiveVerb(r.words[v].raw)
}

// tradedAtVerbs begin the verbs of selling, buying or contracting for a
// price with 에 (3천800원에 내놓으며, 4천200원에 판매했다, 총액 10억원에
// 재계약을 체결했다): whoever does it trades the goods at that price.
var tradedAtVerbs = []string{"판매", "팔", "팝", "내놓", "내놨", "출시", "구매", "구입", "사들", "매각", "매입", "계약", "재계약", "체결", "공급", "제공"}

// reachVerbs are the beginnings of verbs of a figure reached or passed:
// their object is a level, no deed's (2천원을 밑돌았다, 1억원을 기록했다).
var reachVerbs = []string{"기록", "밑돌", "웃돌", "넘", "돌파", "달하", "달했", "육박", "상회", "하회", "넘어"}

// passiveVerb reports whether verb w is passive (책정될, 부과받은,
// 도난당한, 압류됐다): its subject undergoes the deed.
func passiveVerb(w string) bool {
	for _, p := range []string{"되", "된", "될", "됐", "돼", "받", "당하", "당했", "당한", "당할", "어지", "아지", "워지", "팔리", "팔렸", "팔린", "팔려"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// oneSyllableActors are the nouns of one syllable that may name who
// pays: the city, county, district, province, party, side (시는, 당은,
// 법률대리인 측은).
var oneSyllableActors = setOf("시", "군", "구", "도", "당", "국", "측", "청", "처")

// governing returns the verb that governs amount a: the first verb after
// it that modifies no noun (a verb made a noun by 것 or 데 counts), or -1.
func (r *reading) governing(a amount) int {
	for k := a.after; k < len(r.words) && k <= a.after+reach; k++ {
		w := r.words[k]
		if !w.verb && !strings.HasSuffix(w.raw, "받은") {
			continue
		}
		if isAdnominal(w) && k+1 < len(r.words) {
			n := r.words[k+1].raw
			if !strings.HasPrefix(n, "것") && !strings.HasPrefix(n, "겁니") && !strings.HasPrefix(n, "데") && n != "바" && !strings.HasPrefix(n, "혐의") && !(hasAnyPrefix(n, intentNouns) && isAgentVerb(w.raw)) {
				continue
			}
		}
		return k
	}
	return -1
}

// verbAfter returns the first verb after word i within reach, or -1.
func (r *reading) verbAfter(i int) int {
	for k := i + 1; k < len(r.words) && k <= i+reach; k++ {
		if r.words[k].verb {
			return k
		}
	}
	return -1
}

// isSubject reports whether word i is marked as the subject or topic of
// its clause (정부는, 기업이, 하사 역시) and is not the subject of a
// clause that modifies another noun (민간이 보유한 GPU); a topic (은, 는)
// never is.
func (r *reading) isSubject(i int) bool {
	w := r.words[i]
	if !w.subj && !(w.part == "" && i+1 < len(r.words) && r.words[i+1].raw == "역시") {
		return false
	}
	if w.part == "이나" && i+1 < len(r.words) && r.words[i+1].noun {
		return false // 신원이나 위치에 대한: or, not a subject
	}
	if w.part == "이" && (w.stem == "것" || w.stem == "게") {
		return false
	}
	if (w.part == "은" || w.part == "는") && i+1 < len(r.words) && notOnly[r.words[i+1].raw] {
		return false // 시리아는 물론 주변국들에: a member of a list (not only X), no topic
	}
	if (w.part == "에서" || w.part == "에서는") && !(w.actor && !countries[w.stem] && !places[w.stem]) {
		return false // 국회에서 … 통과시켰다, but 미국에서, 호주에서는, VOD에서는: where
	}
	if w.part == "에서" && (r.subjectEarlier(i) || r.subjectLater(i)) {
		return false // 국제 원유가는 21일 뉴욕 거래소에서: the clause has its subject; 에서 is where
	}
	if w.part == "에서" && r.receivedFrom(i) {
		return false // 저축은행에서 74억원을 대출받아: whom it came from
	}
	if i+1 < len(r.words) && r.words[i+1].raw == "역시" {
		return true // 웬헝 하사 역시 … 민감한 사진을 제공하고: a topic, whatever follows
	}
	if w.part != "은" && w.part != "는" {
		// 장관이 지난해 5월 서명한 법은: the subject of a clause that
		// modifies a noun, the adnominal verb within a few words.
		for k := i + 1; k < len(r.words) && k <= i+4; k++ {
			n := r.words[k]
			if n.verb && strings.HasSuffix(n.raw, "게") && !n.comma && k+1 < len(r.words) && r.words[k+1].verb {
				continue // 엄격하게 통제해 온: an adverb
			}
			if likeWords[n.raw] && k == i+1 && (w.part == "도" || w.part == "이" || w.part == "가") {
				continue // 김용만도 비슷한 시기 …을 베팅한: 비슷한 takes no subject of its own without …와
			}
			if isAdnominal(n) && k+1 < len(r.words) && r.words[k+1].time && (n.raw == "지난" || n.raw == "오는") && !(commonActor(w.stem) && !w.named) {
				continue // 코레일이 지난 2006년 …: a time, no clause on a noun
			}
			if isAdnominal(n) && k == i+1 && k+1 < len(r.words) && (r.words[k+1].part == "으로" || r.words[k+1].part == "로") && r.words[k+1].noun && !r.words[k+1].actor {
				continue // 정다연 씨가 왕성한 활동으로 4000억원을 벌어들였다: a manner, no clause on the subject's noun
			}
			if isAdnominal(n) && k > i+1 && r.words[k-1].money && r.words[k-1].part != "" {
				continue // 대통령이 80억 달러에 달하는 긴급 자금을 요청했다: the clause measures the noun it modifies
			}
			if n.raw == "지난" && r.spanOfTime(k+1) {
				continue // 최빈국들이 지난 1년 동안: a span of time, no clause on a noun
			}
			if isAdnominal(n) && !(k+1 < len(r.words) && nominalizers[r.words[k+1].stem]) {
				if r.subjectOverClause(i, k) {
					break // 미국 정부가 극심한 가뭄 피해를 겪고 있는 … 나라에 … 지원합니다
				}
				return false // but 미국이 담당할 것이라고: 것 makes the clause a noun, not a noun's
			}
			if n.verb && k+1 < len(r.words) && auxAdnominal[r.words[k+1].raw] {
				return false // 정부들이 엄격하게 통제해 온 페소 가치
			}
			if n.verb || n.ends || n.comma || n.subj && n.part != "" || n.part == "을" || n.part == "를" {
				break
			}
		}
	}
	return true
}

// notOnly are the words after X은/는 that make X the first member of a
// list (X는 물론 Y도, X은 말할 것도 없고): "not only X", no topic of a
// clause. A closed class of Korean connectives (표준국어대사전, 물론 ②).
var notOnly = setOf("물론", "물론이고", "물론이며", "물론이거니와")

// nominalizers are the nouns that make the clause before them a noun
// phrase (…할 것, …할 수): the verb before them modifies no thing.
var nominalizers = setOf("것", "것으로", "수", "바", "데", "줄", "뿐", "때문")

// auxAdnominal are auxiliary verbs in the adnominal form after a verb:
// 통제해 온, 운영하고 있는.
var auxAdnominal = setOf("온", "왔던", "오던", "있는", "있던", "있었던", "준", "놓은", "둔")

// measures reports whether word i is a noun that names money or a
// measure, which an amount measures rather than spends.
func (r *reading) measures(i int) bool { return isThing(r.words[i].stem) }

// relativeSubject returns the subject of the clause that ends with the
// adnominal verb at word v (수입한, 탈취 당한), when that subject is
// marked with 이 or 가 — a topic cannot stand inside such a clause — and
// stands within a few words of it; -1 when there is none or it may be no
// agent. With any, a subject that no dictionary knows is taken whatever
// the verb: the clause is about the amount itself.
func (r *reading) relativeSubject(v int, any bool) int {
	if v < 0 || !isAdnominal(r.words[v]) {
		return -1
	}
	for i := v - 1; i >= 0 && i >= v-8; i-- {
		w := r.words[i]
		if w.ends || w.comma && !w.quoteClose {
			return -1
		}
		if w.part == "이" || w.part == "가" || w.part == "께서" {
			if w.time || w.stem == "것" || w.stem == "게" {
				return -1
			}
			apposed := i > 0 && r.words[i-1].actor && r.words[i-1].part == "" && !r.words[i-1].comma && w.noun // 해킹조직 라자루스가
			if w.actor || w.quoteClose || apposed || any && (w.noun || w.name) && !isThing(w.stem) && !places[w.stem] && !r.stateClause(i, v) {
				return i
			}
			return -1
		}
	}
	return -1
}

// gapHead returns the adnominal verb after amount a and the noun it
// modifies, when the amount, or the noun the amount modifies (… 달러의
// 무역 기록을), is the verb's object and the clause has no subject of its
// own (6억 달러를 탈취했던 북한 연계 해커들이; 20억 원을 지원하는 신규
// 프로젝트); -1, -1 when there is none. The noun is the head of its
// phrase: 세계 최대의 인권단체.
func (r *reading) gapHead(a amount) (int, int) {
	start := a.after
	switch a.tail {
	case "을", "를":
	case "에":
		// 5년간 1억 2천800만 달러에 계약한 해밀턴은: the price of a deal
		// the head made, as 6a reads the price of goods traded.
		if a.after >= len(r.words) || !isAdnominal(r.words[a.after]) || !hasAnyPrefix(r.words[a.after].raw, tradedAtVerbs) {
			return -1, -1
		}
	case "의":
		// … 달러의 무역 기록을 남긴 중국.
		start = -1
		for k := a.after; k < len(r.words) && k <= a.after+4; k++ {
			w := r.words[k]
			if w.part == "을" || w.part == "를" {
				start = k + 1
				break
			}
			if !w.noun || w.part != "" && w.part != "의" {
				break
			}
		}
		if start < 0 {
			return -1, -1
		}
	default:
		return -1, -1
	}
	for v := start; v < len(r.words) && v <= start+3; v++ {
		w := r.words[v]
		if w.verb && strings.HasSuffix(w.raw, "기로") && v+1 < len(r.words) && (r.words[v+1].raw == "한" || r.words[v+1].raw == "했던") {
			continue // 1천억 달러를 투자하기로 한 … TSMC: -기로 하다 is one verb
		}
		if isAdnominal(w) || v > start && strings.HasSuffix(r.words[v-1].raw, "기로") && (w.raw == "한" || w.raw == "했던") {
			h := -1
			for k := v + 1; k < len(r.words) && k <= v+5; k++ {
				n := r.words[k]
				if hasCopula(n.raw) && k > v+1 || k == v+1 && hasCopula(n.raw) {
					if countries[withoutCopula(n.raw)] || isActor(withoutCopula(n.raw)) {
						return v, k // … 무역 기록을 남긴 중국이었습니다
					}
				}
				if !n.noun && !n.name || stopNouns[n.stem] {
					break
				}
				h = k
				if n.part == "의" && n.actor && k+1 < len(r.words) && !r.words[k+1].actor {
					break // 벌금 30만원을 받은 A씨의 항소, … 투자하기로 한 TSMC의 결정: the actor, not what is theirs
				}
				if n.part != "" && n.part != "의" || n.comma {
					break
				}
			}
			return v, h
		}
		if w.verb || w.part == "이" || w.part == "가" || w.comma {
			return -1, -1
		}
	}
	return -1, -1
}

// chainHead returns the adnominal verb and the actor it modifies when
// amount a is the object of the first verb of a chain of verbs joined
// without a subject of their own (-아/-어, -고, -려고, -다, -지 않-, …한
// 뒤), the last of which modifies that actor: the actor did every deed
// of the chain (택시비 40만원을 내지 … 달아나다 흉기를 휘두른 20대
// 남성이; 1억원을 … 언론에 보도된 … 근로자가; 900만원을 빌려간 뒤
// 갚지 않은 대학 동기 A씨에게). -1, -1 when there is none; gapHead reads
// the chain of one verb.
func (r *reading) chainHead(a amount) (int, int) {
	if a.tail != "을" && a.tail != "를" {
		return -1, -1
	}
	verbs := 0
	for v := a.after; v < len(r.words) && v <= a.after+8; v++ {
		w := r.words[v]
		if w.comma || w.quoteClose || r.isSubject(v) && w.noun && !w.verb || hasAnySuffix(w.raw, chainBreaks) {
			return -1, -1
		}
		if sequenceNouns[w.raw] && verbs > 0 {
			continue // 빌려간 뒤 갚지 않은
		}
		if !isAdnominal(w) {
			if w.verb {
				verbs++
			}
			continue
		}
		verbs++
		if v+1 < len(r.words) && sequenceNouns[r.words[v+1].raw] {
			continue
		}
		if verbs < 2 {
			return -1, -1 // one verb: gapHead's
		}
		h := -1
		for k := v + 1; k < len(r.words) && k <= v+5; k++ {
			n := r.words[k]
			if !n.noun && !n.name || stopNouns[n.stem] {
				break
			}
			h = k
			if n.part != "" || n.comma {
				break
			}
		}
		if h < 0 || !r.words[h].actor || !r.words[h].named && !isPerson(bareName(r.words[h].stem)) || r.words[h].part == "을" || r.words[h].part == "를" {
			return -1, -1 // … 들여 … 재배치하는 내부공사를: a work, though 공사 may be a body
		}
		return v, h
	}
	return -1, -1
}

// chainBreaks end a clause that does not share its subject's gap with
// the next: a condition, a contrast, a clause quoted or said.
var chainBreaks = []string{"면", "며", "지만", "는데", "다고", "라고", "다며", "라며", "으나", "는지"}

// intentNouns make a verb of paying or giving before them the verb of the
// clause: 지원할 예정이다, 투자할 계획이다 say that the subject will pay.
var intentNouns = []string{"예정", "계획", "방침", "전망"}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// receivedFrom reports whether the body at word i, with 에서, is whom the
// verb of its clause receives or borrows from (강씨 측에서 1억원을 받은,
// 저축은행에서 74억원을 대출받아, 은행에서 빚을 진): a source, no subject.
// The verbs are those of receiving (받다 and its compounds: 대출받다,
// 지원받다), borrowing (빌리다) and owing (빚을 지다).
func (r *reading) receivedFrom(i int) bool {
	ce := r.clauseEnd(i + 1)
	for k := i + 1; k <= ce && k < len(r.words); k++ {
		w := r.words[k]
		if w.stem == "빚" {
			return true
		}
		if !w.verb && !w.adn && w.part == "" {
			continue
		}
		raw := w.raw
		if j := strings.Index(raw, "받"); j >= 0 && j+len("받") < len(raw) {
			return true // 받은, 받아, 대출받아, 지원받고
		}
		if strings.HasPrefix(raw, "빌리") || strings.HasPrefix(raw, "빌려") || strings.HasPrefix(raw, "빌린") {
			return true
		}
	}
	return false
}

// nameTopic reports whether word h is a noun no dictionary knows marked
// as the topic (다스는) that may name who owns what only a body has: not
// a thing, a place, a time, a document, a measure or a bound noun.
func (r *reading) nameTopic(h int) bool {
	w := r.words[h]
	return (w.part == "은" || w.part == "는") && nameLike(w)
}

// nameLike reports whether w is a noun that may name a body no dictionary
// knows: no thing, place, time, document, measure, bound noun, pronoun or
// adverb.
func nameLike(w word) bool {
	if !w.noun || w.time || conjunctions[w.raw] || strings.HasPrefix(w.raw, "그러") {
		return false
	}
	st := w.stem
	return !isThing(st) && !places[st] && !changeNouns[st] && !isDocument(st) && !isRateNoun(st) && !moneyWords[st] && !genericHeads[st] &&
		!genericMeasure[st] && !stopNouns[st] && !boundNouns[st] && !sizeNouns[st] && !itemWords[st] && !bodyNoun(st) && !tradeNoun(st) &&
		!pronouns[st] && utf8.RuneCountInString(st) >= 2
}

// glossedName returns the noun that amount a glosses in brackets when the
// bracket closes right after the amount and a particle of the subject or
// topic follows it (루이뷔통(584억 달러)이 10위를 했다): the value of what
// that noun names, whose owner it is, though no dictionary knows it.
func (r *reading) glossedName(a amount) (string, bool) {
	w := r.words[a.first]
	if a.start <= w.start || !strings.HasPrefix(r.text[a.end:], ")") {
		return "", false
	}
	pre := r.text[w.start:a.start]
	stem, ok := strings.CutSuffix(pre, "(")
	if !ok || stem == "" || strings.ContainsAny(stem, "()") {
		return "", false
	}
	if p := r.words[a.last].part; p != "이" && p != "가" && p != "은" && p != "는" {
		return "", false // 롯데 몽쉘(6천원)보다: a base of comparison
	}
	if nw := makeWord(stem, 0, len(stem)); !nameLike(nw) || nw.num || nw.amt || nw.actor {
		return "", false
	}
	if s := r.phraseStart(a.first, r.clauseStart(a.first)); s < a.first {
		return r.text[r.words[s].start:w.start] + stem, true // 제프 쿤스(1억1천503만 유로)가
	}
	return stem, true
}

// thingUndergoes reports whether amount a's clause says a thing underwent
// the deed (한 오두막집이 250만달러에 팔렸다고 …가 전했다): a passive verb
// governs the amount and a noun no dictionary knows as an actor is its
// subject. Whoever sold or bought is not said, and who reports it is no
// agent (docs/meaning.md, fifth round: a speaker is the agent only of
// what nobody else is said to do, not of what is only spoken about).
func (r *reading) thingUndergoes(a amount) bool {
	v := r.governing(a)
	if v < 0 || !passiveVerb(r.words[v].raw) {
		return false
	}
	for i := a.first - 1; i >= r.clauseStart(a.first); i-- {
		w := r.words[i]
		if isPreQualifier(w.raw) || w.raw == "무려" {
			continue // 무려 250만달러에
		}
		if w.verb || w.adn || w.comma {
			return false // 위험이 따르는 직무: the subject of another verb
		}
		if w.noun && !w.actor && !w.name && !w.time && (w.part == "이" || w.part == "가") && isThingLike(w.stem) {
			return true
		}
	}
	return false
}

// isThingLike reports whether noun n names a thing, a place or a good: one
// isThing knows, or any noun that no list of actors or people knows and
// that is no bound noun.
func isThingLike(n string) bool {
	return isThing(n) || !isActor(n) && !isPerson(n) && !boundNouns[n] && !genericHeads[n]
}

// firstTopic reports whether word i is the sentence's first subject or
// topic, with no verb before it (동물보호 과실혐의로 '호'의 …): only
// adverbials, an owner with 의 and bare nouns stand before it.
func (r *reading) firstTopic(i int) bool {
	for k := 0; k < i; k++ {
		w := r.words[k]
		if w.verb || w.adn || w.ends || w.subj && w.part != "" || w.comma {
			return false
		}
	}
	return true
}

// stateClause reports whether the clause from word i to the adnominal
// verb at word v ends in a verb of state negated (용처가 분명하지 않은,
// 쓰이지 않은): it says how a thing is, and its subject does nothing.
func (r *reading) stateClause(i, v int) bool {
	return strings.HasPrefix(r.words[v].raw, "않") && v-1 > i && strings.HasSuffix(r.words[v-1].raw, "지")
}

// bareItem reports whether w is a bare noun before a comma, an item of a
// list (옥수수, 고구마, 감자로), which ends no clause.
func bareItem(w word) bool {
	return w.comma && w.noun && !w.verb && w.part == "" && !w.amt && !w.money
}

// spanOfTime reports whether word i starts a span of time that 지난 opens
// (지난 1년 동안, 지난 10년간): a length, not a point a clause could be on.
func (r *reading) spanOfTime(i int) bool {
	if i >= len(r.words) || !r.words[i].dur {
		return false
	}
	w := r.words[i].raw
	return strings.HasSuffix(w, "간") || strings.HasSuffix(w, "동안") || i+1 < len(r.words) && r.words[i+1].stem == "동안"
}

// subjectEarlier reports whether a subject or topic (…은/는/이/가) stands
// before word i in its clause: a clause has one subject, so a body with 에서
// after it (국제 원유가는 21일 뉴욕 거래소에서 …) is where, not who.
func (r *reading) subjectEarlier(i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := r.words[k]
		if w.ends || w.verb && !w.adn || w.comma && !w.time {
			return false // but 국제 원유가격이11일, 뉴욕 상품 거래소에서; 브라질을 비롯한 … 세계 123개국에서
		}
		if (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && w.noun && !w.time {
			return true
		}
	}
	return false
}

// subjectLater reports whether a subject or topic (…은/는/이/가) follows
// word i in its clause, before any verb, comma or clause end: 이날
// 뉴욕상업거래소(NYMEX)에서 … 경질유(WTI)는 80센트 오르며. A clause has one
// subject, so a body with 에서 before it is where, as subjectEarlier
// reads one after it.
func (r *reading) subjectLater(i int) bool {
	for k := i + 1; k < len(r.words); k++ {
		w := r.words[k]
		if w.ends || w.verb && !w.adn || w.comma && !w.time || w.money || w.amt {
			return false
		}
		if (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && w.noun && !w.time {
			return true
		}
	}
	return false
}

// ownSubject reports whether the clause of amount a has its subject
// already: the amount itself with 이/가 (현금 500만 원이 사라져), or the
// noun m it measures, before it, with 이/가 (상금이 약 7억 달러에 달하는).
// A subject after the amount then belongs to another clause (경찰이, 미국
// 복권의 당첨자가), for a clause has one subject (docs/meaning.md
// "Fourteenth round: agent").
func (r *reading) ownSubject(a amount, m int) bool {
	if a.tail == "이" || a.tail == "가" {
		return true
	}
	return m >= 0 && m < a.first && (r.words[m].part == "이" || r.words[m].part == "가")
}
