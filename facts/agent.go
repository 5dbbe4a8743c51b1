package facts

import (
	"strings"
)

// subjectParts are the particles that mark the subject or topic of a
// clause: 정부는, 기업이, 삼성전자가, 정부도, 한은에서는.
var subjectParts = setOf("은", "는", "이", "가", "께서", "도", "만", "에서는", "이나")

// topicParts mark the topic of a sentence: unlike 이/가, whose subject
// belongs to its clause, a topic is the subject of every clause after it
// (정부는 예산을 늘리고, 반도체에 1조 원을 투입한다).
var topicParts = setOf("은", "는", "께서", "도")

// pronouns are subjects that point back to someone the sentence before
// names (docs/meaning.md "Decisions from real text").
var pronouns = setOf("이들", "그", "그들", "그녀", "이곳", "이", "해당")

// agent finds who spends, pays, raises, earns, announces, receives or
// owns amount a, the j-th of the sentence (docs/meaning.md "agent"), in
// this order: the owner of the amount or of the noun it measures
// (삼성전자의 영업이익 6조 원, 정부 예산 10조 원); the subject of a clause
// that modifies the amount (북한이 수입한 사치품 액수가 …) or of which the
// amount is the object (6억 달러를 탈취한 해커들이); the nearest subject
// before it in its clause, then after it; the agent of the list or the
// amount it shares a quantity with, or of the amount before it; the topic
// of the sentence; a speaker or a source (…라고 정부가 밝혔다; X에 따르면);
// for a sentence that points back, the agent of the sentence before. A
// receiver (…에게, …에) is never the agent, and a noun that names money
// or a measure (교역액이) is none either. A noun no dictionary knows is an
// agent when it is the subject of a verb of paying, earning, giving or
// taking (인터파크는 … 과태료를 부과받은).
func (r *reading) agent(a amount, j int) string {
	// 삼성전자의 6조 원; in a list, 업비트의 5천만 달러 whoever 업비트 is.
	if a.before >= 0 {
		w := r.words[a.before]
		if w.part == "의" && !w.time && (w.actor || a.list && w.noun && !isThing(w.stem)) {
			return r.agentPhrase(a.before)
		}
	}
	m, ms := r.measuredSpan(a)
	if m >= 0 {
		// 북한의 대중국 수입액은, 정부 예산 10조 원, 북중 교역액은.
		o := ms - 1
		for o >= 0 && r.words[o].time && r.words[o].part == "" {
			o-- // 현대차의 지난해 순이익은
		}
		if o >= 0 {
			w := r.words[o]
			if (w.part == "의" || w.part == "") && w.actor && !w.time && !w.comma {
				return r.agentPhrase(o)
			}
		}
		// 북한이 수입한 사치품 액수가; not 민간이 보유한 GPU를 (what is
		// bought belongs to the seller).
		if s := r.relativeSubject(ms-1, false); s >= 0 && (isThing(r.words[m].stem) || topicParts[r.words[m].part] || r.words[m].part == "이" || r.words[m].part == "가") {
			return r.agentPhrase(s)
		}
	}
	// 'DMM 비트코인'이 탈취 당한 3억800만 달러.
	if s := r.relativeSubject(a.before, true); s >= 0 {
		return r.agentPhrase(s)
	}
	// 6억 달러를 탈취했던 북한 연계 해커들이: the amount is the object of
	// a verb whose subject is the noun it modifies.
	if h := r.gapHead(a); h >= 0 && r.words[h].actor {
		s := r.nameStart(h)
		for s <= h && (r.words[s].verb || isAdnominal(r.words[s])) {
			s++
		}
		for k := s; k < h; k++ {
			if isAdnominal(r.words[k]) {
				s = k + 1 // 5억 원을 가로챈 내부 직원: the verb is no name
			}
		}
		return r.phrase(s, h)
	}
	cs, ce := r.clauseStart(a.first), r.clauseEnd(a.last)
	for i := a.before; i >= cs && i >= a.first-reach; i-- {
		if r.isSubject(i) {
			if p := r.resolve(i, a, j); p != "" || pronouns[r.words[i].stem] {
				return p
			}
		}
	}
	for i := a.after; i <= ce && i < len(r.words) && i <= a.last+reach; i++ {
		if i == a.after && a.after > a.last || i > 0 && isAdnominal(r.words[i-1]) {
			continue // 3천만 원 미만인 가구는: the noun the amount sorts
		}
		if r.isSubject(i) && !r.measures(i) {
			floor := a.after
			if a.tail == "을" || a.tail == "를" {
				floor++ // 5억 원을 가로챈 내부 직원: the verb is no name
			}
			if p := r.resolveFrom(i, a, j, floor); p != "" {
				return p
			}
		}
	}
	if a.kin >= 0 && r.got[a.kin].agent != "" {
		return r.got[a.kin].agent
	}
	if j > 0 && r.got[j-1].agent != "" && r.amts[j-1].last >= a.first-reach {
		return r.got[j-1].agent
	}
	if t := r.topic(); t >= 0 && t < a.first {
		if p := r.resolve(t, a, j); p != "" {
			return p
		}
	}
	// …을 투입한다고 정부가 밝혔다; ‘아시아프레스’에 따르면.
	for i := a.after; i < len(r.words) && i <= a.last+reach; i++ {
		if r.isSubject(i) && r.speaks(i) && r.words[i].actor {
			return r.agentPhrase(i)
		}
	}
	if s := r.source(); s >= 0 {
		return r.agentPhrase(s)
	}
	if r.back {
		return r.before().sentenceAgent()
	}
	return ""
}

// resolve returns the agent that subject word i names for amount a (the
// j-th), or "" when it names none: a noun that names money or what the
// amount measures, a noun no dictionary knows whose verb is no verb of
// paying or earning. A pronoun (이들) is the agent of the sentence before.
// Subjects joined by 와/과 before 각각 share out a list of amounts in
// order (태국과 영국이 각각 171만 달러와 153만6천 달러).
func (r *reading) resolve(i int, a amount, j int) string {
	return r.resolveFrom(i, a, j, 0)
}

// resolveFrom is resolve with the agent's words starting no earlier than
// word floor.
func (r *reading) resolveFrom(i int, a amount, j, floor int) string {
	w := r.words[i]
	if pronouns[w.stem] {
		if r.prev == "" {
			return ""
		}
		return r.before().sentenceAgent()
	}
	if !r.accepts(i) {
		return ""
	}
	s, items := r.agentSpan(i)
	s = max(s, floor)
	if len(items) > 1 {
		each := false
		for k := i + 1; k < a.first; k++ {
			if r.words[k].raw == "각각" || r.words[k].raw == "각" {
				each = true
			}
		}
		if each {
			// The amounts of the list from the first after 각각.
			var list []int
			for k := range r.amts {
				if r.amts[k].gloss < 0 && r.amts[k].first > i && (k == j || r.amts[k].list || len(list) == 0) {
					if len(list) > 0 && !r.amts[k].list {
						break
					}
					list = append(list, k)
				}
			}
			for n, k := range list {
				if k == j && len(list) == len(items) {
					return items[n]
				}
			}
		}
	}
	return r.phrase(s, i)
}

// accepts reports whether subject word i may be an agent: a noun the
// dictionary knows as an actor, or any other noun that names no money,
// measure or time when the verb after it is one of paying, earning,
// giving, taking or saying.
func (r *reading) accepts(i int) bool {
	w := r.words[i]
	if w.time || !w.noun && !w.name || determiners[w.stem] || conjunctions[w.stem] {
		return false
	}
	if w.actor {
		return true
	}
	if isThing(w.stem) || places[w.stem] || isRateNoun(w.stem) {
		return false
	}
	v := r.verbAfter(i)
	return v >= 0 && isAgentVerb(r.words[v].raw)
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
// clause that modifies another noun (민간이 보유한 GPU).
func (r *reading) isSubject(i int) bool {
	w := r.words[i]
	if !subjectParts[w.part] && !(w.part == "" && i+1 < len(r.words) && r.words[i+1].raw == "역시") {
		return false
	}
	if w.part == "이" && (w.stem == "것" || w.stem == "게") {
		return false
	}
	if i+1 < len(r.words) && isAdnominal(r.words[i+1]) {
		return false
	}
	return true
}

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
	for i := v - 1; i >= 0 && i >= v-5; i-- {
		w := r.words[i]
		if w.ends || w.comma && !w.quoteClose {
			return -1
		}
		if w.part == "이" || w.part == "가" || w.part == "께서" {
			if w.time || w.stem == "것" || w.stem == "게" {
				return -1
			}
			if w.actor || any && (w.noun || w.name) && !isThing(w.stem) && !places[w.stem] || r.accepts(i) {
				return i
			}
			return -1
		}
	}
	return -1
}

// gapHead returns the noun that the verb after amount a modifies when a
// is its object and the clause has no subject of its own (6억 달러를
// 탈취했던 북한 연계 해커들이; 20억 원을 지원하는 신규 프로젝트), or -1.
func (r *reading) gapHead(a amount) int {
	if a.tail != "을" && a.tail != "를" {
		return -1
	}
	for v := a.after; v < len(r.words) && v <= a.after+3; v++ {
		w := r.words[v]
		if isAdnominal(w) {
			for h := v + 1; h < len(r.words) && h <= v+4; h++ {
				if r.words[h].part != "" || r.words[h].comma {
					if r.words[h].noun {
						return h
					}
					return -1
				}
				if !r.words[h].noun {
					return -1
				}
			}
			return -1
		}
		if w.verb || w.part == "이" || w.part == "가" || w.comma {
			return -1
		}
	}
	return -1
}

// topic returns the word of the sentence's topic: its first noun marked
// with 은, 는 or 께서 that may be an agent, or -1.
func (r *reading) topic() int {
	if r.topicSet {
		return r.topicWord
	}
	r.topicSet = true
	for i := range r.words {
		if i > reach {
			break
		}
		w := r.words[i]
		if (topicParts[w.part] || w.part == "" && i+1 < len(r.words) && r.words[i+1].raw == "역시") && r.isSubject(i) && r.accepts(i) {
			r.topicWord = i
			break
		}
	}
	return r.topicWord
}

// sentenceAgent returns the agent of a sentence as a whole: its topic, or
// its first subject that may be an agent; "" when it has none.
func (r *reading) sentenceAgent() string {
	if t := r.topic(); t >= 0 {
		return r.agentPhrase(t)
	}
	for i := range r.words {
		if i > reach {
			break
		}
		if r.isSubject(i) && r.words[i].actor {
			return r.agentPhrase(i)
		}
	}
	return ""
}

// source returns the word naming the source the sentence reports
// (‘아시아프레스’에 따르면, 정의당 추산에 의하면), or -1.
func (r *reading) source() int {
	for i := 0; i+1 < len(r.words) && i < reach; i++ {
		w, n := r.words[i], r.words[i+1]
		if (w.part == "에" || w.stem == "추산에" || w.part == "에서") && (strings.HasPrefix(n.raw, "따르면") || strings.HasPrefix(n.raw, "의하면")) {
			if w.actor || w.name {
				return i
			}
			if i > 0 && (w.stem == "추산" || w.stem == "보도자료" || w.stem == "발표" || w.stem == "자료") && r.words[i-1].actor {
				return i - 1 // 정의당 추산에 의하면
			}
		}
	}
	return -1
}

// speaks reports whether the subject at word i is followed, in the next
// few words, by a verb of saying or announcing.
func (r *reading) speaks(i int) bool {
	for j := i + 1; j < len(r.words) && j <= i+4; j++ {
		if speechRE.MatchString(r.words[j].raw) {
			return true
		}
	}
	return false
}

// isAdnominal reports whether w is a verb that modifies the noun after it:
// 보유한, 배정된, 발표할, 있는.
func isAdnominal(w word) bool {
	if !isVerbish(w) || w.comma {
		return false
	}
	for _, e := range []string{"한", "된", "할", "될", "던", "는", "은", "인", "운", "른", "린", "난", "진", "간", "낸", "준", "쓴", "받은", "들인", "긴", "친", "킨", "빼앗긴", "넘은"} {
		if strings.HasSuffix(w.raw, e) {
			return true
		}
	}
	return false
}

// agentPhrase returns the agent that word i names, as written.
func (r *reading) agentPhrase(i int) string {
	s, _ := r.agentSpan(i)
	return r.phrase(s, i)
}

// agentSpan returns the first word of the agent that word i names, and
// the agents it joins when it names several (미국과 한국): its noun with
// the words before it that belong to the name — a quoted name from its
// opening quote (‘탱고 카드’), the name, rank or organisation before a
// title or a person (조 바이든 대통령, 내부 직원 송아무개씨), the place
// before an organisation (대한민국 국회), the words that narrow a common
// noun (북한 사이버 범죄자들, 홍콩의 중개회사) — and the names joined to
// it by 와/과 or a comma (예스24와 알라딘, 교보문고).
func (r *reading) agentSpan(i int) (int, []string) {
	s := r.nameStart(i)
	items := []string{r.phrase(s, i)}
	for s > 0 && len(items) < 5 {
		p := r.words[s-1]
		if !(p.part == "와" || p.part == "과" || p.comma && p.part == "" && !p.verb) || p.time || !(p.noun || p.name) || p.verb {
			break
		}
		if !(p.actor || p.name || r.words[i].actor && !isThing(p.stem) && !places[p.stem]) {
			break
		}
		k := r.nameStart(s - 1)
		items = append([]string{r.phrase(k, s-1)}, items...)
		s = k
	}
	if len(items) == 1 {
		items = nil
	}
	return s, items
}

// nameStart returns the first word of the name that ends with word i.
func (r *reading) nameStart(i int) int {
	w := r.words[i]
	if w.quoteClose && !w.quoteOpen {
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if r.words[k].quoteOpen {
				return k
			}
			if r.words[k].part != "" || r.words[k].comma {
				break
			}
		}
	}
	stem := strings.TrimSuffix(w.stem, "들")
	limit := 3
	if orgNames[baseName(stem)] && !countries[stem] {
		limit = 2
	}
	s := i
	for k := i - 1; k >= 0 && i-k <= limit; k-- {
		p := r.words[k]
		if p.part != "" || p.comma || p.quoteClose || !p.noun && !p.name || p.time || determiners[p.raw] ||
			conjunctions[p.raw] || isPreQualifier(p.raw) || amountWordRE.MatchString(p.raw) || p.verb || p.ends || clauseNouns[p.raw] {
			break
		}
		s = k
	}
	// 북한의 사이버 범죄자들, 홍콩의 중개회사: a common noun of people or
	// firms takes the country it belongs to.
	if s > 0 && (personNouns[stem] || actorNouns[stem] || isPerson(stem)) && !personTitles[stem] {
		p := r.words[s-1]
		if p.part == "의" && (countries[p.stem] || places[p.stem]) {
			s--
		}
	}
	return s
}

// phrase returns words s to i of the sentence as written, without the
// particle of word i and the quotation marks around it.
func (r *reading) phrase(s, i int) string {
	p := r.text[r.words[s].start:r.words[i].stemEnd]
	return trimQuotes(p)
}

// trimQuotes removes the quotation marks a phrase does not open and
// close itself: ‘성과 생식 보건’ 분야 keeps them, 보건’ 분야 does not.
func trimQuotes(p string) string {
	p = strings.TrimSpace(p)
	opens, closes := 0, 0
	for _, r := range p {
		switch {
		case strings.ContainsRune(`‘“「『《`, r):
			opens++
		case strings.ContainsRune(`’”」』》`, r):
			closes++
		}
	}
	if opens != closes {
		p = strings.Map(func(r rune) rune {
			if strings.ContainsRune(`‘’“”「」『』《》`, r) {
				return -1
			}
			return r
		}, p)
	}
	return strings.Trim(p, ` '"`)
}
