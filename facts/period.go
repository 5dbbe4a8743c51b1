package facts

import (
	"sort"
	"strings"
	"time"
)

// period finds the time amount a belongs to (docs/meaning.md "period"):
// of an amount in brackets after another, that one's; of an amount in
// brackets after a time (전년(10억 달러), 한달 전(10,886원)), that time;
// else the time expression of its clause closest to it, else the time
// that frames the whole sentence (at its start, with a comma or 에는, or
// right after its topic). A time that dates a report (AP통신이 4일
// 보도했다), that is a comparison's base, a duration, a term of prison or
// the time of another amount's comparison or bracket is not the amount's;
// nor is one after the amount past a 던 게 (9천원대였던 게 … 지난달). It
// returns the period normalised against pub (empty when relative and pub
// is zero, or when the time is an open span or a list of times) and the
// expression as written.
func (r *reading) period(a amount, pub time.Time) (string, string) {
	ts := r.timeSpans(pub)
	host, inBracket := r.bracketHost(a)
	if inBracket && host >= 0 {
		return r.got[host].period, r.got[host].periodText
	}
	if inBracket && r.percentBracket(a) {
		inBracket = false // 3.97%(5천원) 상승한: the percent's own change, in its clause
	}
	if inBracket {
		// 전년(10억2천772만 달러), 한달 전(10,886원).
		for _, t := range ts {
			if t.end <= a.start && strings.TrimSpace(r.text[t.end:a.start]) == "(" {
				return t.period, t.text
			}
		}
	}
	if k := r.rateInBracketOf(a); k >= 0 {
		return r.got[k].period, r.got[k].periodText // 27억3천만 달러(주당 8.33달러): the host's time
	}
	if t, ok := r.bracketTime(a); ok && t.ok {
		return t.period, t.text // 500억달러(1988년)
	}
	// 근무하며 받은: a converb inside a relative clause (period_converb.go).
	cs, ce := r.relativeConverbStart(r.periodClauseStart(r.clauseStart(a.first))), r.clauseEnd(a.last)
	cs, ce = r.joinedStart(cs, a), r.joinedEnd(ce, a) // a time belongs to the predicate after it (period_attach.go)
	lo, hi := r.words[cs].start, r.words[ce].end
	if inBracket {
		hi = a.start // 무궁화위성 3호(3019억 투자)는 2011년 9월에: not its time
		for i := a.first - 1; i > cs; i-- {
			if r.words[i].comma {
				lo = r.words[i+1].start // …에, 무궁화위성 3호(3019억 투자): nor the item's before
				break
			}
		}
	}
	for i := a.after; i <= ce && i < len(r.words); i++ {
		if w := r.words[i].raw; strings.HasSuffix(w, "던") && i+1 < len(r.words) && (r.words[i+1].raw == "게" || strings.HasPrefix(r.words[i+1].raw, "것")) {
			hi = r.words[i].end // 2천원 안팎하던 게 지난달 7천200원: 지난달 is not 2천원's
			break
		}
	}
	if p, text, ok := r.wholeTime(ts, a); ok {
		return p, text // 2021년의 총 예산 2억 달러 가운데 … 지출은 91만 달러: the whole's time
	}
	// 8천370억 달러 규모의 2023회계연도 국방수권법안: the time of the
	// thing the amount sizes is the amount's, wherever else a time stands.
	if t, ok := r.headTime(ts, a); ok {
		return t.period, t.text
	}
	if p, text, ok := r.baseOwnTime(ts, a); ok {
		return p, text // 지난해 동기의 27억3천만 달러보다: the base's own time (T18)
	}
	if p, text, ok := r.baseDatedTime(ts, a); ok {
		return p, text // 전년 동기(2024년 6월) 9억원 대비: the base's own time, no 의 (period_base_dated.go)
	}
	best, bestDist := -1, 0
	for k, t := range ts {
		if !t.ok || t.start < lo || t.end > hi || t.start < a.end && t.end > a.start || r.dated(t, a) || r.notFor(t, a) {
			continue
		}
		if t.start >= a.end && r.timesCompared(ts, k) {
			continue // 3억원 이상인 주택의 … 2000년에는 0.8%였지만 2013년에는 30.0%: the times of the values compared
		}
		d := r.distance(t, a)
		if best < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		if t := ts[best]; len(t.items) > 1 {
			// 2016년과 2015년 상반기 … 각각 23억 달러와 25억 달러.
			if n := r.listPositionAfter(a, t.end); n >= 0 && n < len(t.items) && r.eachBetween(t.end, a.start) {
				return t.items[n], t.text
			}
		}
	}
	if best < 0 || len(ts[best].items) == 0 {
		// 3월과 4월에 … 기록을 남겼는데, 수입액은 각각 11만 달러와 39만
		// 달러로: a list of times and a list of as many amounts, paired by
		// 각각 across the clause.
		if t, n, ok := r.pairedTimes(ts, a); ok {
			return t.items[n], t.text
		}
	}
	if a.list && a.kin >= 0 && (best < 0 || ts[best].end <= r.amts[a.kin].start) {
		return r.got[a.kin].period, r.got[a.kin].periodText // 지난 연말 kg당 5천원 안팎, 2천원 안팎
	}
	if best >= 0 {
		return ts[best].period, ts[best].text
	}
	if inBracket {
		// 1분기 주식재산 순위 1위 이재용(30조원), 2위 서정진 회장(13조원):
		// a time that opens the sentence frames every item of it; else
		// only a time before it in its clause (무궁화위성 3호(3019억 투자)는).
		if t, ok := r.frame(ts, a); ok && t.start == 0 && r.namedBracket(a) {
			return t.period, t.text
		}
		if t, ok := r.listGroupTime(ts, a); ok {
			return t.period, t.text // A(10억원), B(9억원) 등 올 들어 … 거래된 아파트 중 (period_list_group.go)
		}
		return "", ""
	}
	if t, ok := r.frame(ts, a); ok {
		return t.period, t.text
	}
	if t, ok := r.whenTime(ts, a); ok {
		return t.period, t.text // 1년 후쯤이면 1억 원 정도의 적립이: the time the clause is set at
	}
	if t, ok := r.asOfAfterTopic(ts, a); ok {
		return t.period, t.text // 2천만원 이상 조기 … 집주인 비중은 6월 말 기준 26.8%
	}
	if t, ok := r.sequenceTime(ts, a); ok {
		return t.period, t.text // 지난 2010년 2월부터 3월 사이에 … 맺은 뒤 5000만원을 받았다
	}
	if p, text, ok := r.totalOfSpan(a); ok {
		return p, text // 올해부터 5년간 매년 8천억 위안 … 배정해, 총 4조 위안
	}
	// 2021회계연도 국방수권법을 통해 … 확대하고, … 예산으로 22억5천만
	// 달러를 배정한: a fiscal year the sentence names before the amount
	// dates the budgets it holds, though in another clause.
	for _, t := range ts {
		if t.ok && t.period != "" && strings.Contains(t.text, "회계연도") && t.end <= a.start && !r.dated(t, a) && !r.notFor(t, a) {
			return t.period, t.text
		}
	}
	if p, text, ok := r.gappedTime(a); ok {
		return p, text // 매출은 올해 5억원을 기록했고, 영업이익은 1억원을 기록했다: the time the predicate shares
	}
	if r.back && r.carriesTime() {
		return r.pointedPeriod(pub) // 이를 위해 94억 달러가 필요하다고: the year the sentence before names
	}
	return "", ""
}

// pointedPeriod returns the time of a sentence that points back and
// names none of its own (이는 …, 이를 위해 …, 이 중 …): that of the last
// amount of the sentence before, or the first time it names that is no
// day (a day dates its report more often than its figures).
func (r *reading) pointedPeriod(pub time.Time) (string, string) {
	if r.prevPeriod != "" || r.prevPeriodText != "" {
		return r.prevPeriod, r.prevPeriodText
	}
	if r.prev == "" {
		return "", ""
	}
	for _, t := range r.before().timeSpans(pub) {
		if t.ok && t.period != "" && !t.day && len(t.items) == 0 {
			return t.period, t.text
		}
	}
	return "", ""
}

// headTime returns the time that opens the noun phrase amount a
// modifies (… 원 규모의 2023회계연도 예산안, … 달러 2025년 예산), when
// a noun follows it in the phrase, or that the amount's clause modifies
// (1천406만 달러를 기록한 8월).
func (r *reading) headTime(ts []timeSpan, a amount) (timeSpan, bool) {
	if (a.tail == "을" || a.tail == "를") && a.after+1 < len(r.words) && isAdnominal(r.words[a.after]) && r.words[a.after+1].time {
		// 1천406만 달러를 기록한 8월: the time that the amount's clause
		// modifies.
		for _, t := range ts {
			if t.start == r.words[a.after+1].start && t.ok && t.period != "" {
				return t, true
			}
		}
	}
	// 100억 달러를 넘긴 해는 2014년이었습니다: the amount's clause
	// modifies a noun of time whose predicate is the time.
	if (a.tail == "을" || a.tail == "를" || a.tail == "이" || a.tail == "가") && a.after+2 < len(r.words) && isAdnominal(r.words[a.after]) {
		if n, w := r.words[a.after+1], r.words[a.after+2]; timeNouns[n.stem] && topicParts[n.part] && w.time {
			for _, t := range ts {
				if t.start == w.start && t.ok && t.period != "" {
					return t, true
				}
			}
		}
	}
	// 북한의 지난달 페로실리콘 수출액 396만 달러는 올해 들어 …, 2023년
	// 4분기 경상수지가 100억 달러 흑자: the time inside the noun the amount
	// measures, bare, is the amount's; a day there (이날 경상수지가) may date
	// the saying, and an actor (이날 최빈국들이) is no noun measured.
	if t, ok := r.headAfterTime(ts, a); ok && a.tail == "의" {
		return t, true // 2020년 분담금을 약 10억 달러 수준의 2019년 분담금에서: the noun it sizes, not the object before
	}
	if m, ms := r.measuredSpan(a); m >= 0 && m == a.before && ms > 0 && !r.words[m].actor {
		if w := r.words[ms-1]; w.time && w.part == "" && !w.comma {
			for _, t := range ts {
				if t.start == w.start && t.ok && t.period != "" && t.end <= r.words[ms].start && (!t.day || r.words[m].part == "") {
					return t, true
				}
			}
		}
	}
	return r.headAfterTime(ts, a)
}

// headAfterTime returns the bare time that opens the noun amount a sizes
// with 의, or with 규모의 or 수준의 (8천370억 달러 규모의 2023회계연도
// 국방수권법안, 약 10억 달러 수준의 2019년 분담금에서).
func (r *reading) headAfterTime(ts []timeSpan, a amount) (timeSpan, bool) {
	if a.tail != "의" && a.tail != "" || a.after >= len(r.words) || a.after <= a.last && a.tail == "" {
		return timeSpan{}, false
	}
	at := a.after
	if a.tail == "" && at+1 < len(r.words) && r.words[at].part == "의" && scaleWords[r.words[at].stem] && !r.words[at].comma {
		at++ // 약 10억 달러 수준의 2019년 분담금: past the word of scale
	}
	w := r.words[at]
	if !w.time || w.part != "" || w.comma || r.words[at-1].comma {
		return timeSpan{}, false
	}
	for _, t := range ts {
		if t.start != w.start || !t.ok || t.period == "" && !strings.Contains(t.text, "회계") && !yearRE.MatchString(t.text) && !strings.HasSuffix(t.text, "년도") {
			continue // 내년도 예산안, undated: a fiscal year told from the present keeps its words (P2)
		}
		k := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
		if k < len(r.words) && r.words[k].noun && !r.words[k].time && !r.words[k].money {
			return t, true
		}
	}
	return timeSpan{}, false
}

// timeNouns are nouns of a time that a clause may modify and a time
// name: 넘긴 해는 2014년, 기록한 때는 3월.
var timeNouns = setOf("해", "때", "시기", "시점", "달", "날", "연도")

// pairedTimes returns the list of times before amount a in its sentence
// with as many items as a's list has amounts, 각각 standing between them,
// and a's place in its list.
func (r *reading) pairedTimes(ts []timeSpan, a amount) (timeSpan, int, bool) {
	n := r.listPosition(a)
	if n < 0 {
		return timeSpan{}, 0, false
	}
	head := a.kin
	if !a.list {
		for k := range r.amts {
			if r.amts[k].start == a.start {
				head = k
			}
		}
	}
	size := 0
	for k := head; k < len(r.amts); k++ {
		if k == head || r.amts[k].list && r.amts[k].kin == head {
			size++
		}
	}
	for k := len(ts) - 1; k >= 0; k-- {
		t := ts[k]
		if t.end > r.amts[head].start || len(t.items) == 0 {
			continue
		}
		if len(t.items) == size && n < size && r.eachBetween(t.end, r.amts[head].start) {
			return t, n, true
		}
		break
	}
	return timeSpan{}, 0, false
}

// listPositionAfter returns the place of amount a in its list counted
// from the first item after byte from, where a list of times paired with
// it by 각각 ends (2020년 첫 6개월 4억 달러, 2021년과 2022년은 각각 6천만
// 달러와 3억 달러: 6천만 달러 is the first item the times pair, 2021's),
// or -1.
func (r *reading) listPositionAfter(a amount, from int) int {
	n := r.listPosition(a)
	if n <= 0 {
		return n
	}
	for k := range r.amts {
		b := r.amts[k]
		if b.start >= from || b.start >= a.start {
			break
		}
		if k == a.kin || b.list && b.kin == a.kin {
			n-- // an item before the times is none of theirs
		}
	}
	return n
}

// listPosition returns the place of amount a in the list it heads or
// belongs to (0 for the first), or -1.
func (r *reading) listPosition(a amount) int {
	if !a.list {
		for k := range r.amts {
			if r.amts[k].start == a.start {
				if k+1 < len(r.amts) && r.amts[k+1].list && r.amts[k+1].kin == k {
					return 0
				}
				return -1
			}
		}
		return -1
	}
	n := 0
	for k := a.kin; k < len(r.amts) && r.amts[k].start < a.start; k++ {
		if k == a.kin || r.amts[k].list && r.amts[k].kin == a.kin {
			n++
		}
	}
	return n
}

// eachBetween reports whether 각각 stands between bytes lo and hi.
func (r *reading) eachBetween(lo, hi int) bool {
	return lo < hi && strings.Contains(r.text[lo:hi], "각각")
}

// totalOfSpan returns the closed span of an amount given per year or
// month before amount a in its sentence, when a is their total (총) and
// its own clause names no time: 올해부터 5년간 매년 8천억 위안(…) … 배정해,
// 총 4조 위안 → the five years.
func (r *reading) totalOfSpan(a amount) (string, string, bool) {
	if !hasQual(a, "총") {
		return "", "", false
	}
	for k := len(r.got) - 1; k >= 0; k-- {
		m, b := r.got[k], r.amts[k]
		if b.start >= a.start {
			continue
		}
		if m.per != "" && strings.Contains(m.period, "/") {
			return m.period, m.periodText, true
		}
	}
	return "", "", false
}

// wholeTime returns the time of the whole amount a is part of: an amount
// before it in its sentence followed by 가운데 or 중 (2021년의 총 예산 2억
// 2천 700만 달러 가운데 서울사무소의 정규 예산 지출은 91만 달러), or pointed
// back to by 이 가운데, 이 중, 그중 in a's clause, when no time stands between
// the two.
func (r *reading) wholeTime(ts []timeSpan, a amount) (string, string, bool) {
	for k := len(r.got) - 1; k >= 0; k-- {
		b := r.amts[k]
		if b.end > a.start || b.after >= len(r.words) || b.after >= a.first {
			continue
		}
		if w := r.words[b.after].raw; (b.tail != "" || w != "가운데" && w != "중") && !r.partOfBefore(b, a) {
			return "", "", false
		}
		for _, t := range ts {
			if t.start >= b.end && t.end <= a.start {
				return "", "", false
			}
		}
		m := r.got[k]
		return m.period, m.periodText, m.period != "" || m.periodText != ""
	}
	return "", "", false
}

// namedBracket reports whether amount a stands in brackets right after a
// noun glued to them that names what it is of (이재용(30조원), 서정진
// 회장(13조원)), not after an adverb of degree (소폭(100만 달러) 증가: the
// size of a change) or a time (전년(10억 달러)).
func (r *reading) namedBracket(a amount) bool {
	w := r.words[a.first]
	b := strings.IndexByte(r.text[w.start:a.start], '(')
	if b <= 0 {
		return false
	}
	host := r.text[w.start : w.start+b]
	return !degreeWords[host] && !timeWholeRE.MatchString(host) && !isDigit(rune(host[0]))
}

// partOfBefore reports whether the words between amounts b and a point
// back to b as the whole a is part of (269억 달러이며 그나마 … 가운데
// 석유제품이 193달러: 이 가운데, 이 중, 그중), with no other amount between.
func (r *reading) partOfBefore(b, a amount) bool {
	for i := b.last + 1; i < a.first && i < len(r.words); i++ {
		w := r.words[i]
		if w.money {
			return false
		}
		if w.raw == "그중" || w.raw == "이중" || (w.raw == "가운데" || w.raw == "중") && i > 0 && r.words[i-1].raw == "이" {
			return true
		}
	}
	return false
}
