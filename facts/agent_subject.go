package facts

import (
	"strings"
	"unicode/utf8"
)

// This file finds the subject an amount's agent is read from: the one
// that opens the sentence, the owner of a noun, the nearest before the
// amount.

// headActor returns the subject that opens the sentence (…이, …가, …은,
// …는 among its first words, before any clause ends) when it names an
// actor and the clause of amount a has no subject of its own before the
// amount; -1 otherwise.
func (r *reading) headActor(a amount) int {
	h := r.headSubject()
	if h < 0 || h >= a.first || !r.words[h].actor || isDocument(r.words[h].stem) || !r.isSubject(h) {
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
// its sentence, or -1, when a is the object of what is done (미국의 경우
// 2천억 달러를 조달할): X does it. An amount that is a price, a level or a
// band in its clause (노원구의 경우 … 2000만원 올랐다, 무주택자의 경우 6억~9억원
// 주택은 …) is no deed of X's: on all sets the rule's 3 agents of such
// amounts were all wrong (domagent22).
func (r *reading) caseActor(a amount) int {
	if a.tail != "을" && a.tail != "를" {
		return -1
	}
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
	if c := r.economyOwner(s); c >= 0 {
		return c // 우리나라 명목 GDP는: the country owns its economy's measure (agent_economy.go)
	}
	if spacedPerUnit(r.words, s) {
		return -1 // 가구 당 농업소득은: the unit of a rate with its 당 spaced off, no owner (agent_bullet.go)
	}
	if s >= 0 && s+1 < len(r.words) {
		// 대기업 평균이, 기업 투자는: an actor that opens the phrase,
		// bare, owns the noun after it.
		// 한국 우표수출은: a country bare before a noun of trade or money
		// owns it; 북한 내 휘발유 가격 is where, not whose.
		if w := r.words[s]; w.actor && w.part == "" && !w.time && !w.comma && (!places[w.stem] || countries[w.stem] && tradeNoun(r.words[s+1].stem)) && r.words[s+1].noun && !r.words[s+1].actor {
			return s
		}
	}
	if s >= 0 && s+1 < len(r.words) {
		if w := r.words[s]; w.part == "의" && bodyNoun(r.words[s+1].stem) && (w.noun || w.name) && !w.time && !w.comma && !w.amt &&
			!isThing(w.stem) && !places[w.stem] && !isDocument(w.stem) && !oneHangul(w.stem) && !startsDigit(w.stem) {
			return s // IBM의 주가는, opening the phrase
		}
		if w := r.words[s]; w.part == "의" && !w.actor && nameLike(w) && !w.comma && r.givingNounAfter(s) {
			return s // 국제사회의 대북 지원 규모는: the genitive subject of a noun of giving
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
	if w.part == "의" && countries[w.stem] && r.marketPriceAt(s) {
		return -1 // 미국의 원유 선물 가격이: the market the price is of, no holder
	}
	if w.part == "" && s < len(r.words) && acquiredBy(r.words[s].stem) {
		return -1 // 넥슨 인수 금액: the firm bought, no owner (agent_wordform.go)
	}
	if (w.part == "의" || w.part == "") && w.actor && !w.time && !w.comma {
		return o
	}
	// IBM의 주가, 마우나오션개발의 …: what only a firm or a
	// person has is owned by one, whatever the dictionaries know of the name.
	if s < len(r.words) && w.part == "의" && bodyNoun(r.words[s].stem) && (w.noun || w.name) && !w.time && !w.comma && !w.amt &&
		!isThing(w.stem) && !places[w.stem] && !isDocument(w.stem) && !oneHangul(w.stem) && !startsDigit(w.stem) {
		return o
	}
	if w.part == "인" && w.noun && !w.actor && !w.comma && !startsDigit(w.stem) && !appositive(w.stem) {
		// 대통령의 공약인 쌀값, 행정부의 핵심 정책인 … 투자 계획: the owner
		// of the noun that stands in apposition owns this one.
		return r.ownerOf(r.phraseStart(o, 0)) // o < s: the search moves left
	}
	// 북한의 지난해 대중국 최대 수출품은; 러시아의 부동산과 주식 등 자산은:
	// the owner past the modifiers and the items of a list.
	for k := o; k >= 0 && k >= o-5; k-- {
		p := r.words[k]
		if k >= 2 && p.part == "의" && p.stem == "간" {
			// 북한과 중국 간의 무역액은: the bound noun 간 (間) after a list
			// joined by 와/과 makes the list the owner of what lies between
			// them (docs/meaning.md "Nineteenth round: agent (owner18)").
			if q := r.words[k-1]; q.actor && q.part == "" && !q.time && !q.comma && (r.words[k-2].part == "와" || r.words[k-2].part == "과") && r.words[k-2].actor {
				return k - 1
			}
			return -1
		}
		if p.part == "의" {
			if p.actor && !p.time {
				return k
			}
			if nameLike(p) && !p.comma && r.givingNounAfter(k) {
				return k // 국제사회의 대북 지원 규모는: the genitive subject of a noun of giving
			}
			return -1
		}
		if p.part != "" && p.part != "와" && p.part != "과" || p.comma || p.verb {
			return -1
		}
	}
	return -1
}

// marketPriceAt reports whether the noun phrase starting at word s, bare
// nouns up to its head, is a price of goods (원유 선물 가격, 쌀값): a
// country with 의 before it names the market the price is of, not one who
// holds it, as a bare country before 가격 does (북한 내 휘발유 가격).
func (r *reading) marketPriceAt(s int) bool {
	for i := s; i >= 0 && i < len(r.words) && i <= s+4; i++ {
		w := r.words[i]
		if !w.noun || w.actor || w.time || w.amt || w.comma {
			return false
		}
		if w.part != "" {
			return hasAnySuffix(w.stem, priceEnds) && w.stem != "요금"
		}
	}
	return false
}

// subjectBefore returns the nearest subject before amount a that may be
// its agent: in its clause, or in a clause joined to it as an equal (고,
// 며, 지만, 으나 …) — a clause of condition, time or purpose, or one that
// modifies a noun, is stepped over with its subject — or -1. A subject
// that names money or a measure is passed by; a pronoun is returned.
func (r *reading) subjectBefore(a amount) int {
	weak := -1
	own := true        // still in the amount's own clause
	sub := -1          // the start of a clause of condition, time or purpose being stepped over
	embedded := false  // past a clause quoted to modify a noun (… 늘어날 것이라는 예측을)
	topicSeen := false // a topic stepped over: a measure's owner further back is no longer the nearest's
	quote := -1        // the end of a clause quoted with …다며, …라며 stepped over: a topic before it may be the quote's
	quoted := r.quotedBefore(a.first)
	for i := a.before; i >= 0 && i >= a.first-reach; i-- {
		w := r.words[i]
		if insideQuoted(quoted, i) {
			continue // 공정위 측은 “… 소비자는 …였다”며 과태료를: the quotation's own subjects (agent_quote_span.go)
		}
		if h := r.asideHost(i); h >= 0 && sub < 0 && !embedded {
			return h // 우리은행(지분 13.79%)이: the name before the aside (agent_aside_subject.go)
		}
		if i < sub {
			sub = -1
		}
		if hasAnySuffix(w.raw, quotedAdnominals) {
			embedded = true // 승객이 매년 … 것이라는 예측을 믿고: 승객 is that clause's
		}
		if r.closedRelative(i, a) {
			embedded = true // 공정위는 카카오가 … 막은 사실을 적발해 과태료 …를: 카카오 is the clause's on 사실 (agent_relative.go)
		}
		if embedded && (w.part == "이" || w.part == "가") {
			continue
		}
		if w.ends && i <= a.before && !particleVerbs[w.raw] {
			if !r.joins(i) {
				// 요르단이 … 거부할 경우: the condition's subject is not
				// ours, but a topic before it is (김 지사는 주민들이 원할 경우).
				sub = r.clauseStart(i)
				if r.quotative(i) && !r.words[i].comma && quote < 0 {
					quote = i // 미국은 … 지원할 것이라며 8억 달러 규모의 …: the quote's topic too
				}
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
		if !r.isSubject(i) || sub >= 0 && !topicParts[w.part] || r.subjectOfTopicClause(i, a.first) {
			continue
		}
		if i < quote {
			if s := r.speakerBefore(i); s >= 0 {
				// 조 바이든 대통령은 …, 미국은 … 지원할 것이라며 8억 달러 규모의
				// …을 발표했다: the quote's topic is not the speaker's.
				return s
			}
		}
		// 응답자의 40%가: a share of an actor stands for it.
		if (isNumberWord(w.stem) || strings.HasSuffix(w.stem, "%")) && i > 0 && r.words[i-1].part == "의" && r.words[i-1].actor {
			return i - 1
		}
		if pronouns[w.stem] || reflexives[w.stem] && r.topicBeforeWord(i) >= 0 {
			return i // 자신은: the topic it reflects, read by resolve
		}
		if w.stem == "등" && i > 0 && r.words[i-1].actor && r.words[i-1].part == "" {
			return i - 1 // 왕씨 등은: who heads the group is named
		}
		if r.countedSubject(i, a) {
			return i // 착한가게 235곳에서 … 후원했고
		}
		if !r.accepts(i, a) {
			if (w.part == "은" || w.part == "는") && own && weak < 0 && !topicSeen && (tradeNoun(w.stem) || bodyNoun(w.stem)) {
				// 코트라 선양무역관은 … 북한의 대중 교역액은 수출 8천 128만
				// 달러: the nearest topic, a measure, is owned by the agent.
				if o := r.ownerOf(r.phraseStart(i, 0)); o >= 0 && r.words[o].part == "의" && r.words[o].actor {
					return o
				}
			}
			topicSeen = topicSeen || w.part == "은" || w.part == "는"
			if r.measureOfForecast(i, a) {
				// 골드만삭스는 … 유가는 배럴당 50달러 선을 유지하다가 … 전망했다:
				// a forecaster tells another's measure and owns none of it.
				return -1
			}
			continue
		}
		if weak >= 0 && (w.part == "이" || w.part == "가") && (r.words[weak].part == "은" || r.words[weak].part == "는") {
			return i // KT가 무궁화위성 2호는 … 팔았다: the 는 marks what is sold
		}
		if weak >= 0 && w.actor && topicParts[w.part] && !r.words[weak].name && !topicParts[r.words[weak].part] && r.words[weak].part != "에서" && r.ownClauseBefore(weak, a.first) {
			// 김 씨는 … 억울한 마음이 들었지만 … 3천원을 내고; 직원은 덩치가
			// 큰 남성으로부터 … 받았다: the subject of another clause,
			// whose noun no dictionary knows, gives way to a topic that
			// names an actor.
			return i
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
	if r.afterDeed(i) && !r.quotative(i) {
		return true // 성현아가 … 성관계를 맺은 뒤 8000만원을 받았다: one doer, one deed after another
	}
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

// tradeNouns end the nouns of what a country trades, owes or budgets
// (우표수출, 대중 교역액, 국방예산): a country before one is its owner.
var tradeNouns = []string{"수출", "수입", "수출액", "수입액", "교역", "교역액", "무역", "무역액", "예산", "적자", "흑자", "부채", "국채", "외채", "GDP", "국내총생산", "국민소득"}

// tradeNoun reports whether noun n is or ends in one of tradeNouns.
func tradeNoun(n string) bool { return hasAnySuffix(n, tradeNouns) }

// bodyNouns are what only a firm, a body or a person has: a share price,
// earnings, assets, a salary. The noun before one with 의 names its owner.
var bodyNouns = []string{"주가", "주당순자산가치", "주당순이익", "시가총액", "매출", "매출액", "영업이익", "순이익", "당기순이익",
	"영업손실", "순손실", "자산", "부채", "자본금", "지분", "재산", "연봉", "월급", "봉급", "임금", "초봉", "보수", "체납액", "BPS", "EPS"}

// bodyNoun reports whether noun n is one of bodyNouns, or ends in one
// after a modifier glued to it (연간매출).
func bodyNoun(n string) bool { return hasAnySuffix(n, bodyNouns) }

// quotedAdnominals end a clause quoted to modify the noun after it (…
// 것이라는 예측, 늘었다는 보도): its subject is no subject of the sentence.
var quotedAdnominals = []string{"라는", "다는", "냐는", "자는"}

// countedSubject reports whether subject word i is a count of the noun
// bare before it (착한가게 235곳에서, 업체 12곳이, 주민 30명이) that pays,
// gives or earns amount a: the noun with its count is the subject.
func (r *reading) countedSubject(i int, a amount) bool {
	w := r.words[i]
	if i == 0 || !startsDigit(w.stem) || w.money || strings.HasSuffix(w.stem, "%") || w.time {
		return false
	}
	p := r.words[i-1]
	if p.part != "" || !p.noun || p.time || p.amt || p.comma || isThing(p.stem) || places[p.stem] {
		return false
	}
	v := r.governing(a)
	return p.actor || v >= 0 && isAgentVerb(r.words[v].raw)
}

// afterDeed reports whether word i closes a clause of time after a deed
// (…을 차린 후, …맺은 뒤, …한 다음): the clause after it tells the next
// deed of the same doer, in the same stretch of time.
func (r *reading) afterDeed(i int) bool {
	w := r.words[i].raw
	return (w == "뒤" || w == "후" || w == "뒤에" || w == "후에" || w == "다음") && i > 0 && r.words[i-1].adn
}

// ownClauseBefore reports whether a verb that ends a clause or modifies a noun
// stands among words (from, to): the subject at from has its own clause
// before the amount at to.
func (r *reading) ownClauseBefore(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if w := r.words[k]; w.ends || isAdnominal(w) {
			return true
		}
	}
	return false
}

// bodySubjectOwner returns the owner, with 의, of the subject before
// amount a when that subject is what only a body has (bodyNouns: 재산,
// 주가, 매출 …) and the amount is what the subject reaches or becomes,
// the object or the goal of its verb (일론 머스크의 재산이 … 3천억 달러를
// 돌파했다; 테슬라의 주가가 계속 올라 1천 달러 이상을 돌파하면서): the
// owner has the amount, as rule 1 reads 삼성전자의 영업이익 6조 원. -1 when
// there is none, or a comma or another subject stands between.
func (r *reading) bodySubjectOwner(a amount) int {
	if a.tail != "을" && a.tail != "를" && a.tail != "에" && a.tail != "으로" && a.tail != "로" {
		return -1
	}
	for k := a.before; k >= 0 && k >= a.first-8; k-- {
		w := r.words[k]
		if w.comma || w.quoteClose {
			return -1
		}
		if !r.isSubject(k) || w.time {
			continue
		}
		if !bodyNoun(w.stem) || w.part != "이" && w.part != "가" && w.part != "은" && w.part != "는" {
			return -1
		}
		s := r.phraseStart(k, 0)
		if s > 0 && r.words[s-1].part == "의" {
			s-- // 타이완의 반도체 관련 대미 투자액은
		}
		if o := r.ownerOf(s); o >= 0 && r.words[o].part == "의" {
			return o
		}
		return -1
	}
	return -1
}

// topicBefore returns the first topic (은, 는) before amount a when no
// other subject or topic, and no clause's end, stands between it and the
// amount; -1 otherwise.
func (r *reading) topicBefore(a amount) int {
	t := -1
	for i := 0; i < a.first && i <= reach; i++ {
		w := r.words[i]
		if t < 0 {
			if (w.part == "은" || w.part == "는") && r.isSubject(i) && !w.time {
				t = i
			}
			continue
		}
		if w.ends && !bareItem(w) || r.isSubject(i) && w.noun {
			return -1
		}
	}
	return t
}

// speakerBefore returns the topic naming an actor that opens the sentence
// before the topic at word i, with a comma between them, or -1: of two
// topics before a clause quoted with …다며 or …라며, the first is who says
// it and the second is the quote's own (조 바이든 대통령은 16일 연설에서,
// 미국은 … 지원할 것이라며).
func (r *reading) speakerBefore(i int) int {
	comma := false
	for k := i - 1; k >= 0; k-- {
		w := r.words[k]
		if w.ends && !w.comma {
			return -1 // a clause of its own between them
		}
		if (w.part == "은" || w.part == "는") && w.actor && r.isSubject(k) {
			if comma {
				return k
			}
			return -1
		}
		comma = comma || w.comma
	}
	return -1
}

// subjectOfTopicClause reports whether the subject at word i (…이/가)
// belongs to a clause that modifies a document that is the topic or
// subject of the main clause, before word to: its first verb modifies a
// law, a bill or a resolution that, past a determiner, carries 은/는/이/가
// (미국이 초안을 작성한 이 결의안은 …, 하원이 … 의결한 이 법안은 …). The
// main clause's subject is the document, which states amounts and spends
// none (the ninth round's amounts a bill holds), whatever objects or
// commas stand in the clause on it; a clause on a thing traded (북한이
// 수입한 품목은) keeps its subject, the trader.
func (r *reading) subjectOfTopicClause(i, to int) bool {
	if p := r.words[i].part; p != "이" && p != "가" {
		return false
	}
	for k := i + 1; k < to; k++ {
		w := r.words[k]
		if w.money || w.ends && !w.comma {
			return false
		}
		if !w.verb {
			continue
		}
		if !isAdnominal(w) {
			return false
		}
		h := k + 1
		if h < to && determiners[r.words[h].raw] {
			h++
		}
		if h >= to {
			return false
		}
		n := r.words[h]
		return isDocument(n.stem) && (n.part == "은" || n.part == "는" || n.part == "이" || n.part == "가")
	}
	return false
}

// topicBeforeWord returns the sentence's topic when it names an actor and
// stands before word i, or -1: what a reflexive at i reflects (바이든
// 대통령은 경제와 관련해 자신은 "… 민간 투자를 유치했다"고 말했다).
func (r *reading) topicBeforeWord(i int) int {
	if t := r.topic(); t >= 0 && t < i && r.words[t].actor {
		return t
	}
	return -1
}

// forecastVerbs are the verbs of forecasting (전망하다, 예상하다, 내다보다,
// 관측하다), a closed class: who forecasts a measure reports it.
var forecastVerbs = []string{"전망했", "전망한다", "전망합", "전망하", "예상했", "예상한다", "예상합", "내다봤", "내다본다", "내다봅", "관측했", "관측한다",
	// The forecast told impersonally (… 될 전망이다, … 것으로 예상된다).
	"전망이다", "전망입니다", "전망된다", "전망됩", "예상된다", "예상됩", "관측이다", "관측입니다"}

// forecastLast reports whether the sentence ends with a verb of
// forecasting: a topic of a measure before an amount in it (유가는 …)
// tells what is forecast, and the forecaster is no agent of the measure (a
// speaker of another's money is none, docs/meaning.md "Decisions, tenth
// round (d11)").
func (r *reading) forecastLast() bool {
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		if w := r.words[i]; w.verb {
			if strings.HasPrefix(w.raw, "있") && i > 0 && strings.HasSuffix(r.words[i-1].raw, "고") {
				continue // 전망하고 있다: the verb before the auxiliary
			}
			return hasAnyPrefix(w.raw, forecastVerbs)
		}
	}
	return false
}

// measureTopicBetween reports whether a measure the sentence forecasts
// (measureOfForecast: 유가는, 금의 가격이) stands between word t and amount
// a.
func (r *reading) measureTopicBetween(t int, a amount) bool {
	for k := t + 1; k < a.first; k++ {
		if r.measureOfForecast(k, a) {
			return true
		}
	}
	return false
}

// measureOfForecast reports whether word i, before amount a, is a measure
// that the sentence forecasts: a topic or a subject (…은/는/이/가) that
// names a measure, or the noun a measures (총 계약액은 80억∼90억달러가 될
// 전망이다; 발굴된 금의 가격이 3억달러 이상 될 것으로 예상했다), in a
// sentence that ends with a verb of forecasting. Whoever forecasts
// another's measure owns none of it (tenth round; E1).
func (r *reading) measureOfForecast(i int, a amount) bool {
	w := r.words[i]
	if w.part != "은" && w.part != "는" && w.part != "이" && w.part != "가" || w.actor || !r.forecastLast() {
		return false
	}
	if r.measures(i) {
		return true
	}
	m, _ := r.measuredSpan(a)
	return i == m
}

// givingNounAfter reports whether a Sino-Korean verbal noun of giving
// (moveOnlyNouns: 지원, 기부, 송금 …) heads the phrase after word k, with
// its receiver already named by a bare 對-word before it (대북, 대중국,
// 대우크라이나), up to the phrase's head (the first noun with a particle).
// The receiver fills the noun's object, so X의 before the phrase can only be
// its subject, the giver (국제사회의 대북 지원 규모는 = 국제사회가 북한을
// 지원한 규모), whatever the dictionaries know of X; without it X의 may be
// what is given (백신의 지원). docs/meaning.md "Nineteenth round: agent
// (owner18)".
func (r *reading) givingNounAfter(k int) bool {
	toward := false
	for i := k + 1; i < len(r.words) && i <= k+4; i++ {
		w := r.words[i]
		if !w.noun || w.comma || w.money || w.amt {
			return false
		}
		if moveOnlyNouns[w.stem] || moveOnlyNouns[strings.TrimSuffix(w.stem, "액")] {
			return toward // 지원, 송금액: the deed or its sum (額)
		}
		if w.part != "" {
			return false
		}
		toward = toward || towardWord(w.stem)
	}
	return false
}

// towardWord reports whether noun n is 對 (대) before a country, by its
// initial or its name: 대북, 대중, 대미국, 대우크라이나 — the receiver or
// the other side of a deed.
func towardWord(n string) bool {
	rest, ok := strings.CutPrefix(n, "대")
	if !ok || rest == "" {
		return false
	}
	return countries[rest] || utf8.RuneCountInString(rest) == 1 && strings.Contains(countryInitials, rest)
}
