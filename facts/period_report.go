package facts

import (
	"regexp"
	"sort"
	"strings"
)

// This file tells a day that dates a report or an announcement from the
// time of the amount reported.

// dated reports whether the day t dates a report of the sentence rather
// than amount a: a verb of saying or reporting follows it within a few
// words, or a place of saying (AP통신이 … 4일 보도했습니다; 18일 …에
// 따르면; 어제(3일) 성명에서); or it stands at the sentence's start or
// right after its topic, the sentence ends with such a verb, and the
// amount is in the clause quoted, or in another clause, or in one of
// intent (해외자산통제실은 1일 … 내기로 했다고 밝혔습니다; 홍콩 경찰은 지난
// 3일 … 지불하겠다고 밝힌 바 있습니다). But 과기정통부는 오늘(18일)
// 국무회의에서 … 추경예산안이 의결됨에 따라 … 추진한다고 밝혔습니다 dates
// the passing of the amount.
func (r *reading) dated(t timeSpan, a amount) bool {
	if strings.HasPrefix(t.text, "같은 ") {
		return false // 같은 달 2일에도: the time of a deed, said again
	}
	if strings.Contains(t.text, "부터") || strings.Contains(t.period, "/") || strings.HasSuffix(t.text, "이후") || strings.HasSuffix(t.text, "이래") {
		return false // 지난 1일부터 11일까지 기간 이뤄진 거래액, 2017년 이후 … 훔친: a report has one day, not a span
	}
	if rest := strings.TrimLeft(r.text[t.end:], " "); strings.HasPrefix(rest, "기준") || strings.HasPrefix(rest, "현재") || strings.HasSuffix(t.text, " 현재") {
		// 21일 오전 8시 현재 오피넷에 따르면: as of, with 현재 in the span
		return false // 데일리NK는 올해 2월 기준, 환율을 … 2만원대로 밝히고: what the amount is as of
	}
	at := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
	first := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
	if t.day && r.analysedAt(at) {
		return true // 20일 VOA가 … 자료를 분석한 결과 북한은 …: the day of the analysis
	}
	if q := r.speakerAfter(); q >= 0 && at <= q {
		// 지난 6일 … 오두막집이 … 팔렸다고 데일리메일이 전했다: the time of
		// what is quoted, unless what is quoted is itself an announcement
		// (3일 … 지원을 발표했다고 AP통신이 전했다).
		return t.day && r.announces(at, a)
	}
	topic := r.topic()
	if topic < 0 {
		topic = r.headSubject() // 부장관도 4일 …
	}
	if p := first - 1; topic >= 0 && p > topic && r.thingSubject(p) && r.words[topic].part != "이" && r.words[topic].part != "가" {
		return false // 통신은 … 머스크의 순자산이 지난 29일 3천억 달러를 넘어섰다고 보도했습니다: the day of what the thing did
	}
	// A time of the main clause: a day, at the sentence's head, or
	// right after the speaker.
	afterTopic := topic >= 0 && first == topic+1
	afterSpeaker := afterTopic && (r.words[topic].actor || r.words[topic].name)
	if (t.day || len(t.period) == len("2006-01")) && (afterTopic || r.leads(first)) && r.reportedObject(at, a) {
		return true
	}
	if t.day && (afterTopic || r.leads(first)) && r.orderedLast(a) {
		return true // 법원은 24일 … 5억 달러를 배상하라고 판결했다: the day of the ruling (E4)
	}
	if (afterTopic || r.leads(first)) && r.announces(at, a) && (t.day || !r.quotedPredicate(a)) {
		return true
	}
	if !t.day && afterTopic && (strings.HasSuffix(t.text, "월") || monthPeriod(t.period)) && r.planAnnounced(a) {
		return true // 중국은 지난 해 3월 … 늘인다고 발표했었습니다: the month of the announcement (E4)
	}
	if !t.day && !(afterSpeaker && r.actorSubject(at, min(r.clauseEnd(a.last)+1, len(r.words)))) {
		// VOA는 지난해 2월 중국이 … 거래했다고 전한 바: the month of the
		// report, before the subject of what is reported; but 장관은 올해
		// 5천억 원을 더 쓴다고 말했다, 카카오는 올 상반기 광고 매출이 …
		// 늘었다고 밝혔다: the year of the spending, of the sales.
		return false
	}
	for i := at; i < len(r.words) && i <= at+3 && t.day; i++ {
		w := r.words[i]
		if isSpeechWord(w.raw) || isReportWord(w.raw) || i <= at+1 && speechVenues[w.stem] {
			return true
		}
		if w.verb && r.quotative(i) {
			break // 4일 5억 달러를 지원했다고 밝혔다: a quoted deed ends before the saying
		}
	}
	if t.day && r.saidAt(at, a.first) && r.saysLast() {
		return true // 4일 … 주최한 행사의 화상연설에서, … 훔쳤다고 밝혔습니다
	}
	if t.day && r.madePublicAt(at, a.first) && r.announcesLast() && !enactRE.MatchString(r.words[r.clauseEnd(a.last)].raw) {
		return true // 이날 … 회의에서 … 5억 달러 규모의 추가 지원 방안을 공개했습니다
	}
	lead := true
	for i := 0; i < first; i++ {
		if w := r.words[i]; !openers[w.raw] && !conjunctions[w.raw] && !(topic >= 0 && i <= topic) {
			lead = false
		}
	}
	if !lead && !(topic >= 0 && first == topic+1) {
		return false
	}
	n := len(r.words)
	said := false
	for i := max(0, n-4); i < n; i++ {
		w := r.words[i]
		if isSpeechWord(w.raw) || isReportWord(w.raw) || announceRE.MatchString(w.raw) {
			said = true // 밝혔습니다, 전한 바 있습니다
		}
	}
	if !said {
		return false
	}
	if ce := r.clauseEnd(a.last); r.quotative(ce) && r.ownDeed(at, ce, topic) {
		return false // 한화에어로스페이스는 지난 4월 25일 … 계약을 체결했다고 발표했습니다: the day of the signing
	} else if r.quotative(ce) || t.end <= r.words[r.clauseStart(a.first)].start {
		return true
	}
	for i := a.after; i < len(r.words) && i <= a.after+4; i++ {
		if w := r.words[i]; w.verb {
			return intentRE.MatchString(w.raw)
		}
	}
	return false
}

// reportedObject reports whether amount a stands, after word at, inside
// the object of the sentence's last verb when that verb says, announces
// or confirms what happened and ends the sentence as -ㄴ 바 있다 or -ㄴ
// 것이다: every verb between modifies a noun or stands for a particle, so
// no clause of a deed of its own holds the amount (지난 3일 … 3천 500만
// 달러 상당의 암호화폐 자산을 도난당한 사실을 확인한 바 있습니다; 지난달 …
// 7천500달러의 세액 공제를 받기 위해서는 … 내용 등이 담긴 규정을 발표한 바
// 있습니다). A day or a month before them dates the report, not the
// amount; a year or a span (2021년까지 5년간 … 투입하는 사업 계획을 발표한
// 바 있습니다) is more often the time the amount is spent in.
func (r *reading) reportedObject(at int, a amount) bool {
	n := len(r.words)
	main := -1
	switch {
	case n >= 3 && strings.HasPrefix(r.words[n-1].raw, "있") && r.words[n-2].raw == "바":
		main = n - 3
	case n >= 2 && strings.HasPrefix(r.words[n-1].raw, "것"):
		main = n - 2
	}
	if main <= a.last || main < at || !reportVerbRE.MatchString(r.words[main].raw) || !isAdnominal(r.words[main]) {
		return false
	}
	for i := at; i < main; i++ {
		if w := r.words[i]; w.verb && w.ends && !isAdnominal(w) && !particleVerbs[w.raw] {
			return false
		}
	}
	return true
}

// ownDeed reports whether the clause quoted from word at to word ce is a
// deed done, in the past, by the topic who reports it: no subject of its
// own stands in it, and its verb is no intent, plan or saying
// (한화에어로스페이스는 지난 4월 25일 … 실행계약을 체결했다고 발표했습니다:
// the day dates the signing, and what the contract holds, 16억 달러 상당의
// 천무를 제공하는; but 해외자산통제실은 1일 … GPI가 … 내기로 했다고
// 밝혔습니다, a deed of another, promised, dates the report, and a deed
// done before the topic's, 6억 달러를 탈취한 조직을 제재했다고, keeps its
// own time).
func (r *reading) ownDeed(at, ce, topic int) bool {
	if topic < 0 || !r.words[topic].actor && !r.words[topic].name || ce >= len(r.words) {
		return false
	}
	v := r.words[ce]
	if !v.verb || !pastDeedRE.MatchString(v.raw) || isSpeechWord(v.raw) || announceRE.MatchString(v.raw) || isReportWord(v.raw) || budgetRE.MatchString(v.raw) {
		return false // 3일 … 예산에 340억 달러를 배정했다고 밝혔습니다: what a budget holds, told that day
	}
	if ce > 0 && strings.HasSuffix(r.words[ce-1].raw, "기로") {
		return false // 미국은 17일 … 지원을 하기로 결정했다고 발표했습니다: a deed resolved on, an intent as 하기로 했다고 is
	}
	for k := at; k < ce; k++ {
		w := r.words[k]
		if w.subj && w.part != "은" && w.part != "는" && (w.part == "이" || w.part == "가") && r.isSubject(k) {
			return false
		}
		if chargedRE.MatchString(w.raw) {
			continue // 3일 약사법 … 혐의로 기소된 약사 A씨에게 … 선고했다고 (T19): the bare charge of the noun, no deed of its own
		}
		if isAdnominal(w) && !particleVerbs[w.raw] && !strings.HasSuffix(w.raw, "는") && !strings.HasSuffix(w.raw, "할") && !strings.HasSuffix(w.raw, "될") {
			return false // 1일 6억 달러를 탈취한 조직을 제재했다고: the theft is before the sanction
		}
	}
	return true
}

// chargedRE matches the adnominal of a passive charge (기소된, 구속된,
// 입건된): it names the noun after it by its charge and tells no deed.
var chargedRE = regexp.MustCompile(`^(?:기소|구속|입건|고발|송치|체포)된$`)

// budgetRE matches a verb that puts an amount into a budget or a plan
// (배정했다고, 편성했다고, 책정했다고, 반영했다고): what the budget holds is
// told on the day of the report, not done on it.
var budgetRE = regexp.MustCompile(`^(?:배정|편성|책정|반영|배분|할당)(?:했|됐)`)

// saidAt reports whether a venue of saying with 에서 (성명에서, 화상연설에서)
// stands in words [from, to): a day before it dates what is said there.
func (r *reading) saidAt(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		if w := r.words[i]; w.part == "에서" && speechVenues[w.stem] {
			return true
		}
	}
	return false
}

// speakerAfter returns the word that ends what is quoted when the
// sentence names its speaker only after it (…팔렸다고 … 데일리메일이
// 전했습니다, …취했다고 조선중앙통신이 보도했다): the subject of the verb
// of saying stands between the quotation and that verb, and no time
// does; or -1. The times before it are then the quotation's own, none
// the report's.
func (r *reading) speakerAfter() int {
	n := len(r.words)
	if n < 3 || !r.announcesLast() {
		return -1
	}
	for i := n - 2; i >= 1 && i >= n-5; i-- {
		w := r.words[i]
		if w.time {
			return -1 // …무산됐다고 29일 마이데일리가 보도했다: the report's day
		}
		if w.part != "이" && w.part != "가" || !w.noun {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if v := r.words[k]; r.quotative(k) && v.verb {
				return k
			} else if v.time || v.verb || v.part != "" {
				break
			}
		}
	}
	return -1
}

// madePublicAt reports whether a paper or a meeting where something is
// made public, with 에서 (자료에서, 회의에서, 유세 행사에서), stands in
// words [from, to).
func (r *reading) madePublicAt(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		if w := r.words[i]; w.part == "에서" && eventVenues[w.stem] {
			return true
		}
	}
	return false
}

// announcesLast reports whether the sentence ends with a verb of saying,
// announcing, promising or putting forward (덧붙였습니다, 공개했습니다,
// 약속했습니다, 계획을 내놓은 것입니다), past an auxiliary 있다 (밝히고
// 있습니다) or 것이다.
func (r *reading) announcesLast() bool {
	thing := false
	for i := len(r.words) - 1; i >= 0 && i >= len(r.words)-3; i-- {
		w := r.words[i]
		if strings.HasPrefix(w.raw, "것이") || strings.HasPrefix(w.raw, "것입") {
			thing = true // 계획을 내놓은 것입니다: the verb before 것이다
			continue
		}
		if w.verb || thing {
			if strings.HasPrefix(w.raw, "있") && i > 0 && strings.HasSuffix(r.words[i-1].raw, "고") {
				continue
			}
			return isSpeechWord(w.raw) || announceRE.MatchString(w.raw) || strings.HasPrefix(w.raw, "약속") || putForwardRE.MatchString(w.raw)
		}
	}
	return false
}

// quotedPredicate reports whether amount a is the predicate of what is
// said, a noun quoted right after it (경상수지가 100억 달러 흑자라고
// 밝혔다): a year or a quarter before it is then the figure's, not the
// saying's.
func (r *reading) quotedPredicate(a amount) bool {
	if a.after >= len(r.words) {
		return false
	}
	w := r.words[a.after]
	return w.noun && (w.part == "라고" || w.part == "이라고")
}

// actorSubject reports whether words [from, to) hold a subject (이, 가)
// that names an actor: 중국이, 북한 해킹조직이.
func (r *reading) actorSubject(from, to int) bool {
	for k := from; k < to; k++ {
		if w := r.words[k]; (w.part == "이" || w.part == "가") && w.actor && r.isSubject(k) {
			return true
		}
	}
	return false
}

// leads reports whether word first opens the sentence, after openers
// only (올해 5월에는 국무부가 …).
func (r *reading) leads(first int) bool {
	for i := 0; i < first; i++ {
		if w := r.words[i]; !openers[w.raw] && !conjunctions[w.raw] {
			return false
		}
	}
	return true
}

// announces reports whether the first verb from word at on — past the
// verbs that modify a noun (투입하는 내용의) and those that stand for a
// particle (대해, 위한, 통해) — is one of saying or announcing, and amount
// a stands before it: a time before such a verb dates the saying (조
// 바이든 대통령이 26일 … 80억 달러 규모의 추가 군사 지원안을 발표했습니다;
// 이날 정상회의에서 … 반대 의사를 밝혔습니다), not the amount it names; a
// time before a verb of doing dates the deed (19일 … 판매 계획을
// 승인했다고 … 발표했습니다).
func (r *reading) announces(at int, a amount) bool {
	for i := at; i < len(r.words) && i <= at+reach; i++ {
		w := r.words[i]
		if strings.HasSuffix(w.raw, "다고도") || strings.HasSuffix(w.raw, "라고도") {
			return false // … 큰 … 빚어졌다고도 덧붙였다: what is quoted ends first, a deed of its own
		}
		if !w.verb || particleVerbs[w.raw] || isAdnominal(w) && !w.ends {
			continue
		}
		if r.quotative(i) && (intentRE.MatchString(strings.TrimSuffix(strings.TrimSuffix(w.raw, "고"), "다")) || planRE.MatchString(w.raw)) {
			continue // 매수할 계획이라고 발표했지만: a plan is dated by its saying
		}
		return a.last < i && (isSpeechWord(w.raw) || announceRE.MatchString(w.raw))
	}
	return false
}

// particleVerbs are verbs that stand for a particle: 우크라이나에 대해,
// 반도체를 위한, 세계은행을 통해.
var particleVerbs = setOf("대해", "대해서", "대한", "위해", "위해서", "위한", "통해", "통해서", "통한", "따라", "따른",
	"관해", "관한", "의해", "의한", "인해", "인한", "비해", "걸쳐", "포함해", "포함한", "관련해", "관련된", "대비")

// speechVenues are where something is said: a day before one dates the
// saying (어제(3일) 성명에서).
var speechVenues = setOf("성명", "기자회견", "회견", "브리핑", "인터뷰", "보도자료", "연설", "화상연설", "간담회", "성명서", "담화", "기고")

// eventVenues are the papers and the meetings where something is made
// public: with 에서, in a sentence that ends by saying, announcing or
// promising, a day before one dates the saying (이날 자료에서 … 압수했다고
// 덧붙였습니다, 이날 … 회의에서 … 지원 방안을 공개했습니다, 19일 … 유세
// 행사에서 … 지급하겠다고 약속했습니다); without such an end the day is
// the event's (이날 행사에서 … 100만 달러를 지급했습니다), and so is it when
// the amount's verb enacts it there (이날 회의에서 … 예산안을 의결했다고).
var eventVenues = setOf("자료", "회의", "행사", "유세", "포럼", "세미나", "토론회", "청문회", "설명회", "강연", "회담", "통화", "전화통화")

// putForwardRE matches a verb that puts forward a plan or an offer (계획을
// 내놓은, 제안했다): what is only proposed at a call or a meeting is dated
// by its saying.
var putForwardRE = regexp.MustCompile(`^(?:내놓|내놨|제안[하했한])`)

// headSubject returns the first word of the sentence marked as a subject
// (은, 는, 도, 이, 가) within its first words, or -1.
func (r *reading) headSubject() int {
	for i := 0; i < len(r.words) && i < 8; i++ {
		w := r.words[i]
		if (w.part == "은" || w.part == "는" || w.part == "도" || w.part == "이" || w.part == "가") && w.noun && !w.time {
			return i
		}
		if w.ends {
			break
		}
	}
	return -1
}

// quotative reports whether word i ends a clause that a verb of saying
// quotes (…했다고, …라며, …할 것이라고): the saying's time stands outside it.
func (r *reading) quotative(i int) bool {
	if p := r.words[i].part; p == "이라고" || p == "라고" {
		return true // …일’이라고 평가했다
	}
	w := strings.Map(func(c rune) rune {
		if strings.ContainsRune(closeQuotes, c) {
			return -1
		}
		return c
	}, r.words[i].raw) // 발표한다”고
	for _, e := range []string{"다고", "라고", "다며", "라며", "다는", "냐고"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// analysedAt reports whether the clause from word at is closed by the
// result of an analysis, a survey or a count (…를 분석한 결과, …을 조사한
// 결과): a day before it dates the analysis, not what it found.
func (r *reading) analysedAt(at int) bool {
	for i := at; i < len(r.words) && i <= at+12; i++ {
		w := r.words[i]
		if w.stem == "결과" && i > at && isAdnominal(r.words[i-1]) && analysisRE.MatchString(r.words[i-1].raw) {
			return true
		}
		if w.ends && !isAdnominal(w) || w.comma {
			return false
		}
	}
	return false
}

// analysisRE matches the adnominal form of a verb of analysing, surveying
// or counting: 분석한, 조사한, 집계한, 살펴본, 검토한.
var analysisRE = regexp.MustCompile(`^(?:분석|조사|집계|검토|추산|취합)한$|^살펴본$`)

// thingSubject reports whether word i is the subject (이, 가) of a clause
// that is a thing, not an actor or a name: a time right after it dates
// what is said of the thing (머스크의 순자산이 지난 29일 … 넘어섰다고), not
// the report of it.
func (r *reading) thingSubject(i int) bool {
	w := r.words[i]
	return (w.part == "이" || w.part == "가") && w.noun && !w.actor && !w.named && !w.name && !w.time && !w.amt && isThing(w.stem)
}

// planAnnounced reports whether amount a stands in a clause quoted as a
// plan, not as a deed done (늘인다고, 투입하겠다고, 지원하기로 했다고; not
// 늘었다고), and the sentence ends by announcing it (발표했다, 발표했었다,
// 밝혔다): a month right after the topic then dates the announcement, as
// a day does (E4: 지난주 … 투입한다고 발표했었습니다).
func (r *reading) planAnnounced(a amount) bool {
	ce := r.clauseEnd(a.last)
	if ce >= len(r.words) || ce+1 >= len(r.words) || !r.quotative(ce) {
		return false
	}
	v := strings.TrimSuffix(r.words[ce].raw, "고")
	if pastDeedRE.MatchString(r.words[ce].raw) && !intentRE.MatchString(v) {
		return false // 매출이 … 늘었다고 밝혔다: the month of the sales
	}
	return r.announcesLast()
}

// monthPeriod reports whether period p is one month (2024-03): a month
// however written, 3월, 지난달, 이달 초.
func monthPeriod(p string) bool {
	return len(p) == len("2006-01") && p[4] == '-' && isDigit(rune(p[5]))
}
