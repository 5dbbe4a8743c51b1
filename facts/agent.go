package facts

import (
	"strings"
	"unicode/utf8"
)

// subjectParts are the particles that mark the subject or topic of a
// clause: 정부는, 기업이, 삼성전자가, 정부도, 한은에서는.
var subjectParts = setOf("은", "는", "이", "가", "께서", "도", "만", "에서는", "이나", "에서")

// topicParts mark the topic of a sentence: unlike 이/가, whose subject
// belongs to its clause, a topic is the subject of every clause after it
// (정부는 예산을 늘리고, 반도체에 1조 원을 투입한다).
var topicParts = setOf("은", "는", "께서", "도")

// pronouns are subjects that point back to someone the sentence before
// names (docs/meaning.md "Decisions from real text").
var pronouns = setOf("이들", "그", "그들", "그녀", "이곳", "이", "해당")

// agent finds who spends, pays, raises, earns, announces, receives or
// owns amount a, the j-th of the sentence (docs/meaning.md "agent"), in
// this order: the agent of the amount a bracket after it glosses; the
// owner of the amount or of the noun it measures (삼성전자의 영업이익 6조
// 원, 정부 예산 10조 원, 북중 교역액은); the subject of a clause that
// modifies that noun or the amount (북한이 수입한 사치품 액수가 …) or of
// which the amount is the object (6억 달러를 탈취한 해커들이); the nearest
// subject before it, in its clause or in the clauses joined to it by
// 고, 며, 지만 … — a clause of condition, time or purpose (…할 경우, …하기
// 전엔) has a subject of its own, which is stepped over — then after it;
// the agent of its list, of the value before it of the same quantity, or
// of the amount before it; the owner of a topic that names a thing
// (북한의 … 수출품은); a speaker or a source (…라고 정부가 밝혔다; X에
// 따르면); for a sentence that points back, the agent of the sentence
// before. A receiver (…에게, …에) is never the agent, and a noun that
// names money or a measure (교역액이) is none either. A noun no dictionary
// knows is an agent when the verb that governs the amount is one of paying,
// earning, giving or taking (인터파크는 … 과태료를 부과받은).
func (r *reading) agent(a amount, j int) string {
	if host, ok := r.bracketHost(a); ok && host >= 0 {
		return r.got[host].agent // 7000만원(원금 300만 원)
	}
	// 중소기업(57만원): the actor the bracket glosses.
	if w := r.words[a.first]; a.start > w.start && strings.HasSuffix(r.text[w.start:a.start], "(") {
		if stem := strings.TrimSuffix(r.text[w.start:a.start], "("); isActor(stem) {
			return stem
		}
	}
	// SK그룹의 미국에 대한 220억 달러: the owner past what it concerns.
	if b := a.before; b >= 2 && (r.words[b].raw == "대한" || r.words[b].raw == "관한") && r.words[b-1].part == "에" {
		if w := r.words[b-2]; w.part == "의" && w.actor {
			return r.agentPhrase(b - 2)
		}
	}
	// 삼성전자의 6조 원; in a list, 업비트의 5천만 달러 whoever 업비트 is.
	if a.before >= 0 {
		w := r.words[a.before]
		if w.part == "의" && !w.time && (w.actor || a.list && w.noun && !isThing(w.stem)) {
			return r.agentPhrase(a.before)
		}
	}
	m, ms := r.measuredSpan(a)
	if m >= 0 && r.words[m].part != "을" && r.words[m].part != "를" {
		if o := r.ownerOf(ms); o >= 0 {
			return r.agentPhrase(o)
		}
		// 북한이 수입한 사치품 액수가 …에 이른다; not 민간이 보유한 GPU를,
		// nor 북한이 벌어들인 불법 수익 150만 달러를 (당국이) 압류했다.
		if s := r.relativeSubject(ms-1, false); s >= 0 && a.tail != "을" && a.tail != "를" && isAgentVerb(r.words[ms-1].raw) {
			return r.agentPhrase(s)
		}
	}
	// 북한이 한국으로부터 빌려간 차관은 … 1조 원 규모입니다: the owner
	// or the subject of the clause on the noun the amount is said of.
	if m < 0 {
		if k := r.predicatedOf(a, false); k >= 0 {
			ks := r.phraseStart(k, 0)
			if o := r.ownerOf(ks); o >= 0 {
				return r.agentPhrase(o)
			}
			if v := ks - 1; v >= 0 && isAgentVerb(r.words[v].raw) {
				if s := r.relativeSubject(v, false); s >= 0 {
					return r.agentPhrase(s)
				}
			}
		}
	}
	// 연간 예산 1천억 달러가 넘는 교통부 조직: the body the amount sizes.
	if k := a.after; k+1 < len(r.words) && (a.tail == "이" || a.tail == "가" || a.tail == "에") && sizeVerbs[r.words[k].raw] && r.words[k+1].named {
		return r.agentPhrase(k + 1)
	}
	// 'DMM 비트코인'이 탈취 당한 3억800만 달러.
	if s := r.relativeSubject(a.before, true); s >= 0 {
		return r.agentPhrase(s)
	}
	// 6억 달러를 탈취했던 북한 연계 해커들이; … 달러의 무역 기록을 남긴
	// 중국이었습니다: the amount or its noun is the object of a verb whose
	// subject is the noun the verb modifies.
	if v, h := r.gapHead(a); h >= 0 {
		if n := copulaRE.ReplaceAllString(r.words[h].raw, ""); n != r.words[h].raw && isActor(n) {
			return n // … 손실을 낸 독일이었다
		}
		if r.words[h].actor {
			return r.phrase(max(r.nameStart(h), v+1), h)
		}
		if h-1 > v && startsDigit(r.words[h].stem) && r.words[h-1].actor {
			return r.phrase(max(r.nameStart(h-1), v+1), h) // … 모금한 기관 2곳을
		}
	}
	// FBI가 … 수억 달러 규모의 도난 사건에 대해 주의하도록 경고했다: an
	// amount in what is spoken about is no subject's.
	about := false
	if v := r.governing(a); v >= 0 && aboutVerbs[r.words[v].raw] {
		about = true
	}
	if i := r.subjectBefore(a); i >= 0 && !about {
		return r.resolve(i, a, j)
	}
	// 24억 달러는 국방부 주도로 진행됩니다: who leads the spending.
	for i := a.after; i+1 < len(r.words) && i <= a.after+6; i++ {
		if n := r.words[i+1].raw; r.words[i].actor && r.words[i].part == "" && (strings.HasPrefix(n, "주도로") || strings.HasPrefix(n, "주도하에") || strings.HasPrefix(n, "주관으로")) {
			return r.agentPhrase(i)
		}
	}
	ce := r.clauseEnd(a.last)
	for i := a.after; i <= ce && i < len(r.words) && i <= a.last+reach; i++ {
		if i == a.after && a.after > a.last && (a.tail == "" || a.tail == "인" || a.tail == "의") || classNouns[r.words[i].stem] {
			continue // 3천만 원 미만인 가구는: the noun the amount sorts; not 2천억 달러는 미국이
		}
		if i-1 > a.last && r.words[i-1].comma && !r.words[i-1].money && !r.words[i-1].amt {
			break // 10억 달러 상당으로, 한국 당국은 …: a clause after a comma is another's
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
			return p // 닐슨코리아는 … 비용은 47만 원으로 조사되었다고 밝혔다
		}
	}
	// 미국의 경우 … 담당할 2천억 달러: as for an actor, it is the actor's.
	if k := r.caseActor(a); k >= 0 {
		return r.agentPhrase(k)
	}
	// 북한의 지난해 대중국 최대 수출품은 …: the owner of a topic that is a
	// thing; 북한이 … 수입한 품목은 …: the subject of its clause.
	if t := r.thingTopic(); t >= 0 && t < a.first {
		if o := r.ownerOf(r.phraseStart(t, 0)); o >= 0 {
			return r.agentPhrase(o)
		}
		if v := r.phraseStart(t, 0) - 1; v >= 0 && isAgentVerb(r.words[v].raw) {
			if s := r.relativeSubject(v, false); s >= 0 {
				return r.agentPhrase(s) // but 장관이 서명한 법은: not who pays
			}
		}
	}
	// 조 바이든 대통령이 9일, … 2천 800억 달러를 투자하는 내용 등을 담은
	// 법안에 서명했습니다: the subject of the sentence, when the amount's
	// clause has none (docs/meaning.md "agent" 3).
	if h := r.headActor(a); h >= 0 {
		return r.agentPhrase(h)
	}
	// …을 투입한다고 정부가 밝혔다; … 사용된다고 유니세프는 설명했습니다;
	// ‘아시아프레스’에 따르면: a speaker no dictionary knows is one too,
	// unless a thing or a document (보고서는 … 밝혔다).
	for i := a.after; i < len(r.words) && i <= a.last+reach; i++ {
		if i-1 > a.last && r.words[i-1].comma && !r.words[i-1].verb {
			break // 10억 달러 상당으로, 당국은 … 확인했다고 전했다: not what the speaker says
		}
		if w := r.words[i]; r.isSubject(i) && r.speaks(i) && (w.actor || (w.noun || w.name) && !isThing(w.stem) && !documents[w.stem] && !places[w.stem] && !w.time && !pronouns[w.stem] && !oneHangul(w.stem)) {
			return r.agentPhrase(i)
		}
	}
	if s := r.source(); s >= 0 {
		return r.agentPhrase(s)
	}
	if r.back && r.carriesAgent() {
		if r.prevAgent != "" {
			return r.prevAgent
		}
		return r.before().sentenceAgent()
	}
	return ""
}

// sizeVerbs say that the amount sizes the noun after them: 1천억 달러가
// 넘는 교통부, 5조 원에 달하는 기금.
var sizeVerbs = setOf("넘는", "넘은", "달하는", "이르는", "육박하는", "달한", "이른")

// aboutVerbs say what is spoken about: an amount in their object is no
// subject's (… 사건에 대해 주의하도록 경고했다).
var aboutVerbs = setOf("대해", "대해서", "대한", "관해", "관한", "관련해", "관련된", "관련한")

// purposeWords close a clause of purpose: …을 위해.
var purposeWords = setOf("위해", "위해서", "위하여")

// documents are nouns of laws, documents and media: they state amounts
// but never spend, earn or announce them (이 법안은 520억 달러 이상의
// 자금을 … 지원하는 …, 보고서는 … 밝혔다).
var documents = setOf("법", "법안", "법률", "개정안", "법률안", "조약", "협정", "협약", "문건", "문서", "보고서", "자료",
	"공소장", "판결", "판결문", "성명", "성명서", "설명자료", "보도자료", "예산안", "지원안", "패키지", "조치", "계획", "방안",
	"정책", "제도", "합의", "합의안", "결의안", "행정명령", "지침", "규정", "명령", "선언")

// itemWords count the items of what the sentence before listed: 하나는
// …, 나머지는 …; they name no one.
var itemWords = setOf("하나", "둘", "셋", "나머지", "일부", "대부분", "절반", "전부", "다른 하나")

// headActor returns the subject that opens the sentence (…이, …가, …은,
// …는 among its first words, before any clause ends) when it names an
// actor and the clause of amount a has no subject of its own before the
// amount; -1 otherwise.
func (r *reading) headActor(a amount) int {
	h := r.headSubject()
	if h < 0 || h >= a.first || !r.words[h].actor || documents[r.words[h].stem] || !r.isSubject(h) {
		return -1
	}
	// FBI가 … 수억 달러 규모의 … 사건에 대해 주의하도록 경고했습니다: the
	// subject must do something with the amount, or say it.
	if v := r.governing(a); !(v >= 0 && (isAgentVerb(r.words[v].raw) || enactRE.MatchString(r.words[v].raw))) && !r.saysLast() {
		return -1
	}
	for i := h + 1; i < a.first; i++ {
		if w := r.words[i]; (w.part == "이" || w.part == "가" || w.part == "은" || w.part == "는") && w.noun && r.isSubject(i) && !w.time {
			return -1 // 비용은 …, 거래소가 …: the amount's clause has its own
		}
	}
	return h
}

// caseActor returns the actor of "X의 경우" (as for X) before amount a in
// its sentence, or -1.
func (r *reading) caseActor(a amount) int {
	for i := a.first - 1; i > 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if strings.HasPrefix(w.raw, "경우") && r.words[i-1].part == "의" && r.words[i-1].actor {
			return i - 1
		}
	}
	return -1
}

// ownerOf returns the actor that owns the noun phrase starting at word
// s (북한의 대중국 수입액은, 정부 예산, 북중 교역액은, 양국 간 교역액은),
// past the times between (현대차의 지난해 순이익은), or -1.
func (r *reading) ownerOf(s int) int {
	if s >= 0 && s+1 < len(r.words) {
		// 대기업 평균이, 기업 투자는: an actor that opens the phrase,
		// bare, owns the noun after it.
		if w := r.words[s]; w.actor && w.part == "" && !w.time && !w.comma && !places[w.stem] && r.words[s+1].noun && !r.words[s+1].actor {
			return s
		}
	}
	o := s - 1
	for o >= 0 && (r.words[o].time && r.words[o].part == "" || r.words[o].raw == "간" || r.words[o].raw == "사이") {
		o--
	}
	if o < 0 {
		return -1
	}
	w := r.words[o]
	if (w.part == "의" || w.part == "") && w.actor && !w.time && !w.comma {
		return o
	}
	// 북한의 지난해 대중국 최대 수출품은; 러시아의 부동산과 주식 등 자산은:
	// the owner past the modifiers and the items of a list.
	for k := o; k >= 0 && k >= o-5; k-- {
		p := r.words[k]
		if p.part == "의" {
			if p.actor && !p.time {
				return k
			}
			return -1
		}
		if p.part != "" && p.part != "와" && p.part != "과" || p.comma || p.verb {
			return -1
		}
	}
	return -1
}

// subjectBefore returns the nearest subject before amount a that may be
// its agent: in its clause, or in a clause joined to it as an equal (고,
// 며, 지만, 으나 …) — a clause of condition, time or purpose, or one that
// modifies a noun, is stepped over with its subject — or -1. A subject
// that names money or a measure is passed by; a pronoun is returned.
func (r *reading) subjectBefore(a amount) int {
	weak := -1
	own := true // still in the amount's own clause
	sub := -1   // the start of a clause of condition, time or purpose being stepped over
	for i := a.before; i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if i < sub {
			sub = -1
		}
		if w.ends && i <= a.before && !particleVerbs[w.raw] {
			if !r.joins(i) {
				// 요르단이 … 거부할 경우: the condition's subject is not
				// ours, but a topic before it is (김 지사는 주민들이 원할 경우).
				sub = r.clauseStart(i)
				if purposeWords[w.raw] && i > 0 {
					// 호주가 미사일 생산을 위해 …: a clause of purpose is its
					// object alone; a subject before it is the sentence's.
					sub = r.phraseStart(i-1, sub)
				}
				continue
			}
			if !own {
				continue
			}
			own = false
			if r.hasSubject(i+1, a.first) {
				break // 비용은 47만 원으로 조사되었다: its own topic, a thing
			}
		}
		if !r.isSubject(i) || sub >= 0 && !topicParts[w.part] {
			continue
		}
		// 응답자의 40%가: a share of an actor stands for it.
		if (isNumberWord(w.stem) || strings.HasSuffix(w.stem, "%")) && i > 0 && r.words[i-1].part == "의" && r.words[i-1].actor {
			return i - 1
		}
		if pronouns[w.stem] {
			return i
		}
		if !r.accepts(i, a) {
			continue
		}
		if weak >= 0 && (w.part == "이" || w.part == "가") && (r.words[weak].part == "은" || r.words[weak].part == "는") {
			return i // KT가 무궁화위성 2호는 … 팔았다: the 는 marks what is sold
		}
		if weak >= 0 {
			return weak
		}
		if w.actor {
			return i
		}
		weak = i // a noun no dictionary knows, unless …가 stands before it
	}
	return weak
}

// hasSubject reports whether words [from, to) hold a subject or topic.
func (r *reading) hasSubject(from, to int) bool {
	for k := from; k < to; k++ {
		if w := r.words[k]; (w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가") && w.noun && r.isSubject(k) {
			return true
		}
	}
	return false
}

// joins reports whether word i ends a clause that is joined to the next
// as an equal, sharing its subject: 인정하고, 추진해왔으나, -3.18%이고,
// 이지만; not one of condition, time or purpose (경우, 면, 전엔, 위해).
func (r *reading) joins(i int) bool {
	w := r.words[i].raw
	if clauseNouns[w] || conditional(r.words[i]) || strings.HasSuffix(w, "려면") || strings.HasSuffix(w, "도록") {
		return false
	}
	for _, e := range []string{"고", "며", "지만", "으나", "는데", "은데", "해", "여", "서", "고,", "였고", "이고"} {
		if strings.HasSuffix(w, e) {
			return !r.quotative(i)
		}
	}
	return r.words[i].comma && r.words[i].verb
}

// carriesAgent reports whether the sentence's pointer back stands for
// what the sentence before names (여기에는, 이 지역에는, 이에 따라, 이들),
// not only for how it goes on (이처럼, 이와 함께).
func (r *reading) carriesAgent() bool {
	for i := 0; i < len(r.words) && i < 3; i++ {
		w := r.words[i]
		if openers[w.raw] {
			continue
		}
		// Not 이처럼 (how it goes on), 이 밖에 (besides it), nor a law or a
		// document pointed at (이 법에는, 이 법안은): who acts is not said.
		return w.raw != "이처럼" && w.raw != "이와" && w.raw != "이런" && w.raw != "이러한" && w.raw != "이밖에" &&
			!(w.raw == "이" && i+1 < len(r.words) && (strings.HasPrefix(r.words[i+1].raw, "밖에") || strings.HasPrefix(r.words[i+1].raw, "외에") ||
				documents[r.words[i+1].stem]))
	}
	return true
}

// resolve returns the agent that subject word i names for amount a (the
// j-th), or "" when it names none. A pronoun (이들) is resolved to the
// sentence before. Subjects joined by 와/과 before 각각 share out a list
// of amounts in order (태국과 영국이 각각 171만 달러와 153만6천 달러).
func (r *reading) resolve(i int, a amount, j int) string {
	return r.resolveFrom(i, a, j, 0)
}

// resolveFrom is resolve with the agent's words starting no earlier than
// word floor.
func (r *reading) resolveFrom(i int, a amount, j, floor int) string {
	w := r.words[i]
	if pronouns[w.stem] {
		if p := r.sameAntecedent(i); p != "" {
			return p // … 리베라와 … 로즈홀트를 기소했으며, 이들은 … 받기로
		}
		if r.prev == "" {
			return ""
		}
		return r.before().antecedent(w.stem, r.prevAgent)
	}
	if i > 0 && pointedBy[r.words[i-1].raw] && !r.words[i-1].comma {
		// 이 단체는, 이 용의자가: the noun the sentence before names, or
		// none (docs/meaning.md "Decisions from real text").
		return r.pointedActor(w.stem)
	}
	if !r.accepts(i, a) {
		return ""
	}
	if !w.actor {
		// 교보문고의 '잇즈 베스트'는: what a known actor owns stands for it.
		if o := r.ownerOf(r.phraseStart(i, 0)); o >= 0 && r.words[o].part == "의" {
			return r.agentPhrase(o)
		}
	}
	s, items := r.agentSpan(i)
	s = max(s, floor)
	if len(items) > 1 {
		each := false
		for k := i + 1; k < a.first && k <= i+2; k++ {
			if r.words[k].raw == "각각" || r.words[k].raw == "각" {
				each = true // 태국과 영국이 각각 …: the subjects share out the list
			}
		}
		if each {
			if n := r.eachIndex(i, j, len(items)); n >= 0 {
				return items[n]
			}
		}
	}
	return r.phrase(s, i)
}

// eachIndex returns which of count items joined before word i (A와 B가
// 각각, A와 B의 가격은 각각) amount j stands for: the amounts of the list
// that starts with the first after word i share them out in order; -1
// when the list is not as long as the items.
func (r *reading) eachIndex(i, j, count int) int {
	var list []int
	for k := range r.amts {
		if r.amts[k].gloss >= 0 || r.amts[k].first <= i {
			continue
		}
		if len(list) > 0 && !r.amts[k].list {
			break
		}
		list = append(list, k)
	}
	if len(list) != count {
		return -1
	}
	for n, k := range list {
		if k == j {
			return n
		}
	}
	return -1
}

// pointedActor returns whom a subject pointed at (이 단체, 이 회사) stands
// for: the phrase of the sentence before that ends with the same noun
// and is not pointed at itself, or the name in quotation marks right
// after it (민간단체 ‘코리아 퓨처’도); "" when the sentence before names
// none.
func (r *reading) pointedActor(noun string) string {
	if r.prev == "" || noun == "" || documents[noun] || isThing(noun) {
		return "" // 이 법안은: a law names no one
	}
	p := r.before()
	for k, w := range p.words {
		if !strings.HasSuffix(w.stem, noun) || w.time || k > 0 && (p.words[k-1].raw == "이" || p.words[k-1].raw == "그" || p.words[k-1].raw == "해당") {
			continue
		}
		if k+1 < len(p.words) && p.words[k+1].quoteOpen && w.part == "" {
			for e := k + 1; e < len(p.words) && e <= k+6; e++ {
				if p.words[e].quoteClose {
					return p.phrase(k+1, e) // 민간단체 ‘코리아 퓨처’도
				}
			}
		}
		return p.agentPhrase(k)
	}
	if orgNouns[noun] {
		// 한빛전자가 …. 그 회사는: a body the sentence before names by
		// its name.
		if t := p.topic(); t >= 0 && p.words[t].actor && !(t > 0 && determiners[p.words[t-1].raw]) {
			return p.agentPhrase(t)
		}
		if h := p.headSubject(); h >= 0 && p.words[h].actor && !(h > 0 && determiners[p.words[h-1].raw]) {
			return p.agentPhrase(h)
		}
	}
	return ""
}

// orgNouns are common nouns of bodies that a demonstrative before them
// points back to a body named before: 이 회사, 그 기업, 이 단체.
var orgNouns = setOf("회사", "기업", "업체", "단체", "기관", "그룹", "조직", "매체", "은행", "거래소", "정부", "당국", "나라", "국가")

// sameAntecedent returns whom the plural pronoun at word i (이들, 그들)
// stands for when the same sentence names them before it, in an earlier
// clause (docs/meaning.md: a pronoun resolves first to what the same
// sentence names): the nearest noun phrase marked as subject or object
// there that names people, bodies or things that act (식당을 … 운영하고
// 있으며, 이들은); "" when there is none.
func (r *reading) sameAntecedent(i int) string {
	if st := r.words[i].stem; st != "이들" && st != "그들" {
		return ""
	}
	crossed := false // a clause must end between them
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		w := r.words[k]
		if w.ends {
			crossed = true
		}
		if !crossed || !w.noun && !w.name || w.time || w.money || pronouns[w.stem] {
			continue
		}
		if p := w.part; p != "을" && p != "를" && p != "이" && p != "가" && p != "은" && p != "는" {
			continue
		}
		if isThing(w.stem) || documents[w.stem] || places[w.stem] || itemWords[w.stem] || oneHangul(w.stem) || startsDigit(w.stem) {
			continue
		}
		if _, items := r.agentSpan(k); !w.actor && !w.name && len(items) < 2 && w.part != "을" && w.part != "를" {
			continue // 파악이 되고: a deed, not who; but 식당을 운영하고, 리베라와 로즈홀트를
		}
		if w.part != "을" && w.part != "를" && r.inRelative(k) {
			continue // 국정원이 언급하고 있는 파병 규모: the subject of a clause on a noun
		}
		return r.agentPhrase(k)
	}
	return ""
}

// inRelative reports whether the subject at word k belongs to a clause
// that modifies a noun: an adnominal verb follows it before any other
// verb (해커들이 훔친 돈), or a verb of …고 있는 (정보당국이 언급하고 있는).
func (r *reading) inRelative(k int) bool {
	for j := k + 1; j < len(r.words) && j <= k+5; j++ {
		w := r.words[j]
		if isAdnominal(w) && !w.ends {
			return true
		}
		if w.verb {
			if j+1 < len(r.words) && strings.HasSuffix(w.raw, "고") {
				n := r.words[j+1].raw
				return n == "있는" || n == "있던" || n == "있었던"
			}
			return false
		}
	}
	return false
}

// antecedent returns whom a pronoun subject (이들, 그) of the sentence
// after this one stands for: for 이들, a group counted in people here
// (방모 등 20대 두 명을); else the agent this sentence's amounts had, or
// its own agent.
func (r *reading) antecedent(pronoun, agent string) string {
	if pronoun == "이들" || pronoun == "그들" {
		for i := len(r.words) - 1; i >= 0; i-- {
			w := r.words[i]
			if w.stem == "명" || strings.HasSuffix(w.stem, "명") && isNumberWord(strings.TrimSuffix(w.stem, "명")) {
				s := i
				for s > 0 && i-s < 5 {
					p := r.words[s-1]
					if p.part != "" || p.comma || p.verb && !koreanNumerals[p.raw] || p.time {
						break
					}
					s--
				}
				if s < i {
					return r.text[r.words[s].start:r.words[i].stemEnd]
				}
			}
		}
	}
	if agent != "" {
		return agent
	}
	return r.sentenceAgent()
}

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
	if !w.quoteClose && (isThing(w.stem) || places[w.stem] || isRateNoun(w.stem) || documents[w.stem] || itemWords[w.stem]) {
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
	return v >= 0 && isAgentVerb(r.words[v].raw) || i == r.topic()
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
			if !strings.HasPrefix(n, "것") && !strings.HasPrefix(n, "데") && n != "바" && !strings.HasPrefix(n, "혐의") {
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
	if w.part == "에서" && !(w.actor && !countries[w.stem] && !places[w.stem]) {
		return false // 국회에서 … 통과시켰다, but 미국에서: where
	}
	if w.part != "은" && w.part != "는" {
		// 장관이 지난해 5월 서명한 법은: the subject of a clause that
		// modifies a noun, the adnominal verb within a few words.
		for k := i + 1; k < len(r.words) && k <= i+4; k++ {
			n := r.words[k]
			if n.verb && strings.HasSuffix(n.raw, "게") && !n.comma && k+1 < len(r.words) && r.words[k+1].verb {
				continue // 엄격하게 통제해 온: an adverb
			}
			if isAdnominal(n) && !(k+1 < len(r.words) && nominalizers[r.words[k+1].stem]) {
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
			if w.actor || w.quoteClose || apposed || any && (w.noun || w.name) && !isThing(w.stem) && !places[w.stem] {
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
		if isAdnominal(w) {
			h := -1
			for k := v + 1; k < len(r.words) && k <= v+5; k++ {
				n := r.words[k]
				if copulaRE.MatchString(n.raw) && k > v+1 || k == v+1 && copulaRE.MatchString(n.raw) {
					if countries[copulaRE.ReplaceAllString(n.raw, "")] || isActor(copulaRE.ReplaceAllString(n.raw, "")) {
						return v, k // … 무역 기록을 남긴 중국이었습니다
					}
				}
				if !n.noun && !n.name || stopNouns[n.stem] {
					break
				}
				h = k
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

// topic returns the word of the sentence's topic: its first noun marked
// with 은, 는 or 께서 that names an actor, or -1.
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
		if (topicParts[w.part] && w.part != "도" || w.part == "" && i+1 < len(r.words) && r.words[i+1].raw == "역시") && r.isSubject(i) &&
			!w.time && (w.actor || w.noun && !isThing(w.stem) && !places[w.stem] && !pronouns[w.stem] && r.saysLast()) {
			r.topicWord = i
			break
		}
	}
	return r.topicWord
}

// saysLast reports whether the sentence ends with a verb of paying,
// earning, giving, taking or saying: its topic is who does it (닐슨코리아는
// … 조사되었다고 밝혔다).
func (r *reading) saysLast() bool {
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		if w := r.words[i]; w.verb {
			return isAgentVerb(w.raw) || isSpeechWord(w.raw)
		}
	}
	return false
}

// thingTopic returns the sentence's first topic when it names a thing
// (북한의 지난해 대중국 최대 수출품은, 북중 교역액은), or -1.
func (r *reading) thingTopic() int {
	for i := range r.words {
		if i > reach || r.words[i].ends {
			break
		}
		w := r.words[i]
		if (w.part == "은" || w.part == "는") && w.noun && !w.actor && !w.time && !pronouns[w.stem] && !oneHangul(w.stem) {
			return i
		}
	}
	return -1
}

// sentenceAgent returns the agent of a sentence as a whole: its topic, or
// its first subject that names an actor; "" when it has none.
func (r *reading) sentenceAgent() string {
	if t := r.topic(); t >= 0 {
		return r.agentPhrase(t)
	}
	for i := range r.words {
		if i > reach {
			break
		}
		if !r.isSubject(i) || r.words[i].time || isThing(r.words[i].stem) {
			continue
		}
		if v := r.verbAfter(i); r.words[i].actor || v >= 0 && isAgentVerb(r.words[v].raw) && r.words[i].noun {
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
			// LG전자의 비행 계획에 따르면; … 연구원의 연구 결과에 의하면.
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if p := r.words[k]; p.part == "의" {
					if p.actor {
						return k
					}
					break
				}
			}
		}
	}
	return -1
}

// speaks reports whether the subject at word i is followed, in the next
// few words, by a verb of saying or announcing.
func (r *reading) speaks(i int) bool {
	for j := i + 1; j < len(r.words) && j <= i+4; j++ {
		if isSpeechWord(r.words[j].raw) {
			return true
		}
	}
	return false
}

// isAdnominal reports whether w is a verb that modifies the noun after it:
// 보유한, 배정된, 발표할, 있는.
func isAdnominal(w word) bool { return w.adn }

// adnominal is isAdnominal, worked out.
func adnominal(w word) bool {
	if !isVerbish(w) || w.comma {
		return false
	}
	for _, e := range []string{"해온", "돼온", "져온", "한", "된", "할", "될", "던", "는", "은", "인", "운", "른", "린", "난", "진", "간", "낸", "준", "쓴", "받은", "들인", "긴", "친", "킨", "빼앗긴", "넘은"} {
		if strings.HasSuffix(w.raw, e) {
			return true
		}
	}
	return false
}

// agentPhrase returns the agent that word i names, as written.
func (r *reading) agentPhrase(i int) string {
	if i > 0 && pointedBy[r.words[i-1].raw] && !r.words[i-1].comma && r.words[i].noun {
		return r.pointedActor(r.words[i].stem) // 이 회사의 매출, 이들 기업은: whom the sentence before names
	}
	s, _ := r.agentSpan(i)
	return r.phrase(s, i)
}

// pointedBy are the demonstratives that make the noun after them point
// back: 이 회사, 그 기업, 이들 기업, 해당 업체.
var pointedBy = setOf("이", "그", "이들", "그들", "해당")

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
		if !(p.actor || p.name || !isThing(p.stem) && !places[p.stem] && !p.verb) || moneyWords[p.stem] || p.amt {
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
	if w.quoteOpen {
		return i // ‘라자루스’가: the quotes close the name
	}
	if countries[baseName(w.stem)] {
		return i // 잠비아, not 아프리카 나라 잠비아
	}
	if w.quoteClose {
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
		// 트뤼도 총리, 레인 매니지먼트: a name may end as a particle does.
		named := (p.part == "도" || p.part == "인") && !p.comma && p.noun
		if p.part != "" && !named || p.comma || p.quoteClose || !p.noun && !p.name || p.time || determiners[p.raw] ||
			conjunctions[p.raw] || isPreQualifier(p.raw) || p.amt || p.verb || p.ends ||
			clauseNouns[p.raw] || stopNouns[p.stem] || moneyWords[p.stem] || strings.HasSuffix(p.raw, "는") || strings.HasSuffix(p.raw, "던") {
			break
		}
		s = k
	}
	// 북한의 사이버 범죄자들, 홍콩의 중개회사: a common noun of people or
	// firms takes the country it belongs to.
	if s > 0 && commonActor(stem) && !personTitles[stem] {
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
	if o := strings.LastIndexByte(p, '('); o > 0 && !strings.Contains(p[o:], ")") {
		p = strings.TrimSpace(p[:o]) // 무궁화위성 2호(1500억 …: the bracket is an aside
	}
	if k := strings.LastIndex(p, "등"); k > 0 && k == len(p)-len("등") && !strings.HasSuffix(p, " 등") {
		p = p[:k] // BBC등은
	}
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
