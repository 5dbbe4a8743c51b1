package facts

import (
	"sort"
	"strings"
)

// This file finds the time that frames a whole sentence (2013년 1월 1일,
// …) and the clauses it reaches.

// frame returns the time that frames the whole sentence of amount a: a
// time the sentence opens with (after words such as 앞서 or a place:
// 동북아역사논총에서 1945년에서 1950년 …), set off by a comma or 에는
// (2013년 1월 1일, …; 지난해 10월에는 …), right after its topic
// (한국은행은 이날 …), or a day right after the actor heading it as its
// subject (정부가 22일 …). It frames no amount of a clause that modifies a
// noun (878억을 들여서 새 영빈관을 개설하겠다는 … 정보가 유출되자).
func (r *reading) frame(ts []timeSpan, a amount) (timeSpan, bool) {
	if r.embedded(a) {
		return timeSpan{}, false
	}
	topic := r.topic()
	if topic < 0 {
		topic = r.etcTopic() // 조씨 등은 지난해 …: the topic is 조씨 and those with him
	}
	thing := -1
	if topic < 0 {
		thing = r.thingTopic() // 경매는 18일 오후 현재 …: a thing's topic frames what it is as of
	}
	subj := -1
	if topic < 0 {
		subj = r.headSubject() // 정부가 22일 …: the acting subject heads the sentence
	}
	var set, asOf *timeSpan
	for k := range ts {
		t := &ts[k]
		if !t.ok || t.end > a.start || r.dated(*t, a) || r.notFor(*t, a) {
			continue
		}
		at := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
		last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
		lead := true
		for i := 0; i < at; i++ {
			w := r.words[i]
			if !openers[w.raw] && !w.time && w.part != "에서" && !conjunctions[w.raw] {
				lead = false
			}
		}
		if r.crossesTurn(last+1, a.first) {
			continue // 2014년엔 …했다”며 “… 수십만 달러를: another quotation
		}
		lw := r.words[min(last, len(r.words)-1)]
		topical := lw.comma || strings.HasSuffix(lw.raw, "에는") || strings.HasSuffix(lw.raw, "엔") ||
			last+1 < len(r.words) && concessive[r.words[last+1].raw] || // 2019년만 하더라도
			last+1 < len(r.words) && (lw.part == "을" || lw.part == "를") && lookAt[r.words[last+1].raw] // 2019년을 보면

		switch {
		case topical:
			set = t // 지난해엔 …: it holds until another time is set
		case set != nil && topic >= 0 && at > topic+1 && r.newTopicAt(at-1):
			set = t // 삼성전자는 현재 … 보유 중이며, … 회사는 2013년 기준으로 …: a new topic, its own time
		case lead && at <= 2, topic >= 0 && (at == topic+1 || last == topic-1), thing >= 0 && at == thing+1 && (r.asOfTime(*t) || t.day && r.joinedOn(last, a.first)), r.inHead(at, last),
			subj >= 0 && at == subj+1 && t.day && (r.words[subj].actor || r.joinedOn(last, a.first)),
			at > 0 && r.afterSource(at-1) && t.since == 0 && !strings.HasPrefix(t.text, "지금"), r.eventClause(last, a.first): // not 지난해 … 침공 이후, a span since an event; 지금까지 is no time (time9)
			if set == nil {
				set = t
			}
		case strings.HasPrefix(r.text[t.end:], " 기준"), r.sourceTime(last):
			asOf = t // 2010년 12월말 기준 업무보고서에 따르면; 2023년도 예산안에 따르면
		}
	}
	if set != nil {
		if !(set.day && subj >= 0) && r.durationAfter(set.end, a.first) {
			// A day after the acting subject is the day of its deed (정부가
			// 22일 … 위해 … 3년간 총 2천만 달러를 지원하기로 했다: the deciding),
			// which a stretch of its own leaves.
			return timeSpan{}, false // 지난해에는 …, 과거 2년간 주로 5천만 달러 이하의: another stretch of time
		}
		return *set, true
	}
	if asOf != nil {
		return *asOf, true
	}
	return timeSpan{}, false
}

// lookAt are the verbs after a time as their object that make it the
// frame of what follows: 2019년을 보면, 지난해를 살펴보면.
var lookAt = setOf("보면", "살펴보면", "들여다보면", "따져보면")

// concessive are the verbs after a time with 만 or 도 that make it the
// frame of what follows: 2019년만 하더라도, 지난해만 해도.
var concessive = setOf("하더라도", "해도", "하여도", "보더라도", "봐도")

// inHead reports whether the time of words at to last stands in the
// noun phrase that heads the sentence, before its first topic or subject
// with only nouns between (북한의 지난해 대중국 최대 수출품은 …).
func (r *reading) inHead(at, last int) bool {
	for i := 0; i < at; i++ {
		if w := r.words[i]; w.ends || w.part != "" && w.part != "의" || w.verb {
			return false
		}
	}
	for i := last + 1; i < len(r.words) && i <= last+5; i++ {
		w := r.words[i]
		if w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가" {
			return w.noun
		}
		if w.part != "" || w.verb || w.comma || w.ends {
			return false
		}
	}
	return false
}

// crossesTurn reports whether words [from, to) hold a turn that a time
// before them does not frame past: a quotation closed (…했다”며), a new
// connective (이에 따라, 이로 인해), a list of clauses made nouns (…한
// 것과,), a clause of what came next (…했고, 이어 …).
func (r *reading) crossesTurn(from, to int) bool {
	for i := max(0, from); i < to && i < len(r.words); i++ {
		w := r.words[i]
		if w.ends && r.quotative(i) && strings.ContainsAny(w.raw, "”’\"") {
			return true
		}
		if w.raw == "이에" || w.raw == "이로" || w.raw == "것과" && w.comma {
			return true
		}
		if (w.raw == "이어" || w.raw == "이후" || w.raw == "이어서") && i > 0 && r.words[i-1].comma && r.words[i-1].ends {
			return true // 지난 2022년 8월 … 제재했고, 이어 … 탈취한 4억 달러: a later deed
		}
	}
	return false
}

// sourceTime reports whether the time ending at word last stands in the
// source a sentence reports from: 2023년도 예산안에 따르면, 올해 상반기
// 북중 무역 세부자료를 살펴본 결과.
func (r *reading) sourceTime(last int) bool {
	for i := last + 1; i < len(r.words) && i <= last+5; i++ {
		if strings.HasPrefix(r.words[i].raw, "따르면") || strings.HasPrefix(r.words[i].raw, "의하면") {
			return i <= last+3
		}
		if (isAdnominal(r.words[i]) || strings.HasSuffix(r.words[i].raw, "본")) && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "결과") {
			return true // 올해 상반기 … 무역 세부자료를 살펴본 결과
		}
		if r.words[i].verb {
			return false
		}
	}
	return false
}

// embedded reports whether amount a stands in a clause that modifies a
// noun: the first verb after it that does not join it to another clause
// is adnominal and its noun is no clause noun (…개설하겠다는 정보가), not
// 때 or 경우.
func (r *reading) embedded(a amount) bool {
	for i := a.after; i < len(r.words) && i <= a.after+reach; i++ {
		w := r.words[i]
		if !w.verb {
			continue
		}
		if w.ends && !isAdnominal(w) {
			if r.coordinate(i) || strings.HasSuffix(w.raw, "서") {
				continue
			}
			return false
		}
		if isAdnominal(w) {
			// 개설하겠다는 정보: a proposition reported, not a fact dated.
			return (strings.HasSuffix(w.raw, "다는") || strings.HasSuffix(w.raw, "라는")) && i+1 < len(r.words) && r.words[i+1].noun
		}
	}
	return false
}

// coordinate reports whether word i ends a clause that is joined to the
// next as an equal (동결하고, 지원하며), not one that depends on it
// (유치할 경우, 합의에 따라).
func (r *reading) coordinate(i int) bool {
	w := r.words[i].raw
	for _, e := range []string{"고", "며", "면서", "으며"} {
		if strings.HasSuffix(w, e) {
			return !strings.HasSuffix(w, "다고") && !strings.HasSuffix(w, "라고")
		}
	}
	return false
}

// newTopicAt reports whether word i is a topic (a noun with 은 or 는)
// that opens a clause of its own after a comma: the time right after it
// frames what that topic is said to do, as the sentence's topic's time
// frames the clauses before it.
func (r *reading) newTopicAt(i int) bool {
	if i <= 0 {
		return false
	}
	w := r.words[i]
	if !w.noun || w.part != "은" && w.part != "는" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if r.words[k].comma {
			return true
		}
	}
	return false
}

// asOfTime reports whether time t says when things are as of: 18일 오후
// 현재, 2013년 기준. After a topic that names a thing (경매는 18일 오후
// 현재 …) it frames the clauses after it; another time there may be a
// clause's own (새 청사는 2020년 착공, …).
func (r *reading) asOfTime(t timeSpan) bool {
	return strings.HasSuffix(t.text, "현재") || strings.HasPrefix(r.text[t.end:], " 기준")
}

// durationAfter reports whether a duration (2년간, 5년 동안) stands among
// the words between byte end of a frame and word to, after a comma or
// the end of a clause: it opens a stretch of time of its own, which the
// frame does not reach.
func (r *reading) durationAfter(end, to int) bool {
	comma, ended := false, false
	for i := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= end }); i < to && i < len(r.words); i++ {
		w := r.words[i]
		if comma && w.dur {
			return true
		}
		if ended && w.dur && (strings.HasSuffix(w.raw, "간") || i+1 < len(r.words) && r.words[i+1].stem == "동안") {
			return true // …역임하면서 30년간 … 400억원 가까운 투자: a stretch of the clause's own (징역 2년 is none)
		}
		if w.comma {
			comma = true
		}
		if w.ends {
			ended = true
		}
	}
	return false
}

// eventClause reports whether the time ending at word last stands in a
// clause that modifies an event with 에서 before word to (코베이가 이날
// 오후 … 전시장에서 … 경매에서 … 7천만원에 낙찰됐다; … 19일 열린 회의에서):
// the event's time frames what happens at it, as a time heading the
// sentence does. (A sentence that ends by saying dates the saying
// instead: period_report.go.)
func (r *reading) eventClause(last, to int) bool {
	for i := last + 1; i < to && i <= last+10; i++ {
		w := r.words[i]
		if w.comma || w.ends && !isAdnominal(w) {
			return false
		}
		if !isAdnominal(w) || particleVerbs[w.raw] {
			continue
		}
		for k := i + 1; k < to && k <= i+3; k++ {
			n := r.words[k]
			if n.part == "에서" || n.part == "에서는" {
				return n.noun && eventNouns[n.stem]
			}
			if !n.noun || n.part != "" || n.time || n.money {
				return false
			}
		}
		return false
	}
	return false
}

// eventNouns are events that things happen at: a time of the clause
// that names one (이날 진행한 경매에서) is the time of what happens there.
var eventNouns = setOf("경매", "행사", "회의", "대회", "경기", "공연", "집회", "축제", "시상식", "회담", "재판", "공판", "선고공판",
	"결심공판", "입찰", "경선", "총회", "전시회", "박람회", "세일", "정상회의", "경연", "시합", "결승전", "개막전", "콘서트", "기념식")

// asOfAfterTopic returns the time things are as of (6월 말 기준, 18일
// 현재) written right after the topic whose noun phrase holds amount a:
// 대출금을 2천만원 이상 조기 … 집주인 비중은 6월 말 기준 26.8%로 →
// 6월 말. The time frames all the sentence says of the topic, the amount
// in the clause that names it too.
func (r *reading) asOfAfterTopic(ts []timeSpan, a amount) (timeSpan, bool) {
	for i := a.after; i < len(r.words) && i <= a.after+reach; i++ {
		w := r.words[i]
		if w.comma || w.ends && !isAdnominal(w) || w.amt || w.money || w.time {
			return timeSpan{}, false
		}
		if w.part != "은" && w.part != "는" {
			continue
		}
		if !w.noun || i+1 >= len(r.words) {
			return timeSpan{}, false
		}
		for _, t := range ts {
			if t.start == r.words[i+1].start && t.ok && r.asOfTime(t) && !r.dated(t, a) {
				return t, true
			}
		}
		return timeSpan{}, false
	}
	return timeSpan{}, false
}

// afterSource reports whether word i closes the source a sentence reports
// from (조사에 따르면, 보도에 의하면): a time right after it heads what is
// reported, and frames its clauses as one after the topic does (패널 조사에
// 따르면 지난해 17건의 … 사건이 발생했으며, 북한은 7억 5천 만 달러 …).
func (r *reading) afterSource(i int) bool {
	w := r.words[i].raw
	return strings.HasPrefix(w, "따르면") || strings.HasPrefix(w, "의하면")
}

// joinedOn reports whether the clauses between word last, a time, and word
// to are joined as equals (…경신하며, …이어가면서, …오르고): a day right
// after a thing's topic (국제유가는 2일 사상 최고치를 경신하며 143.57달러를
// 기록했다) then dates each of them, as one after an actor's topic does.
// A clause that modifies a noun, or one of condition or reason, ends the
// reach.
func (r *reading) joinedOn(last, to int) bool {
	joined := false
	for i := last + 1; i < to && i < len(r.words); i++ {
		w := r.words[i]
		if w.comma && !w.verb {
			return false
		}
		if !w.verb || !w.ends || isAdnominal(w) {
			continue
		}
		if !hasAnySuffix(w.raw, []string{"며", "면서", "고"}) || strings.HasSuffix(w.raw, "다고") {
			return false
		}
		joined = true
	}
	return joined
}
