package facts

import (
	"regexp"
	"sort"
	"strings"
)

// This file tells which time of a sentence is not an amount's: another
// clause's, a quotation's, a comparison's, a bracket's.

// notFor reports whether time t, in amount a's clause, belongs to
// another amount: it glosses a bracketed one (한달 전(10,886원)), or a
// comparison's base amount stands between them (2009년에 제안한
// 3조5천억원보다 1조7천억원 증액된), or 이후 (thereafter) does.
func (r *reading) notFor(t timeSpan, a amount) bool {
	if strings.HasPrefix(r.text[t.end:], "(") && r.glossesAmount(t) && !(t.end <= a.start && r.bracketAdverbial(t)) {
		return true // 한달 전(10,886원): the time of the bracketed amount
	}
	if strings.HasPrefix(r.text[t.end:], "에 이어 ") || strings.HasPrefix(r.text[t.end:], "에 이어서 ") {
		return true // 지난달에 이어 또다시 2억 달러에 근접: an earlier instance's time (fourteenth round, d14 "Kept")
	}
	if t.end <= a.start && r.inBasePhrase(t, a) {
		return true // 2009년 파업의 69억원에 비해 훨씬 많은 447억원: the base's time
	}
	if t.end <= a.start && r.madeAt(t, a) {
		return true // 1899년 … 발행된 ' 일자첨쇄우표 ' 가 1백 80만 원: when the thing priced was made
	}
	if t.end <= a.start && r.inRelativeOfOther(t, a) {
		return true // 지난 3월 … 약속한 이전 4억 달러를 포함해 약 14.5 달러: the time of the other amount's clause
	}
	if t.end <= a.start && r.inRelativeAfterOther(t, a) {
		return true // 2019년 7월에는 11억8000만원에도 거래되던 아파트 가격이 … 4억5000만원: the relative clause's amount's time
	}
	if r.relativeDeedTime(t, a) {
		return true // 2019년 도입한 제도로 5억 달러를 절감했다: the introducing's year
	}
	if t.end <= a.start && r.procedureTime(t, a) {
		return true // 1월 초 서울에서 기자회견을 열고 … 25억 달러를 투자해: the press conference's month
	}
	if t.end <= a.start && r.closesItemBefore(t, a) {
		return true // 300억 달러어치 제품에는 4일부터, 나머지 1천250억 달러어치 제품은: the first item's time
	}
	if t.start >= a.end && r.pastOfAmount(t.start) && !r.pastOfThis(t, a) {
		return true // 4126만원으로 2000만원을 웃돌던 2015년 대비: 2015년 is the later amount's (period_degree.go)
	}
	if t.start >= a.end && r.laterTopic(t, a) {
		return true // 6월 수출액은 1천118만 달러로 7월은 …; … 이 요트는 2007년부터 …: another topic's time
	}
	if t.start > 0 && r.text[t.start-1] == '(' && strings.HasPrefix(r.text[t.end:], ")") {
		for _, b := range r.amts {
			if b.start != a.start && b.end == t.start-1 {
				return true // 연간 수출액 500억달러(1988년)에서 … 수출액 500억달러: the first one's year
			}
		}
	}
	if r.quoteAt(a.start) != r.quoteAt(t.start) {
		return true // CNN은 지난 2월 … “… 수만 달러에 달하는 월급을 …”: what is quoted has its own times
	}
	if r.datesDocument(t) {
		return true // 지난달 유엔 보고서를 인용해 …: the report's month
	}
	if r.basisOfOther(t, a) {
		return true // 2014년 기준 5000원인 담배가 … 7000원으로: the old price's basis
	}
	if r.placeDeedTime(t, a) {
		return true // 지난달 … 대통령이 서명한 IRA에는 … 보조금 7천500달러: the signing's month
	}
	lo, hi := t.end, a.start
	if t.start >= a.end {
		lo, hi = a.end, t.start
	}
	for _, b := range r.amts {
		if b.start < lo || b.end > hi {
			continue
		}
		if b.tail == "에서" && t.end <= b.start && r.aheadBetween(b.last+1, a.first) {
			return true // 지난해 300억 달러에서 장기적으로 1천억 달러까지: the target has no time of the start
		}
		if r.firstEndTime(t, b, a) {
			return true // 4월 3천420만 달러에서 2천393만 달러로: April's is the first end (M6)
		}
		compared := (b.tail == "와" || b.tail == "과") && b.after < len(r.words) && likeWord(r.words[b.after].raw)
		if (strings.HasPrefix(b.tail, "보다") || b.tail == "보단" || compared || strings.HasPrefix(r.text[b.end:], ")보다")) && !r.timedBase(b, t) && !r.headFrame(t, b) {
			return true
		}
	}
	// 작년과 비슷한 수준인 50억 원: the time compared with.
	if i := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end }); i+1 < len(r.words) && r.words[i].stemEnd == t.end {
		if w := r.words[i]; (w.part == "와" || w.part == "과") && likeWord(r.words[i+1].raw) {
			return true
		}
	}
	if t.start >= a.end {
		// … 탈취한 4천100만 달러 상당의 가상 자산과 2022년 11월 … 탈취한
		// 2천800만 달러: a time after the noun the amount sizes and its 과
		// opens the next item of the list.
		for i := a.after; i < len(r.words) && r.words[i].end <= t.start; i++ {
			if w := r.words[i]; (w.part == "과" || w.part == "와") && w.noun && !w.time && !w.money && w.end+1 == t.start {
				return true
			}
		}
		if r.nextItemAfterComma(t, a) {
			return true // 작년 2월 … 4천만원을, 작년 10월 … 540만원을 각각 받았다: the next item's
		}
		// 수만 달러를 모금한 기관 2곳을 19일 제재했습니다: a time after the
		// noun that the amount's clause modifies is the main clause's.
		for i := a.after; i+1 < len(r.words) && r.words[i+1].start < t.start; i++ {
			if w := r.words[i]; isAdnominal(w) && !w.ends && r.words[i+1].noun && !r.words[i+1].time && !genericHeads[r.words[i+1].stem] {
				return true
			}
			if r.words[i].ends {
				break
			}
		}
		// 7만 8천원, 2010년 조사 결과(35만4천원)와: a time just before
		// another amount is that one's.
		for _, b := range r.amts {
			if b.start >= t.end && b.start-t.end < 40 && !strings.HasPrefix(r.text[t.end:], ",") {
				return true // but 300억 달러어치 제품에는 4일부터, 나머지 1천250억: a comma closes a's item
			}
		}
	}
	if t.end <= a.start && !strings.HasPrefix(r.text[t.end:], " 기준") {
		// (작년 1분기 기준 …: a time things are as of frames them all.)
		for i := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end }); i < a.first; i++ {
			w := r.words[i]
			if (w.raw == "이후" || w.raw == "이후엔") && !(t.since > 0 && w.start < t.since) {
				return true // 올 1월엔 …이었던 가격이 이후 꾸준히 5천원대
			}
			if isAdnominal(w) && i+1 < a.first && sequenceNouns[r.words[i+1].stem] {
				break // 2006년 사옥을 매각하는 과정에서 …: the time of a course that leads into the rest
			}
			// 바이든 대통령이 지난해 8월 9일 서명한 반도체지원법은 …: the
			// time of a clause that modifies the sentence's subject, or
			// another amount (2013년부터 2년간 구입한 52억원대 상품권 중 …
			// 17억원), is not this amount's.
			if isAdnominal(w) && !w.comma && i+1 < a.first {
				n := r.words[i+1]
				if m, _ := r.measuredSpan(a); m == i+1 && !n.amt && !n.money && a.tail != "의" {
					continue // 작년 한 해에만 … 탈취한 암호화폐는 6억 달러에: what it measures
				}
				if r.measuresDeed(a, w) {
					continue // 지난달 … 수입한 품목은 …, 수입액만 1천 302만 달러: the deed it measures
				}
				if t.start == 0 && pointingTimes[t.text] {
					continue // 이 기간 … 기록한 나라는 …: a time pointing back, heading the sentence, frames it all
				}
				if (n.part == "은" || n.part == "는" || n.part == "이" || n.part == "가") && n.noun && !r.noOtherDeed(t, a, i) || (n.amt || n.money) && i+1 < a.first-1 {
					return true // but 28일 시작된 … 비료제공에 따른 비용은, 지난해 … 분담금을 낸 국가는: no deed of another's
				}
				if pointers[n.raw] && i+2 < a.first {
					// 지난 2020년 8월 개업한 이 가게는 하루 매출 300만 원을: the
					// subject past its demonstrative.
					if d := r.words[i+2]; d.noun && (d.part == "은" || d.part == "는" || d.part == "이" || d.part == "가") {
						return true
					}
				}
			}
		}
	}
	return false
}

// datesDocument reports whether time t dates a document written right
// after it, past at most one bare name (지난달 유엔 보고서를 인용해, 지난해
// 국방부 자료에 따르면): the time of the report, not of the figures it gives.
func (r *reading) datesDocument(t timeSpan) bool {
	i := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
	for k := i; k < len(r.words) && k <= i+1; k++ {
		w := r.words[k]
		if documentNouns[w.stem] {
			return true
		}
		if k == i && isAdnominal(w) && publishRE.MatchString(w.raw) && k+1 < len(r.words) && documentNouns[r.words[k+1].stem] {
			return true // 이달 초 발표한 보고서에서: the report's month
		}
		if w.part != "" || w.verb || w.comma {
			return false
		}
	}
	return false
}

// publishRE matches a verb that puts out a document, modifying it: 발표한
// 보고서, 공개한 자료, 펴낸 논문.
var publishRE = regexp.MustCompile(`^(?:발표|공개|발간|공표|게재|제출)[한된]$|^(?:펴낸|낸|내놓은)$`)

// documentNouns are nouns of a document that a time dates. Data and
// statistics (올해 상반기 자료, 통계) are of the time they cover, and are
// not among them.
var documentNouns = setOf("보고서", "보도자료", "발표문", "논문", "기사", "성명", "성명서")

// quoteAt returns which quotation in double quotation marks (“…”,
// "…") holds byte i of the sentence, numbered from 1, or 0 when none.
func (r *reading) quoteAt(i int) int {
	if r.quotes == nil {
		r.quotes = [][2]int{}
		open := -1
		for k, c := range r.text {
			switch {
			case c == '“' || c == '"' && open < 0:
				open = k
			case (c == '”' || c == '"') && open >= 0:
				r.quotes = append(r.quotes, [2]int{open, k})
				open = -1
			}
		}
	}
	for n, q := range r.quotes {
		if i > q[0] && i < q[1] {
			return n + 1
		}
	}
	return 0
}

// likeWord reports whether w, after a noun with 와 or 과, compares with
// it: 비교해, 비해, 비슷한, 유사한, 같은, 달리.
func likeWord(w string) bool {
	for _, p := range []string{"비교", "비해", "비슷", "유사", "같은", "같이", "달리", "맞먹", "대등"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// bracketHost reports whether amount a stands in brackets after a word:
// then host is the amount the brackets follow (7000만원(원금 300만 원)),
// or -1 when they follow a noun (전년(…), 무궁화위성 2호(1500억 투자)).
func (r *reading) bracketHost(a amount) (host int, ok bool) {
	w := r.words[a.first]
	inside := a.start > w.start && strings.HasSuffix(r.text[w.start:a.start], "(")
	if !inside && !(w.open && a.first > 0 && strings.HasPrefix(strings.TrimLeft(r.text[w.start-1:w.end], " "), "(")) {
		return -1, false
	}
	for k := len(r.amts) - 1; k >= 0; k-- {
		b := r.amts[k]
		if b.end <= a.start && b.last >= a.first-1 && r.amts[k].end < a.start && k < len(r.got) {
			if strings.TrimSpace(strings.TrimLeft(r.text[b.end:a.start], "원달러 ")) == "(" || strings.HasSuffix(strings.TrimSpace(r.text[b.end:a.start]), "(원금") {
				return k, true
			}
		}
	}
	return -1, true
}

// distance returns how far time t stands from amount a, in words; a time
// before the amount wins a tie.
func (r *reading) distance(t timeSpan, a amount) int {
	if t.end <= a.start {
		last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
		return 2 * (a.first - last)
	}
	at := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
	return 2*(at-a.last) + 1
}

// bracketTime returns the time written alone in brackets right after
// amount a (연간 수출액 500억달러(1988년)): the amount's own time.
func (r *reading) bracketTime(a amount) (timeSpan, bool) {
	if !strings.HasPrefix(r.text[a.end:], "(") {
		return timeSpan{}, false
	}
	for _, t := range r.spans {
		if t.start == a.end+1 && strings.HasPrefix(r.text[t.end:], ")") {
			return t, true
		}
	}
	return timeSpan{}, false
}

// timedBase reports whether base amount b stands in brackets right after
// a time of its own other than t (올 상반기 순이익은 3조 원으로 지난해
// 상반기(2조 원)보다 1조 원 늘었다): that time is the base's, and t, before
// it, stays the sentence's.
func (r *reading) timedBase(b amount, t timeSpan) bool {
	pre := strings.TrimRight(r.text[:b.start], " ")
	if !strings.HasSuffix(pre, "(") {
		return false
	}
	end := len(pre) - 1
	for _, u := range r.spans {
		if u.end == end && u.start != t.start {
			return true
		}
	}
	return false
}

// headFrame reports whether the time t stands in the head noun phrase of
// the sentence, its topic's, with a clause closed by a comma between it
// and the base of comparison b: it frames the change too (북한의 2월 쌀
// 구입 금액은 662만 달러로, 2위인 대두유 수입액 503만 달러보다 약 160만
// 달러 더 많았습니다), where a time of the base's own clause (2009년에
// 제안한 3조5천억원보다) does not.
func (r *reading) headFrame(t timeSpan, b amount) bool {
	at := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
	last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
	if !r.inHead(at, last) {
		return false
	}
	for i := last + 1; i < b.first && i < len(r.words); i++ {
		if r.words[i].comma {
			return true
		}
	}
	return false
}

// placeDeedTime reports whether the time t stands in a clause that
// modifies a noun with 에 or 에는 before amount a, the place or the
// receiver of a's deed, and so dates that noun's own deed: 지난달 조
// 바이든 대통령이 서명한 IRA에는 … 보조금 7천500달러를 지급하는 내용이
// 포함됐습니다 (the signing's month), 지난 4월 … 침투한 국방 기술 회사에
// 660만 달러 가치에 달하는 비트코인을 요구 (the intrusion's). A clause on a
// topic (지난달 … 수입한 품목은 …) is left to the frame.
func (r *reading) placeDeedTime(t timeSpan, a amount) bool {
	if t.end > a.start {
		return false
	}
	last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
	for i := last + 1; i+1 < a.first && i < len(r.words); i++ {
		w := r.words[i]
		if w.ends && !isAdnominal(w) || w.comma {
			return false
		}
		if !isAdnominal(w) || particleVerbs[w.raw] {
			continue
		}
		k := i + 1
		for k+1 < a.first && k < i+4 && r.words[k].noun && r.words[k].part == "" && !r.words[k].money {
			k++ // 침투한 국방 기술 회사에: to the head of the noun phrase
		}
		n := r.words[k]
		if !n.noun || n.time || n.amt || n.money || n.part != "에" && n.part != "에는" {
			return false
		}
		// 시작된 … 공사에 따른 비용은: the 에 of a verb standing for a
		// particle names no place or receiver of a's deed.
		return k+1 >= len(r.words) || !particleVerbs[r.words[k+1].raw]
	}
	return false
}

// measuresDeed reports whether the noun amount a measures names the deed
// of the verb w, which modifies a noun: 수입한 … 수입액만 1천 302만 달러.
func (r *reading) measuresDeed(a amount, w word) bool {
	v := []rune(w.raw)
	if len(v) < 3 {
		return false
	}
	m, s := r.measuredSpan(a)
	if m < 0 || s < 0 || s > m {
		return false
	}
	return strings.Contains(r.text[r.words[s].start:r.words[m].end], string(v[:len(v)-1]))
}

// aheadBetween reports whether words [from, to) hold an adverb of time
// ahead (장기적으로, 앞으로, 향후): the amount after it is a target, not a
// level of the time before.
func (r *reading) aheadBetween(from, to int) bool {
	for i := from; i < to && i < len(r.words); i++ {
		if aheadWords[r.words[i].raw] {
			return true
		}
	}
	return false
}

// aheadWords are adverbs of time ahead.
var aheadWords = setOf("장기적으로", "중장기적으로", "궁극적으로", "앞으로", "향후", "장차", "머지않아")

// pointingTimes are the times that point back to one named before (the
// guide's 당시, 이 기간, 같은 해): heading a sentence, they frame all of it.
var pointingTimes = setOf("이 기간", "같은 기간", "당시", "그 당시", "같은 해", "이해", "그해", "이 해", "이듬해")

// pointers point at the noun after them: 이 가게, 그 회사, 해당 업체.
var pointers = setOf("이", "그", "저", "해당")

// laterTopic reports whether time t, after amount a, opens or follows a
// new topic past a's clause: the time is a topic itself (7월은 이에 비하면),
// or a noun marked as a topic stands between the amount and it (… 600만
// 달러에 이르는 이 요트는 2007년부터 2011년 사이 제조된): the time is that
// topic's, not the amount's.
func (r *reading) laterTopic(t timeSpan, a amount) bool {
	last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
	if last < len(r.words) && r.words[last].time && (r.words[last].part == "은" || r.words[last].part == "는") {
		return true
	}
	at := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
	for i := a.after; i < at && i < len(r.words); i++ {
		if w := r.words[i]; w.noun && !w.time && !w.amt && (w.part == "은" || w.part == "는") && i > a.after {
			return true
		}
	}
	return false
}

// inBasePhrase reports whether time t, before amount a, stands in the
// phrase of another amount that is the base a is compared with (2009년
// 파업의 69억원에 비해 훨씬 많은 447억원): a word of comparison (…에 비해,
// …보다, 대비) closes, before a, a phrase that holds t and an amount, with
// no topic, subject or verb between them. A base with no amount (올해 전년
// 대비 5억원) leaves the time to a.
func (r *reading) inBasePhrase(t timeSpan, a amount) bool {
	last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
	money := false
	for i := last + 1; i < a.first && i < len(r.words); i++ {
		w := r.words[i]
		if w.money || w.amt {
			money = true
		}
		base := strings.HasSuffix(w.raw, "보다") || w.raw == "대비" || strings.HasSuffix(w.raw, "에") && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "비해")
		// … 거래된 것과 비교하면 5500만원 오른: 과 or 와 before a verb of
		// comparing closes the base as 보다 does (docs/meaning.md
		// "Twentieth round: role on domestic copy").
		base = base || (w.part == "과" || w.part == "와") && i+1 < a.first && strings.HasPrefix(r.words[i+1].raw, "비교")
		if base {
			return money
		}
		if w.verb && !isAdnominal(w) || w.part == "은" || w.part == "는" || w.part == "이" || w.part == "가" {
			return false
		}
	}
	return false
}

// closesItemBefore reports whether time t, before amount a, closes with a
// comma the item of an amount before it in the same clause (이 가운데 300억
// 달러어치 제품에는 4일부터, 나머지 1천250억 달러어치 제품은 21일 안에): it is
// that item's time, and the item after the comma has its own.
func (r *reading) closesItemBefore(t timeSpan, a amount) bool {
	last := sort.Search(len(r.words), func(i int) bool { return r.words[i].end >= t.end })
	if last >= len(r.words) || !r.words[last].comma || r.words[last].end != t.end && !strings.HasPrefix(r.text[t.end:], ",") {
		return false
	}
	for _, b := range r.amts {
		if b.end > t.start || b.start == a.start {
			continue
		}
		for i := b.last + 1; i < last; i++ {
			if w := r.words[i]; w.verb && !isAdnominal(w) || w.comma {
				return false
			}
		}
		if b.last < last && r.clauseStart(b.first) == r.clauseStart(last) {
			return true
		}
	}
	return false
}

// inRelativeOfOther reports whether time t stands in a relative clause on
// another amount b between t and amount a: an adnominal verb one or two
// words before b (미 정부가 약속한 이전 4억5천600만 달러), no comma from t
// to b.
func (r *reading) inRelativeOfOther(t timeSpan, a amount) bool {
	for _, b := range r.amts {
		if b.start < t.end || b.end > a.start || b.start == a.start {
			continue
		}
		for k := b.first - 1; k >= 0 && k >= b.first-2; k-- {
			if r.words[k].start < t.end || r.words[k].comma || r.words[k].ends {
				break
			}
			if r.clauseOnTopic(k, b, a) {
				break // 올해 4월 … 수출한 액수는 2천만 달러로 … 500만 달러 많다: the clause is the topic's (period_topic_clause.go)
			}
			if r.words[k].adn {
				for i := k; i >= 0 && r.words[i].start >= t.end; i-- {
					if r.words[i].comma {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// inRelativeAfterOther reports whether time t, before amount a, opens a
// clause that holds another amount b and ends in an adnominal verb right
// after b, which modifies a noun before a (2019년 7월에는 11억8000만원에도
// 거래되던 아파트 가격이 2년 새 4억5000만원 올랐다): the clause says when b
// was, and a, of the main clause, is not dated by it (docs/meaning.md
// "Twentieth round: role on domestic copy"; the fifth round's time of a
// relative clause). The noun the clause modifies must be a subject or a
// topic.
func (r *reading) inRelativeAfterOther(t timeSpan, a amount) bool {
	for _, b := range r.amts {
		if b.start < t.end || b.end > a.start || b.start == a.start {
			continue
		}
		for k := b.last + 1; k < a.first-1 && k <= b.last+3; k++ {
			w := r.words[k]
			if w.adn && !w.ends && r.words[k+1].noun {
				// The head the clause modifies is a subject or a topic
				// before a: not a noun that a itself sizes (8만원 증가한
				// 평균 47만 3천원: the clause is a's own).
				h := k + 1
				for h+1 < a.first && r.words[h].part == "" && r.words[h+1].noun && !r.words[h+1].time && !r.words[h+1].money {
					h++
				}
				if p := r.words[h].part; h >= a.first || p != "이" && p != "가" && p != "은" && p != "는" {
					return false
				}
				for i := k; i >= 0 && r.words[i].start >= t.end; i-- {
					if r.words[i].comma && i != b.last || r.words[i].ends {
						return false
					}
				}
				return true
			}
			if w.comma || w.ends || w.verb {
				break
			}
		}
	}
	return false
}
