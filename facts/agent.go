package facts

import (
	"strings"
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

// personPronouns are the pronouns of persons that point at no one the
// sentence before names: the reflexive (자신, 자기, 본인) and the second
// and first persons (귀하, 당신, 우리, 저희), a closed class. Whoever they
// stand for, they are who, never the thing an amount measures.
var personPronouns = setOf("자신", "자기", "본인", "귀하", "당신", "우리", "저희")

// glossAfter returns the amount in brackets right after amount a that
// glosses it in another currency, or a zero amount.
func (r *reading) glossAfter(a amount) amount {
	for _, b := range r.amts {
		if b.gloss >= 0 && b.start > a.start && b.start-a.end <= len("(약 ") && r.amts[b.gloss].start == a.start {
			return b
		}
	}
	return amount{}
}

// countedAs reports whether amount a is what the object before it was
// counted as (북중 무역 총액을 15억 달러로 집계해): the one who counts only
// reports the figure; the object's owner is its agent.
func (r *reading) countedAs(a amount) bool {
	if g := r.glossAfter(a); g.end > 0 {
		a = g // 24억800만달러(2조6천197억원)로 추정해: the gloss's particle
	}
	if (a.tail != "로" && a.tail != "으로") || a.after >= len(r.words) {
		return false
	}
	w := r.words[a.after].raw
	for _, v := range []string{"집계", "추산", "추정", "파악", "산정", "계산", "예상", "전망"} {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

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
	r.path = "" // took names the rule that returns; none named is a rule unnamed (TestAgentPaths)
	if r.penaltyOfLaw(a) || r.classByAttribute(a) || r.bareAttributeClass(a) || r.boundTarget(a) || r.boundInClassClause(a) || r.boundOfClass(a) || r.boundInBracket(a) {
		return r.took("classBound", "") // 자산이 1조원이 넘는 억만장자: a bound sorting a class is nobody's
	}
	if r.inQuotedName(a) {
		return r.took("quotedName", "") // '간도 15만원 사건': an amount in a name, nobody's (agent_quoted_name.go)
	}
	if d := r.dealtThing(a); d != "" && !sharePriceOf(d) {
		return r.took("dealtThing", "") // … 전용 84㎡는 9억원에 거래됐다: the thing traded is nobody (6a)
	}
	if k := r.closingSubject(a); k >= 0 {
		// '에스티큐브'가 … 6,140원에 거래를 마감했다: the company's closing price (6a)
		return r.took("closingPrice", strings.NewReplacer("‘", "", "’", "", "'", "", "\"", "").Replace(bareName(r.agentPhrase(k))))
	}
	if r.glossCompared(a) {
		return r.took("glossCompared", "") // 경쟁제품인 롯데 몽쉘(9천원)보다 20% 저렴하다: a price compared with, nobody's deed
	}
	if r.fundSource(a) {
		return r.took("fundSource", "") // 국비 200억 원, 도비 21억 원: the payer named by the word of money (agent_fund_source.go)
	}
	if _, ag, ok := r.bracketItem(a); ok {
		return r.took("bracketItem", ag) // 기관의 순매수 상위 종목은 누리화학(301억원), …: the list's frame (list_bracket.go)
	}
	if _, k, ok := r.bracketMeasure(a); ok && !r.glossesName(k) {
		return r.took("classBracket", "") // 가맹점(연 매출 5억~30억원): a bound of a class in brackets is nobody's (list_gloss.go)
	}
	if t := r.parallelTopic(a); t >= 0 {
		return r.took("parallelTopic", r.agentPhrase(t)) // 장남은 …을, 차남은 … 1억200만원과: each topic its own object (list_parallel.go)
	}
	if o := r.itemOwner(a, j); o >= 0 {
		if p := bareName(r.agentPhrase(o)); !junkAgent(p) {
			return r.took("itemOwner", p) // 삼성그룹 3천836억원, LG그룹 3천342억원 …
		}
		return r.took("itemUnit", "") // 교실당 50만원, …: the unit of a rate, nobody
	}
	if s := r.suspect(a); s >= 0 {
		// … 손해를 끼친 혐의로 … 회장을 고발했다; 김모(40)씨를: without the age.
		return r.took("suspect", strings.TrimSpace(asideRE.ReplaceAllString(countBracketRE.ReplaceAllString(personBracketRE.ReplaceAllString(r.agentPhrase(s), ""), ""), "")))
	}
	if c := r.imposer(a); c >= 0 {
		// 1·2심은 성씨가 … 돈을 받아 … 벌금 300만원을 선고했다: the court.
		return r.took("imposer", strings.TrimSpace(asideRE.ReplaceAllString(r.agentPhrase(c), "")))
	}
	if o := r.orderer(a); o >= 0 {
		// "… 4000만원을 배상하라"고 판결했다: who orders or demands it.
		return r.took("orderer", strings.TrimSpace(asideRE.ReplaceAllString(r.agentPhrase(o), "")))
	}
	if z := r.seizer(a); z >= 0 {
		return r.took("seizer", r.agentPhrase(z)) // 미국은 … 중앙은행의 자산 70억 달러를 동결했다: who freezes it (A8)
	}
	if g := r.glossedActor(a); g >= 0 {
		return r.took("glossedActor", r.agentPhrase(g)) // 개인투자자 7천여명(투자금액 3천억원)이
	}
	p := countBracketRE.ReplaceAllString(personBracketRE.ReplaceAllString(r.agentOf(a, j), ""), "") // 운동선수(396명)의 체납액, 남(21·여)모씨
	p = strings.TrimSpace(asideRE.ReplaceAllString(p, ""))                                          // 형사합의38부(심우용 …
	if strings.HasPrefix(p, "주)") {
		p = "(" + p // (주)용산역세권개발: the mark of a company opens its name
	}
	p = percentBracketRE.ReplaceAllString(p, "") // 삼성전자(-0.14%): the share's move, no part of the name (agent_amount_tail.go)
	if p = afterAmountTail(beforeOpenBracket(afterQuoteMark(afterAside(p)))); junkAgent(p) {
		if p != "" {
			r.path += "+junk" // a phrase that names nobody, dropped
		}
		return ""
	}
	if k := r.quotedActor(a, p); k >= 0 && (strings.HasPrefix(r.path, "subjectBefore") || strings.HasPrefix(r.path, "topic")) {
		r.path += "+quotedActor" // 두 나라가 "합의한 액수는 … 1조389억원"이라고 말했습니다: the clause's actor, not its sayer (E1)
		return strings.TrimSpace(asideRE.ReplaceAllString(r.agentPhrase(k), ""))
	}
	return p
}

// agentOf is agent, before the agents that name nobody are dropped.
func (r *reading) agentOf(a amount, j int) string {
	if r.penaltyOfLaw(a) {
		return r.took("penaltyOfLaw", "") // 3년 이하의 징역 또는 6천만원 이하의 벌금: a law's maximum, nobody's to pay
	}
	if host, ok := r.bracketHost(a); ok && host >= 0 {
		return r.took("bracketHost", r.got[host].agent) // 7000만원(원금 300만 원)
	}
	if o, ok := r.bracketMeasureOwner(a); ok {
		return r.took("bracketMeasureOwner", o) // JYP엔터테인먼트(시총 8,483억원): the name glossed (agent_bracket_owner.go)
	}
	// 중소기업(57만원): the actor the bracket glosses.
	if w := r.words[a.first]; a.start > w.start && strings.HasSuffix(r.text[w.start:a.start], "(") {
		if stem := strings.TrimSuffix(r.text[w.start:a.start], "("); isActor(stem) {
			if s := r.nameStart(a.first); s < a.first {
				return r.took("bracketActorName", strings.TrimSuffix(r.text[r.words[s].start:a.start], "(")) // 최태원 SK그룹 회장(559억9천만원)
			}
			return r.took("bracketActor", stem)
		}
		if stem, ok := r.glossedName(a); ok {
			return r.took("glossedName", stem) // 루이뷔통(284억 달러)이: the name the bracket glosses
		}
	}
	// SK그룹의 미국에 대한 220억 달러: the owner past what it concerns.
	if b := a.before; b >= 2 && (r.words[b].raw == "대한" || r.words[b].raw == "관한") && r.words[b-1].part == "에" {
		if w := r.words[b-2]; w.part == "의" && w.actor {
			return r.took("ownerPastConcern", r.agentPhrase(b-2))
		}
	}
	if t := r.recordTopic(a); t >= 0 {
		return r.took("recordTopic", r.phrase(t, t)) // 다우키움은 자산총액 5조원을 기록해: agent_record.go
	}
	if h := r.headOwner(a); h >= 0 {
		return r.took("headOwner", r.phrase(h, h)) // 시장 가치 5조원인 카카오뱅크의: agent_head_owner.go
	}
	if o := r.ownerPastTime(a); o >= 0 {
		return r.took("ownerPastTime", r.agentPhrase(o)) // 카카오뱅크의 올해 약 600억원의: agent_owner_time.go
	}
	// 삼성전자의 6조 원; in a list, 업비트의 5천만 달러 whoever 업비트 is.
	if a.before >= 0 {
		w := r.words[a.before]
		if w.part == "의" && !w.time && (w.actor || a.list && w.noun && !isThing(w.stem)) {
			return r.took("ownerBefore", r.agentPhrase(a.before))
		}
	}
	// 조 바이든 행정부의 핵심 정책인 1조 달러 규모 인프라 투자 계획: the
	// owner of the noun in apposition before the amount.
	if b := a.before; b >= 0 && r.words[b].part == "인" && r.words[b].noun && !r.words[b].actor && !startsDigit(r.words[b].stem) && b == a.first-1 {
		if o := r.ownerOf(r.phraseStart(b, 0)); o >= 0 {
			return r.took("apposOwner", r.agentPhrase(o))
		}
	}
	// 2위는 한국과학기술원으로 7천833만원: whom a topic of rank or kind
	// identifies holds the amount.
	if s, e := r.identified(a); e >= 0 {
		return r.took("identified", r.phrase(s, e))
	}
	if s, e := r.identifiedLast(a); e >= 0 {
		return r.took("identifiedLast", withoutCopula(r.text[r.words[s].start:r.words[e].end])) // … 정몽구 회장입니다
	}
	// 징둥닷컴은 3천 500억 위안의 매출을 기록했다: what only a body has,
	// sized by the amount, is the opening topic's.
	if a.tail == "의" && a.after < len(r.words) && bodyNoun(r.words[a.after].stem) {
		if t := r.topicBefore(a); t >= 0 && (r.words[t].actor || nameLike(r.words[t])) {
			return r.took("bodyNounTopic", r.agentPhrase(t))
		}
	}
	// 우리나라 1인당 명목 GDP는 5만3113달러: the people a per-capita
	// measure is counted over own it (the eighth round left it open).
	if k := r.perCapitaOwner(a); k >= 0 {
		return r.took("perCapita", r.phrase(r.nameStart(k), k))
	}
	m, ms := r.measuredSpan(a)
	// 5천원 정도의 … 본인부담금을 내야 한다: a bare noun of people glued
	// before a charge they pay is its agent (ninth round, P3).
	if k := r.chargePayer(a); k >= 0 {
		return r.took("chargePayer", r.phrase(k, k))
	}
	if m >= 0 && r.listTotal(a) && r.measuredInItem(a, j) {
		m = -1 // … 방북비용 300만 달러 등 총 800만 달러: the last item's noun and its owner are not the total's (list_total.go)
	}
	if m >= 0 && (r.words[m].part != "을" && r.words[m].part != "를" || r.countedAs(a)) {
		// 북한의 원-달러 환율이 1만4천200원: a country's exchange rate is
		// nobody's spending; who reports it may be the agent.
		if o := r.ownerOf(ms); o >= 0 && !(isRateNoun(r.words[m].stem) && (countries[r.words[o].stem] || places[r.words[o].stem])) {
			return r.took("measuredOwner", r.agentPhrase(o))
		}
		if bodyNoun(r.words[m].stem) && ms > 0 && (r.words[m].part == "이" || r.words[m].part == "가") && r.nameTopic(0) && !r.hasSubject(1, ms) {
			return r.took("measuredBodyTopic", r.agentPhrase(0)) // 다스는 … 지난해 매출이 5조원에 육박한다: the topic's earnings
		}
		if r.countedAs(a) && (r.words[m].part == "을" || r.words[m].part == "를") {
			return r.took("countedNull", "") // 보잉 측은 … 부대 비용을 24억 달러로 추정해: who counts is a source
		}
		// 북한이 수입한 사치품 액수가 …에 이른다; not 민간이 보유한 GPU를,
		// nor 북한이 벌어들인 불법 수익 150만 달러를 (당국이) 압류했다.
		subjectNoun := r.words[m].part == "이" || r.words[m].part == "가" // 중앙정부가 진 빚이 500조원을 돌파해
		if s := r.relativeSubject(ms-1, false); s >= 0 && (a.tail != "을" && a.tail != "를" || subjectNoun) && (isAgentVerb(r.words[ms-1].raw) || owesDebt(r.words[ms-1].raw, r.words[m].stem)) {
			return r.took("measuredRelSubject", r.agentPhrase(s))
		}
	}
	// … 5천만 달러였던 누리국의 부채는: the owner of the noun a copula's
	// clause says the amount was (rule 1; S4: a figure takes its owner
	// before any source or sayer that tells it).
	if m < 0 {
		if o := r.copulaOwner(a); o >= 0 {
			return r.took("copulaOwner", r.agentPhrase(o))
		}
	}
	// 북한이 한국으로부터 빌려간 차관은 … 1조 원 규모입니다: the owner
	// or the subject of the clause on the noun the amount is said of.
	if m < 0 {
		if k := r.predicatedOf(a, false); k >= 0 {
			ks := r.phraseStart(k, 0)
			if t := r.outerTopic(a, k, ks); t >= 0 {
				return r.took("outerTopic", r.agentPhrase(t)) // 누리군은 지난해 창업 지원금은 …: the first of two topics (agent_outer_topic.go)
			}
			if o := r.ownerOf(ks); o >= 0 {
				return r.took("predicatedOwner", r.agentPhrase(o))
			}
			if v := ks - 1; v >= 0 && isAgentVerb(r.words[v].raw) {
				if s := r.relativeSubject(v, false); s >= 0 {
					return r.took("predicatedRelSubject", r.agentPhrase(s))
				}
			}
		}
	}
	// 연간 예산 1천억 달러가 넘는 교통부 조직: the body the amount sizes.
	if k := a.after; k+1 < len(r.words) && (a.tail == "이" || a.tail == "가" || a.tail == "에") && sizeVerbs[r.words[k].raw] && r.words[k+1].named {
		return r.took("sizedBody", r.agentPhrase(k+1))
	}
	// 'DMM 비트코인'이 탈취 당한 3억800만 달러.
	if s := r.relativeSubject(a.before, true); s >= 0 {
		if movesLevel(r.words[a.before].raw) && !r.words[s].actor {
			// 난방유 선물이 42.8센트 하락한 갤런당 5.5501달러: what rose or
			// fell is a measure, no one who holds the amount.
			return r.took("movedMeasure", "")
		}
		return r.took("relSubjectBefore", r.agentPhrase(s))
	}
	// 6억 달러를 탈취했던 북한 연계 해커들이; … 달러의 무역 기록을 남긴
	// 중국이었습니다: the amount or its noun is the object of a verb whose
	// subject is the noun the verb modifies.
	if o := r.summedOwner(a); o >= 0 {
		return r.took("summedOwner", r.phrase(r.bareNounsBefore(o), o)) // 참여 업체들의 시가 총액을 모두 합치면 약 75조원에 달한다 (agent_summed.go)
	}
	if v, h := r.gapHead(a); h >= 0 {
		if n := withoutCopula(r.words[h].raw); n != r.words[h].raw && isActor(n) {
			return r.took("gapCopula", n) // … 손실을 낸 독일이었다
		}
		if r.words[h].actor || a.tail == "에" && nameLike(r.words[h]) && topicParts[r.words[h].part] {
			return r.took("gapHead", r.phrase(max(r.nameStart(h), v+1), h)) // … 1억 달러에 계약한 해밀턴은: a name no dictionary knows too
		}
		if h-1 > v && startsDigit(r.words[h].stem) && r.words[h-1].actor {
			return r.took("gapHeadCount", r.phrase(max(r.nameStart(h-1), v+1), h)) // … 모금한 기관 2곳을
		}
	}
	// 일론 머스크의 재산이 … 3천억 달러를 돌파했다: the owner of what only
	// a body has, the subject of the amount's clause.
	if o := r.bodySubjectOwner(a); o >= 0 {
		return r.took("bodySubjectOwner", r.agentPhrase(o))
	}
	if v, h := r.chainHead(a); h >= 0 {
		return r.took("chainHead", r.phrase(max(r.nameStart(h), v+1), h)) // … 내지 않으려고 달아나다 … 휘두른 20대 남성이
	}
	// FBI가 … 수억 달러 규모의 도난 사건에 대해 주의하도록 경고했다: an
	// amount in what is spoken about is no subject's.
	about := false
	if v := r.governing(a); v >= 0 && aboutVerbs[r.words[v].raw] {
		about = true
	}
	if r.foundMoney(a) {
		return r.took("foundMoney", "") // 관세청은 … 총 4천465억원을 적발한, 검찰은 … 140만달러의 돈을 추적하고: who finds money is no owner
	}
	if r.goodsPricedIdle(a) {
		return r.took("goodsIdle", "") // A씨는 … 2억900만원 짜리 벤츠 차량을 … 부순: goods priced, no one's deed of the definition
	}
	if c := r.conditionDoer(a); c >= 0 {
		return r.took("conditionDoer", r.agentPhrase(c)) // 성범죄자가 … 제출하면 … 500만원 이하 벌금형을 받는다
	}
	if r.forecastFigure(a) {
		return r.took("forecastFigure", "") // 당초 전망된 180억 달러: a foreseen figure, no one's (agent_forecast.go)
	}
	if i := r.subjectBefore(a); i >= 0 && !about && !r.reporterOnly(i, a) {
		if k, ok := r.quoteInnerSubject(i, a); ok {
			if k < 0 {
				return r.took("quoteInnerThing", "") // 박 의원은 “… 31평형은 … 1억5천만원 정도 됐다”며: a thing's price (agent_quote_inner.go)
			}
			return r.took("quoteInner", r.resolve(k, a, j)) // the quotation's own subject, not its sayer (S2)
		}
		if r.copulaKind(i) {
			return r.took("copulaKind", "") // 누리패스는 월 5만원에 … 카드다: a thing defined (agent_copula_kind.go)
		}
		if n := r.asideName(i); n != "" {
			return r.took("asideHost", n) // 우리은행(지분 13.79%)이: the name, not its aside (agent_aside_subject.go)
		}
		return r.took("subjectBefore", r.resolve(i, a, j))
	}
	// 24억 달러는 국방부 주도로 진행됩니다: who leads the spending.
	for i := a.after; i+1 < len(r.words) && i <= a.after+6; i++ {
		if n := r.words[i+1].raw; r.words[i].actor && r.words[i].part == "" && (strings.HasPrefix(n, "주도로") || strings.HasPrefix(n, "주도하에") || strings.HasPrefix(n, "주관으로")) {
			return r.took("leadsSpending", r.agentPhrase(i))
		}
	}
	ce := r.clauseEnd(a.last)
	if r.ownSubject(a, m) {
		ce = -1 // 현금 500만 원이 사라져 경찰이: a clause has one subject, and the amount's has its own
	}
	for i := a.after; i <= ce && i < len(r.words) && i <= a.last+reach; i++ {
		if r.listItemTopic(i) || r.isSubject(i) && pronouns[r.words[i].stem] {
			break // 자본금은 9억원, 케이뱅크는 160억원: the next item's topic; 7063억원으로 이는 …: the figure itself (agent_wordform.go)
		}
		if i == a.after && a.after > a.last && (a.tail == "" || a.tail == "인" || a.tail == "의") || classNouns[r.words[i].stem] {
			continue // 3천만 원 미만인 가구는: the noun the amount sorts; not 2천억 달러는 미국이
		}
		if i-1 > a.last && r.words[i-1].comma && !r.words[i-1].money && !r.words[i-1].amt {
			break // 10억 달러 상당으로, 한국 당국은 …: a clause after a comma is another's
		}
		// Only a subject that can act (an actor noun or a name) is taken:
		// 혐의가, 수 없, 공장이 after the amount are subjects of their own
		// predicates, not the one who paid (prune25: 10 right of 23 before).
		if r.isSubject(i) && !r.measures(i) && (r.words[i].actor || r.words[i].name) {
			floor := a.after
			if a.tail == "을" || a.tail == "를" {
				floor++ // 5억 원을 가로챈 내부 직원: the verb is no name
			}
			if p := r.resolveFrom(i, a, j, floor); p != "" {
				return r.took("subjectAfter", p)
			}
		}
	}
	if a.kin >= 0 && r.got[a.kin].agent != "" {
		return r.took("kin", r.got[a.kin].agent)
	}
	if j > 0 && r.got[j-1].agent != "" && r.amts[j-1].last >= a.first-reach {
		return r.took("prevAmount", r.got[j-1].agent)
	}
	if t := r.topic(); t >= 0 && t < a.first && !(r.forecastLast() && r.measureTopicBetween(t, a)) && !r.reporterOnly(t, a) {
		if p := r.resolve(t, a, j); p != "" {
			return r.took("topic", p) // 닐슨코리아는 … 비용은 47만 원으로 조사되었다고 밝혔다
		}
	}
	// 미국의 경우 … 담당할 2천억 달러: as for an actor, it is the actor's.
	if k := r.caseActor(a); k >= 0 {
		return r.took("caseActor", r.agentPhrase(k))
	}
	// 북한의 지난해 대중국 최대 수출품은 …: the owner of a topic that is a
	// thing; 북한이 … 수입한 품목은 …: the subject of its clause.
	if t := r.thingTopic(); t >= 0 && t < a.first && !reportsOthers(r.words[t].stem) {
		if o := r.ownerOf(r.phraseStart(t, 0)); o >= 0 {
			return r.took("thingTopicOwner", r.agentPhrase(o))
		}
		if v := r.phraseStart(t, 0) - 1; v >= 0 && isAgentVerb(r.words[v].raw) {
			if s := r.relativeSubject(v, false); s >= 0 {
				return r.took("thingTopicRelSubject", r.agentPhrase(s)) // but 장관이 서명한 법은: not who pays
			}
		}
	}
	// 조 바이든 대통령이 9일, … 2천 800억 달러를 투자하는 내용 등을 담은
	// 법안에 서명했습니다: the subject of the sentence, when the amount's
	// clause has none (docs/meaning.md "agent" 3).
	if h := r.headActor(a); h >= 0 && !r.reporterOnly(h, a) {
		return r.took("headActor", r.agentPhrase(h))
	}
	if r.thingUndergoes(a) {
		return r.took("thingUndergoes", "") // 한 오두막집이 250만달러에 팔렸다고 데일리메일이 전했다: no one is said to sell
	}
	// …을 투입한다고 정부가 밝혔다; … 사용된다고 유니세프는 설명했습니다;
	// ‘아시아프레스’에 따르면: a speaker no dictionary knows is one too,
	// unless a thing or a document (보고서는 … 밝혔다).
	for i := a.after; i < len(r.words) && i <= a.last+reach && !r.estimatedLast(); i++ {
		if i-1 > a.last && r.words[i-1].comma && !r.words[i-1].verb {
			break // 10억 달러 상당으로, 당국은 … 확인했다고 전했다: not what the speaker says
		}
		if w := r.words[i]; r.isSubject(i) && r.speaks(i) && !w.money && !w.amt && !r.mediumPassing(i, a) && (w.actor || (w.noun || w.name) && !isThing(w.stem) && !isDocument(w.stem) && !places[w.stem] && !w.time && !pronouns[w.stem] && !oneHangul(w.stem)) {
			return r.took("speakerAfter", r.agentPhrase(i))
		}
	}
	if s := r.source(); s >= 0 && !r.countedLast() && !r.estimatedLast() && !r.mediumPassing(s, a) && !r.inDocument(a) && !r.fundTopic() && r.sourceHolds(s, a) {
		return r.took("source", r.agentPhrase(s))
	}
	if k := r.leadSubject(a); k >= 0 {
		return r.took("leadSubject", r.leadPhrase(k)) // 농지은행사업비 194억 원 확보 [… 기자] 보령지사가: the lead's subject (agent_lead.go)
	}
	if r.back && r.carriesAgent() {
		if r.prevAgent != "" {
			return r.took("backPrev", r.prevAgent)
		}
		return r.took("backSentence", r.before().sentenceAgent())
	}
	return r.took("none", "")
}

// inDocument reports whether a document with 에는 or 에 (예산안에는, 법안에)
// holds amount a, before it in the sentence: the amounts a bill or a
// budget contains are nobody's spending, and the source that reports them
// is none (docs/meaning.md "Decisions from the second round": a law, a bill
// or a document is no agent).
func (r *reading) inDocument(a amount) bool {
	for k := a.first - 1; k >= 0; k-- {
		if k+1 < len(r.words) && (strings.HasPrefix(r.words[k+1].raw, "따르면") || strings.HasPrefix(r.words[k+1].raw, "의하면")) {
			continue // LG전자의 비행 계획에 따르면: the source's own words
		}
		if w := r.words[k]; (w.part == "에는" || w.part == "에") && isDocument(w.stem) {
			return true
		}
	}
	return false
}

// countedLast reports whether the sentence ends in the verb of counting,
// 집계 (CEO스코어에 따르면 … 설정된 것으로 집계됐다): the source it cites
// only counted the figure, and who counts is no agent (fifth round). A
// price surveyed (…으로 조사됐다, 파악됐다) keeps its source as agent, as
// the fourth round reads an exchange rate.
func (r *reading) countedLast() bool {
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-2; i-- {
		if w := r.words[i]; w.verb {
			return strings.HasPrefix(w.raw, "집계")
		}
	}
	return false
}

// boundOfClass reports whether amount a is a bound (이상, 이하, 미만,
// 초과, or a band 원대) that sorts a class of people or things named right
// after it (연봉 6천900만원 이상인 미혼 직장인, 연봉 3천만원대 초반 이하의
// 미혼 근로소득자는, 10만원 미만 상품을, 5천500만원 초과 구간 근로자): the
// class is sorted, no one pays the bound (docs/meaning.md 6b, eighth
// round). A bound before what is done (45만원 이상을 지출할) is not one.
func (r *reading) boundOfClass(a amount) bool {
	bound := false
	for _, q := range a.quals {
		bound = bound || boundQuals[q]
	}
	if !bound || a.tail != "의" && a.tail != "인" && a.tail != "" {
		return false
	}
	for i := a.after; i < len(r.words) && i < a.after+4; i++ {
		w := r.words[i]
		if !w.noun || w.time || w.comma && i > a.after {
			return false
		}
		st := strings.TrimSuffix(w.stem, "들")
		if classNouns[st] || endsInClassNoun(st) || isPerson(st) || personLike(st) || strings.HasSuffix(st, "층") || strings.HasSuffix(st, "구간") {
			return true
		}
		if w.part != "" {
			return false
		}
	}
	return false
}

// perCapitaOwner returns the last word of the bare noun phrase before
// 1인당 (인당) that opens the noun amount a measures, a few words before it
// with no clause's end or other subject between (우리나라 1인당 명목 GDP는,
// 삼성전자 일반 … 1인당 평균 연봉인, 국민 1인당 나랏빚에 … 이자로만):
// -1 when there is none. A unit glued to 당 other than people (교실당)
// stays nobody's.
func (r *reading) perCapitaOwner(a amount) int {
	for k := a.first - 1; k >= 1 && k >= a.first-6; k-- {
		w := r.words[k]
		if w.money || w.amt {
			return -1 // 1인당 4억2천만원 … 배상금과 5천만원: another amount's unit
		}
		if w.raw == "1인당" || w.raw == "인당" {
			measure := false // 명목 GDP, 평균 연봉, 나랏빚: a noun the amount measures
			for b := k + 1; b < a.first; b++ {
				if w := r.words[b]; w.noun && !w.time && !w.dur && !countedOver[w.raw] {
					measure = true
				}
			}
			if !measure {
				return -1 // 병사 1인당 매월 3천원, 직원 1인당 평균 5만원: the unit of a rate, nobody
			}
			p := r.words[k-1]
			if p.part != "" || p.comma || !p.noun || p.time || p.verb || isThing(p.stem) {
				return -1
			}
			return k - 1
		}
		if w.ends || w.comma || r.isSubject(k) && w.noun && !bodyNoun(w.stem) && !isRateNoun(w.stem) && !strings.HasSuffix(w.stem, "GDP") {
			return -1
		}
	}
	return -1
}

// countedOver say how often or on what average an amount is counted: no
// noun it measures.
var countedOver = setOf("평균", "매월", "매년", "매일", "매달", "월", "연", "연간", "하루", "월평균", "연평균")

// chargePayer returns the bare noun of people glued before a charge they
// pay that amount a sizes, after it with 의 (5천원 정도의 … 본인부담금)
// or before it (학부모 부담금은 230만원): -1 when there is none.
func (r *reading) chargePayer(a amount) int {
	k := a.after
	if a.tail != "의" && k < len(r.words) && strings.HasSuffix(r.words[k].raw, "의") && sizeNouns[strings.TrimSuffix(r.words[k].raw, "의")] {
		k++ // 5천원 정도의
	} else if a.tail != "의" {
		k = -1
	}
	if k >= 0 && k+1 < len(r.words) && r.words[k].part == "" && isPerson(r.words[k].stem) && hasAnySuffix(r.words[k+1].stem, chargeEnds) {
		return k
	}
	return -1
}

// chargeEnds end the nouns of a charge a group of people pays: 학부모
// 부담금, 환자 본인부담금, 회원 분담금, 가입자 부담. The bare noun of
// people glued before one is its agent and no part of its purpose
// (docs/meaning.md P3; the purpose side is in purpose_junk.go).
var chargeEnds = []string{"부담금", "분담금", "부담"}

// findVerbs are the beginnings of verbs of finding or tracking money
// (적발하다, 추적하다, 포착하다): whoever does it neither owns nor spends
// the amount found, as whoever counts a figure does not (fifth round).
var findVerbs = []string{"적발", "추적", "포착"}

// foundMoney reports whether the first verb after amount a in its clause
// is one of finding or tracking (…을 적발한 사건, …의 돈을 추적하고).
func (r *reading) foundMoney(a amount) bool {
	ce := r.clauseEnd(a.last)
	for k := a.after; k <= ce && k < len(r.words); k++ {
		if w := r.words[k]; w.verb || w.adn {
			return hasAnyPrefix(w.raw, findVerbs)
		} else if w.comma {
			return false // …을 편취하고(사기), … 정황도 포착해: the verb of its clause is before the comma
		}
	}
	return false
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
	"정책", "제도", "합의", "합의안", "결의안", "행정명령", "지침", "규정", "명령", "선언",
	// Plans and measures, as 계획 and 방안 are (… 지급한다는 방침도, 두 번째 대책은).
	"방침", "대책", "조항", "제안", "제안서")

// itemWords count the items of what the sentence before listed: 하나는
// …, 나머지는 …; they name no one.
// documentEnds are the endings of compound nouns of laws and rules
// (반도체지원법, 대북전단금지법, 보증금제도, 법률 개정안): like documents,
// they state amounts but never spend them.
var documentEnds = []string{"법", "법안", "개정안", "법률안", "제도", "조약", "협정"}

// isDocument reports whether the noun n names a law, a document or a
// rule: one of documents, or a compound that ends like one.
func isDocument(n string) bool {
	return documents[n] || hasAnySuffix(n, documentEnds) || articleNumber(n)
}

// articleNumber reports whether n is the number of an article of a law
// (제40조, 제3조의2): 장애인복지법 제40조는 … 부과하도록 명시하고
// 있다 names a rule, no one.
func articleNumber(n string) bool {
	rest, ok := strings.CutPrefix(n, "제")
	if !ok {
		return false
	}
	if i := strings.Index(rest, "조"); i > 0 {
		for _, c := range rest[:i] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

var itemWords = setOf("하나", "둘", "셋", "나머지", "일부", "대부분", "절반", "전부", "다른 하나")

// penaltyOfLaw reports whether amount a is the fine a law sets beside a
// term of prison (3년 이하의 징역 또는 6천만원 이하의 벌금, 징역 혹은 미화
// 3만 달러에 가까운 벌금) in a clause where no actor is its subject: the
// maximum of a rule, which nobody is said to pay.
func (r *reading) penaltyOfLaw(a amount) bool {
	for i := a.first - 1; i >= 0 && i >= a.first-3; i-- {
		w := r.words[i]
		or := (w.raw == "또는" || w.raw == "혹은") && i > 0 && strings.HasPrefix(r.words[i-1].raw, "징역")
		// 3년 이하 징역이나 3천만원 이하 벌금: or, glued to the term.
		or = or || strings.HasPrefix(w.raw, "징역") && w.part == "이나"
		if or {
			if r.conditionDoer(a) >= 0 {
				return false // 성범죄자가 … 제출하면 … 징역이나 800만원 이하 벌금형을 받는다: who meets the condition pays (A9)
			}
			for k := r.clauseStart(a.first); k < i; k++ {
				if r.isSubject(k) && r.words[k].actor {
					return false // 개인은 … 징역형 또는 78만 달러의 벌금형에 처해질 수 있고
				}
			}
			return true
		}
	}
	return false
}

// owesDebt reports whether verb v with the noun n it modifies says that
// its subject owes it: 중앙정부가 진 빚, 가계가 떠안은 부채.
func owesDebt(v, n string) bool {
	return (v == "진" || v == "져온" || v == "떠안은" || v == "안은" || v == "안고 있는") && (n == "빚" || n == "채무" || n == "부채" || strings.HasSuffix(n, "부채"))
}
