package facts

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// perWords are the words that make an amount one per year, month or day.
// 연 and 월 count only right before the amount (최대 연 20억 원); the
// others anywhere before it in its clause (매년 정부가 1조 원을).
var perWords = map[string]Per{
	"연": PerYear, "연간": PerYear, "매년": PerYear, "해마다": PerYear, "연평균": PerYear, "매해": PerYear,
	"월": PerMonth, "매달": PerMonth, "매월": PerMonth, "월평균": PerMonth, "다달이": PerMonth, "월간": PerMonth,
	"하루": PerDay, "매일": PerDay, "일평균": PerDay, "일당": PerDay, "날마다": PerDay, "일일": PerDay,
}

// per tells whether amount a, the j-th of its sentence, whose purpose is
// purpose, is given per year, month or day: a word of a period before it
// (연 20억 원, 매년, 하루 평균), with no other amount or 총 between; a noun
// of pay per period it measures (월급, 연봉); the period of its list or
// of the value before it of the same quantity. 연간 after a named year
// (2024년 연간 교역액) is that year's total, not per year.
func (r *reading) per(a amount, j int, purpose string) Per {
	total := hasQual(a, "총")
	for _, q := range a.quals {
		if p := perWords[q]; p != "" {
			return p
		}
	}
	start := r.clauseStart(a.first)
	if j > 0 {
		if p := r.amts[j-1]; p.gloss < 0 && p.last >= start && p.last < a.first && a.gloss < 0 && !a.list {
			start = p.last + 1 // 월평균 10만288원으로 처분가능소득(84만7천39원): not per month
		}
	}
	for i := a.first - 1; i >= start && !total; i-- {
		w := r.words[i]
		if w.amt && i < a.first-1 || w.raw == "총" {
			break // 연간 1억달러, 총 8000억달러: the total is no rate
		}
		p := perWords[w.stem]
		if p == "" && w.raw == "평균" && i > 0 && r.words[i-1].raw == "일" {
			p = PerDay // 일 평균
		}
		if p == "" {
			continue
		}
		if (w.stem == "연" || w.stem == "월") && i < a.first-2 {
			continue
		}
		if (w.stem == "연간" || w.stem == "월간") && i > 0 && r.words[i-1].time {
			return "" // 2024년 연간 교역액: one year's total
		}
		return p
	}
	if f := strings.Fields(purpose); len(f) > 0 {
		if p := perNouns[f[len(f)-1]]; p != "" {
			return p
		}
		if len(f) > 1 && f[0] == "월" {
			if p := perNouns["월 "+f[1]]; p != "" {
				return p
			}
		}
		for k, w := range f[:len(f)-1] {
			if (w == "월" || w == "월간" || w == "연" || w == "연간") && !total && !(k > 0 && strings.HasSuffix(f[k-1], "년")) {
				return perWords[w] // 대중국 월 가발 수출액, 연간 예산
			}
		}
	}
	if a.kin >= 0 && !a.list && !total {
		return r.got[a.kin].per // 월 2,500원인 TV 수신료를 4,000원으로
	}
	return ""
}

// timeSpan is a time expression of a sentence, with what the rules found
// of it.
type timeSpan struct {
	start, end int      // bytes in the sentence
	text       string   // as written, with a span's other end and 까지, 부터 …
	period     string   // normalised; "" when relative and unknown, or open
	day        bool     // a day (18일, 이날, 오늘): it may date a report
	ok         bool     // normalised, or an open span: the amount may take it
	items      []string // a list of times (2016년과 2015년 상반기): each one's period
}

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
	if inBracket {
		// 전년(10억2천772만 달러), 한달 전(10,886원).
		for _, t := range ts {
			if t.end <= a.start && strings.TrimSpace(r.text[t.end:a.start]) == "(" {
				return t.period, t.text
			}
		}
	}
	cs, ce := r.clauseStart(a.first), r.clauseEnd(a.last)
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
	// 8천370억 달러 규모의 2023회계연도 국방수권법안: the time of the
	// thing the amount sizes is the amount's, wherever else a time stands.
	if t, ok := r.headTime(ts, a); ok {
		return t.period, t.text
	}
	best, bestDist := -1, 0
	for k, t := range ts {
		if !t.ok || t.start < lo || t.end > hi || t.start < a.end && t.end > a.start || r.dated(t, a) || r.notFor(t, a) {
			continue
		}
		d := r.distance(t, a)
		if best < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		if t := ts[best]; len(t.items) > 1 {
			// 2016년과 2015년 상반기 … 각각 23억 달러와 25억 달러.
			if n := r.listPosition(a); n >= 0 && n < len(t.items) && r.eachBetween(t.end, a.start) {
				return t.items[n], t.text
			}
		}
	}
	if a.list && a.kin >= 0 && (best < 0 || ts[best].end <= r.amts[a.kin].start) {
		return r.got[a.kin].period, r.got[a.kin].periodText // 지난 연말 kg당 5천원 안팎, 2천원 안팎
	}
	if best >= 0 {
		return ts[best].period, ts[best].text
	}
	if inBracket {
		return "", "" // 무궁화위성 3호(3019억 투자)는: only a time before it in its clause
	}
	if t, ok := r.frame(ts, a); ok {
		return t.period, t.text
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
	if a.tail != "의" && a.tail != "" || a.after >= len(r.words) || a.after <= a.last && a.tail == "" {
		return timeSpan{}, false
	}
	w := r.words[a.after]
	if !w.time || w.part != "" || w.comma || r.words[a.after-1].comma {
		return timeSpan{}, false
	}
	for _, t := range ts {
		if t.start != w.start || !t.ok || t.period == "" && !strings.Contains(t.text, "회계") && !yearRE.MatchString(t.text) {
			continue
		}
		k := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
		if k < len(r.words) && r.words[k].noun && !r.words[k].time && !r.words[k].money {
			return t, true
		}
	}
	return timeSpan{}, false
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

// notFor reports whether time t, in amount a's clause, belongs to
// another amount: it glosses a bracketed one (한달 전(10,886원)), or a
// comparison's base amount stands between them (2009년에 제안한
// 3조5천억원보다 1조7천억원 증액된), or 이후 (thereafter) does.
func (r *reading) notFor(t timeSpan, a amount) bool {
	if strings.HasPrefix(r.text[t.end:], "(") {
		return true
	}
	if r.quoteAt(a.start) != r.quoteAt(t.start) {
		return true // CNN은 지난 2월 … “… 수만 달러에 달하는 월급을 …”: what is quoted has its own times
	}
	lo, hi := t.end, a.start
	if t.start >= a.end {
		lo, hi = a.end, t.start
	}
	for _, b := range r.amts {
		if b.start < lo || b.end > hi {
			continue
		}
		compared := (b.tail == "와" || b.tail == "과") && b.after < len(r.words) && likeWord(r.words[b.after].raw)
		if strings.HasPrefix(b.tail, "보다") || compared || strings.HasPrefix(r.text[b.end:], ")보다") {
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
			if b.start >= t.end && b.start-t.end < 40 {
				return true
			}
		}
	}
	if t.end <= a.start && !strings.HasPrefix(r.text[t.end:], " 기준") {
		// (작년 1분기 기준 …: a time things are as of frames them all.)
		for i := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end }); i < a.first; i++ {
			w := r.words[i]
			if w.raw == "이후" || w.raw == "이후엔" {
				return true // 올 1월엔 …이었던 가격이 이후 꾸준히 5천원대
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
				if (n.part == "은" || n.part == "는" || n.part == "이" || n.part == "가") && n.noun || (n.amt || n.money) && i+1 < a.first-1 {
					return true
				}
			}
		}
	}
	return false
}

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

// frame returns the time that frames the whole sentence of amount a: a
// time the sentence opens with (after words such as 앞서 or a place:
// 동북아역사논총에서 1945년에서 1950년 …), set off by a comma or 에는
// (2013년 1월 1일, …; 지난해 10월에는 …), or right after its topic
// (한국은행은 이날 …). It frames no amount of a clause that modifies a
// noun (878억을 들여서 새 영빈관을 개설하겠다는 … 정보가 유출되자).
func (r *reading) frame(ts []timeSpan, a amount) (timeSpan, bool) {
	if r.embedded(a) {
		return timeSpan{}, false
	}
	topic := r.topic()
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
			last+1 < len(r.words) && concessive[r.words[last+1].raw] // 2019년만 하더라도

		switch {
		case topical:
			set = t // 지난해엔 …: it holds until another time is set
		case lead && at <= 2, topic >= 0 && (at == topic+1 || last == topic-1), r.inHead(at, last):
			if set == nil {
				set = t
			}
		case strings.HasPrefix(r.text[t.end:], " 기준"), r.sourceTime(last):
			asOf = t // 2010년 12월말 기준 업무보고서에 따르면; 2023년도 예산안에 따르면
		}
	}
	if set != nil {
		return *set, true
	}
	if asOf != nil {
		return *asOf, true
	}
	return timeSpan{}, false
}

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
// 것과,).
func (r *reading) crossesTurn(from, to int) bool {
	for i := max(0, from); i < to && i < len(r.words); i++ {
		w := r.words[i]
		if w.ends && r.quotative(i) && strings.ContainsAny(w.raw, "”’\"") {
			return true
		}
		if w.raw == "이에" || w.raw == "이로" || w.raw == "것과" && w.comma {
			return true
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
	at := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= t.end })
	first := sort.Search(len(r.words), func(i int) bool { return r.words[i].end > t.start })
	topic := r.topic()
	if topic < 0 {
		topic = r.headSubject() // 부장관도 4일 …
	}
	// A time of the main clause: a day, at the sentence's head, or
	// right after the speaker.
	afterTopic := topic >= 0 && first == topic+1
	afterSpeaker := afterTopic && (r.words[topic].actor || r.words[topic].name)
	if (t.day || afterTopic || r.leads(first)) && r.announces(at, a) {
		return true
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
	if ce := r.clauseEnd(a.last); r.quotative(ce) || t.end <= r.words[r.clauseStart(a.first)].start {
		return true
	}
	for i := a.after; i < len(r.words) && i <= a.after+4; i++ {
		if w := r.words[i]; w.verb {
			return intentRE.MatchString(w.raw)
		}
	}
	return false
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

// timeSpans returns the time expressions of the sentence, found once:
// each normalised against pub, joined with the other end of a span, and
// marked when it may not be the amount's.
func (r *reading) timeSpans(pub time.Time) []timeSpan {
	if r.timesSet {
		return r.spans
	}
	r.timesSet = true
	ms := r.timeMatches()
	done := 0 // the end of the last span: a match inside it is part of it
	for k := 0; k < len(ms); k++ {
		i, j := ms[k][0], ms[k][1]
		if i < done || !timeBounded(r.text, i, j) {
			continue
		}
		if prisonRE.MatchString(r.text[max(0, i-16):i]) {
			continue
		}
		t := timeSpan{start: i, end: j, text: r.text[i:j]}
		rest := r.text[j:]
		// A closed span: 2013년부터 2017년까지, 1945년에서 1950년, 지난 9일부터 23일까지.
		if k+1 < len(ms) && ms[k+1][0] >= j && spanJoins[strings.TrimSpace(r.text[j:ms[k+1][0]])] && timeBounded(r.text, ms[k+1][0], ms[k+1][1]) {
			e := ms[k+1][1]
			second := r.text[ms[k+1][0]:e]
			if strings.HasPrefix(r.text[e:], "까진") {
				e += len("까진") // 2022년까진: 까지는, contracted
			} else if strings.HasPrefix(r.text[e:], "까지") {
				e += len("까지")
			}
			t.end, t.text = e, r.text[i:e]
			t.period, t.ok = spanPeriod(r.text[i:j], second, pub)
			t.day = isDayTime(second)
			r.spans = append(r.spans, t)
			done = e
			k++
			continue
		}
		// A list of times: 지난해 10월과 올해 1월; no one period.
		if m := listJoinRE.FindStringIndex(rest); m != nil && k+1 < len(ms) && ms[k+1][0] == j+m[1] && ms[k+1][1] > j &&
			!(rest[0] == ',' && isDayTime(r.text[i:j]) != isDayTime(r.text[ms[k+1][0]:ms[k+1][1]])) { // 이날, 3분기: no list
			e := ms[k+1][1]
			if timeAfterRE.MatchString(r.text[e:]) {
				done = e // 7월과 전년도 8월 대비: the bases of a comparison
				k++
				continue
			}
			t.end, t.text, t.ok = e, r.text[i:e], true
			t.items = listPeriods(r.text[i:j], r.text[ms[k+1][0]:e], pub)
			r.spans = append(r.spans, t)
			done = e
			k++
			continue
		}
		if m := openSpanRE.FindString(rest); m != "" {
			// An open span: its period is null, its text kept; with a
			// duration it closes (2013년부터 2년간, 2021년까지 5년간).
			m = strings.TrimRight(m, " ,.")
			t.end, t.text, t.ok = j+len(m), r.text[i:j+len(m)], true
			if d := durationAfterRE.FindStringSubmatch(r.text[t.end:]); d != nil {
				t.period = durationSpan(r.text[i:j], strings.HasPrefix(m, "부터"), d[1], d[2], pub)
				t.end += len(d[0])
				t.text = r.text[i:t.end]
			}
			r.spans = append(r.spans, t)
			done = t.end
			continue
		}
		if timeAfterRE.MatchString(rest) {
			continue
		}
		if strings.HasPrefix(rest, " 현재") {
			t.end, t.text = j+len(" 현재"), r.text[i:j+len(" 현재")]
			done = t.end
		}
		if m := localTimeRE.FindString(rest); m != "" {
			t.end = j + len(m) // 14일(현지시간): the day where it happened
			done = t.end
		}
		base := r.text[i:j]
		if base == "당시" && (strings.HasPrefix(rest, " 후보") || strings.HasPrefix(rest, " 대통령") || personTitleAfter(rest) || personTitleAfter(secondWord(rest))) {
			continue // 박근혜 당시 후보: then-, no time of the amount
		}
		switch {
		case strings.HasSuffix(base, "같은 기간"):
			// 지난해 같은 기간: the span the sentence before names, a year
			// earlier.
			t.period, t.ok = yearEarlier(r.pointedTime("이 기간", pub)), true
		case firstMonthsRE.MatchString(base):
			m := firstMonthsRE.FindStringSubmatch(base)
			n, _ := strconv.Atoi(m[2])
			if n >= 1 && n <= 12 {
				t.period, t.ok = fmt.Sprintf("%s-01/%s-%02d", m[1], m[1], n), true // 2020년 첫 6개월
			}
		}
		if t.ok {
			t.day = false
			r.spans = append(r.spans, t)
			continue
		}
		if base == "전달" && !strings.HasPrefix(rest, "의 ") && !strings.HasPrefix(rest, "보다") && !strings.HasPrefix(rest, "(") {
			continue // 전달 is a delivery but as the base of a figure
		}
		switch {
		case base == "같은 날" || strings.HasPrefix(base, "같은 달"):
			t.period, t.ok = r.sameTime(base, i, pub), true // 올해 6월 22일 …, 같은 날 …
			t.day = base == "같은 날" || strings.HasSuffix(base, "일")
			r.spans = append(r.spans, t)
			continue
		case base == "전월" || base == "전달":
			t.period, t.ok = r.monthBefore(i, pub), true // 7월 … 전달의 1만7천 달러
			r.spans = append(r.spans, t)
			continue
		}
		switch base {
		case "당시", "같은 해", "이해", "그해", "이 기간":
			t.period, t.ok = r.pointedTime(base, pub), true
		case "전년", "전년도":
			t.period, t.ok = normPeriod(base, pub)
			if y := r.namedYear(i); y > 0 {
				t.period = strconv.Itoa(y - 1) // 2022년 매출은 전년보다: 2021
			}
		default:
			t.period, t.ok = normPeriod(base, pub)
		}
		t.day = isDayTime(base)
		if t.ok {
			r.spans = append(r.spans, t)
		}
	}
	return r.spans
}

// durationSpan returns the closed span of the time t (a start when from,
// else an end) and a duration of n years (unit 년) or months (개월):
// 2013년부터 2년간 → 2013/2014, 2021년까지 5년간 → 2017/2021, 4월부터
// 3개월간 → 2012-04/2012-06; "" when t cannot be read so.
func durationSpan(t string, from bool, n, unit string, pub time.Time) string {
	p, ok := normPeriod(t, pub)
	k, err := strconv.Atoi(n)
	if !ok || err != nil || k < 1 || p == "" || strings.ContainsAny(p, "/QH") {
		return ""
	}
	switch {
	case unit == "년" && len(p) == 4:
		y, _ := strconv.Atoi(p)
		if from {
			return fmt.Sprintf("%d/%d", y, y+k-1)
		}
		return fmt.Sprintf("%d/%d", y-k+1, y)
	case unit == "개월" && len(p) == 7:
		d, err := time.Parse("2006-01", p)
		if err != nil {
			return ""
		}
		if from {
			return p + "/" + d.AddDate(0, k-1, 0).Format("2006-01")
		}
		return d.AddDate(0, -(k-1), 0).Format("2006-01") + "/" + p
	}
	return ""
}

// spanJoins are what joins the two ends of a closed span: 2013년부터
// 2017년까지, 1945년에서 1950년, 4월부터 오는 12월까지.
var spanJoins = setOf("부터", "에서", "~", "∼", "～", "부터 오는", "부터 지난")

// personTitleAfter reports whether the text after a word starts with a
// title: 당시 장관.
func personTitleAfter(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	stem, _ := cutParticle(strings.Trim(f[0], trailPunct))
	return personTitles[stem]
}

// timeMatches returns the time expressions timeRE matches at the start
// of a word of the sentence, in order: the regexp runs only where a word
// may start one, on the few words after it.
func (r *reading) timeMatches() [][]int {
	var ms [][]int
	for k, w := range r.words {
		if len(ms) > 0 && w.start < ms[len(ms)-1][1] {
			continue // inside the last one: 지난해 10월
		}
		c, _ := utf8.DecodeRuneInString(w.raw)
		if !strings.ContainsRune(timeStarts, c) && !(isDigit(c) && (strings.ContainsAny(w.raw, "년월일분기~∼～") || strings.Contains(w.raw, "회계") ||
			k+1 < len(r.words) && strings.HasPrefix(r.words[k+1].raw, "회계"))) && !strings.Contains(w.raw, "(") {
			continue
		}
		end := min(len(r.text), w.start+96)
		if m := timeRE.FindStringIndex(r.text[w.start:end]); m != nil && m[0] == 0 {
			ms = append(ms, []int{w.start, w.start + m[1]})
		} else if b := strings.IndexByte(w.raw, '('); b > 0 && b+1 < len(w.raw) {
			// 원(2014년 기준): a time opens a bracket inside the word.
			at := w.start + b + 1
			if m := timeRE.FindStringIndex(r.text[at:min(len(r.text), at+96)]); m != nil && m[0] == 0 {
				ms = append(ms, []int{at, at + m[1]})
			}
		}
	}
	return ms
}

// yearEarlier returns the period p a year earlier: 2023-01/2023-06 →
// 2022-01/2022-06; "" when p is "".
func yearEarlier(p string) string {
	if p == "" {
		return ""
	}
	parts := strings.Split(p, "/")
	for k, q := range parts {
		y, err := strconv.Atoi(q[:min(4, len(q))])
		if err != nil || len(q) < 4 {
			return ""
		}
		parts[k] = strconv.Itoa(y-1) + q[4:]
	}
	return strings.Join(parts, "/")
}

// listPeriods returns the periods of the two times of a list, a and b; a
// year alone takes the part of the year b names (2016년과 2015년 상반기 →
// 2016-H1, 2015-H1).
func listPeriods(a, b string, pub time.Time) []string {
	pb, ok := normPeriod(b, pub)
	if !ok || pb == "" {
		return nil
	}
	if m := timePartsRE.FindStringSubmatch(b); m != nil && m[1] != "" && yearRE.MatchString(a) {
		b = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(b, m[1]+"년"), "도"))
		if b != "" {
			a += " " + b
		}
	}
	pa, ok := normPeriod(a, pub)
	if !ok || pa == "" {
		return nil
	}
	return []string{pa, pb}
}

// secondWord returns the text from the second word of s on.
func secondWord(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 {
		return ""
	}
	return strings.Join(f[1:], " ")
}

// namedYear returns the year another time of the sentence names, before
// byte i (2022년 매출은 전년보다; 지난 한 해 … 전년), or 0.
func (r *reading) namedYear(i int) int {
	for _, t := range r.spans {
		if t.start >= i || len(t.period) < 4 {
			continue
		}
		if y, err := strconv.Atoi(t.period[:4]); err == nil && !strings.Contains(t.period, "/") {
			return y
		}
	}
	return 0
}

// sameTime returns the day (같은 날) or the month (같은 달, 같은 달 2일)
// of the last time named before byte i of the sentence, else of the
// sentence before; "" when neither names one.
func (r *reading) sameTime(base string, i int, pub time.Time) string {
	want := 7
	if base == "같은 날" {
		want = 10
	}
	p := ""
	for _, t := range r.spans {
		if t.start < i && len(t.period) >= want && !strings.Contains(t.period, "/") {
			p = t.period[:want]
		}
	}
	if p == "" && r.prev != "" {
		for _, t := range r.before().timeSpans(pub) {
			if t.ok && len(t.period) >= want && !strings.Contains(t.period, "/") {
				p = t.period[:want]
			}
		}
	}
	if p == "" || want == 10 {
		return p
	}
	if m := dayOfRE.FindStringSubmatch(base); m != nil {
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(p[:4])
		mon, _ := strconv.Atoi(p[5:7])
		if d < 1 || d > daysIn(y, mon) {
			return ""
		}
		return fmt.Sprintf("%s-%02d", p, d)
	}
	return p
}

// monthBefore returns the month before the last month named before byte
// i of the sentence, else before the first month the sentence before
// names, else before publication: 전월, 전달.
func (r *reading) monthBefore(i int, pub time.Time) string {
	p := ""
	for _, t := range r.spans {
		if t.start < i && len(t.period) == 7 {
			p = t.period
		}
	}
	if p == "" && r.prev != "" {
		for _, t := range r.before().timeSpans(pub) {
			if t.ok && len(t.period) == 7 {
				p = t.period // 6월 교역액 … 전달인 5월의 …; 수입액이 … 전달의: May
				break
			}
		}
	}
	if p == "" {
		if pub.IsZero() {
			return ""
		}
		p = pub.Format("2006-01")
	}
	d, err := time.Parse("2006-01", p)
	if err != nil {
		return ""
	}
	return d.AddDate(0, -1, 0).Format("2006-01")
}

// pointedTime returns the year the sentence before names, for a time
// that points back to it (당시, 같은 해, 이해, 이 기간), or "".
func (r *reading) pointedTime(base string, pub time.Time) string {
	if r.prev == "" {
		return ""
	}
	p := r.before()
	for _, t := range p.timeSpans(pub) {
		if t.period != "" && t.ok {
			if base == "이 기간" || base == "당시" {
				return t.period
			}
			if len(t.period) >= 4 {
				return t.period[:4]
			}
		}
	}
	return ""
}

// isDayTime reports whether the time expression t names a day.
func isDayTime(t string) bool {
	return strings.HasSuffix(t, "일") || strings.HasSuffix(t, "일)") || t == "이날" || t == "오늘" || t == "어제" || t == "전날" || t == "당일"
}

// timeBounded reports whether the time expression s[i:j] stands as a
// word of its own: no letter or digit glued before it, and after it the
// end of the word, punctuation or a particle (2021년엔, 지난해에는).
func timeBounded(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isHangul(r) || isDigit(r) || r == '.' || r == ',' || r == '~' || r >= 'A' && r <= 'z' {
			return false
		}
	}
	t := s[i:j]
	if t == "올" || strings.HasPrefix(t, "올") && !strings.HasPrefix(t, "올해") && !strings.ContainsAny(t, "0123456789기해초말봄름을울") {
		return false // 올 alone (올라, 올린) is no time
	}
	rest := s[j:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !isHangul(r) })
	if end < 0 {
		end = len(rest)
	}
	if end == 0 {
		return true
	}
	word := rest[:end]
	host := "가"
	if last, _ := utf8.DecodeLastRuneInString(t); isHangul(last) {
		host = string(last) // 지금은, 2020년은: the particle after the sound it follows
	}
	if _, part := cutParticle(host + word); part == word {
		return true
	}
	switch word {
	case "과", "와", "엔", "에는", "에도", "까지", "부터", "부터는", "까지의", "이후", "이래", "보다", "대비", "쯤", "경", "께",
		"동안", "간", "째", "까지는", "에서", "에서는", "엔가", "이나", "에만", "에야", "만에", "이었던", "였던", "이던":
		return true
	}
	return false
}

// spanPeriod normalises a closed span whose ends are a and b: the two
// periods joined by a slash (2013/2017, 2013-12-09/2013-12-23), a quarter
// for three months of one (1~3월 → 2024-Q1). The second end takes the
// year and month the first one names when it lacks them (9일부터 23일까지).
func spanPeriod(a, b string, pub time.Time) (string, bool) {
	pa, ok := normPeriod(a, pub)
	if !ok || pa == "" {
		return "", ok
	}
	pb, ok := normPeriod(b, pub)
	if !ok || pb == "" {
		return "", ok
	}
	// 지난해 1월부터 9월: the second takes the first one's year.
	if len(pa) >= 7 && len(pb) >= 7 && !hasYear(b) {
		pb = pa[:4] + pb[4:]
	}
	if len(pa) == 4 && len(pb) == 7 {
		pa += "-01" // 올해 초부터 지난 9월까지
	}
	if len(pa) == 7 && len(pb) == 4 {
		pb += "-12"
	}
	if len(pa) == 10 && len(pb) == 10 && !strings.Contains(b, "월") {
		pb = pa[:7] + pb[7:]
	}
	if len(pa) == 7 && len(pb) == 7 && pa[:4] == pb[:4] && pa[4] == '-' && pb[4] == '-' {
		m1, _ := strconv.Atoi(pa[5:])
		m2, _ := strconv.Atoi(pb[5:])
		if m1%3 == 1 && m2 == m1+2 {
			return fmt.Sprintf("%s-Q%d", pa[:4], (m1+2)/3), true
		}
	}
	if pa >= pb {
		return "", false
	}
	return pa + "/" + pb, true
}

// hasYear reports whether the time expression t names its year.
func hasYear(t string) bool {
	return strings.Contains(t, "년") || strings.Contains(t, "’") || strings.Contains(t, "해")
}

// normPeriod normalises the time expression t against the publication
// time pub (zero when unknown): 2024, 2024-Q2, 2024-H1, 2024-04,
// 2024-04-18, or a span 2020/2024. It reports false when t is no valid
// time.
func normPeriod(t string, pub time.Time) (string, bool) {
	t = strings.TrimSuffix(t, " 현재")
	known := !pub.IsZero()
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	switch {
	case t == "현재" || t == "당일" || t == "지금":
		if !known {
			return "", true
		}
		return pub.Format("2006-01-02"), true
	case strings.HasPrefix(t, "한") && strings.HasSuffix(t, "전"):
		if !known {
			return "", true
		}
		return time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, kst).AddDate(0, -1, 0).Format("2006-01"), true
	case strings.HasSuffix(t, "후"):
		n := atoi(strings.TrimRight(strings.TrimSuffix(t, "후"), "년 "))
		if !known || n == 0 {
			return "", true
		}
		return strconv.Itoa(pub.Year() + n), true
	case t == "지난 연말":
		if !known {
			return "", true
		}
		return strconv.Itoa(pub.Year() - 1), true
	case t == "연초" || t == "연말":
		if !known {
			return "", true
		}
		return strconv.Itoa(pub.Year()), true
	case t == "당시" || t == "같은 해" || t == "이해" || t == "그해" || t == "이 기간":
		return "", true
	}
	// Spans within one expression: 2020~2024년, ’10~’19, 5∼10일.
	for _, sep := range []string{"~", "∼", "～"} {
		a, b, ok := strings.Cut(t, sep)
		if !ok || strings.HasSuffix(b, "월") && !strings.Contains(b, "일") && !strings.Contains(a, "년") && utf8.RuneCountInString(a) <= 5 {
			continue // 1~3월 is read below
		}
		switch {
		case strings.HasSuffix(b, "년") || strings.HasSuffix(b, "년도"):
			return spanPeriod(a+"년", b, pub)
		case strings.HasPrefix(a, "’") || strings.HasPrefix(strings.TrimPrefix(a, "지난 "), "’"):
			return spanPeriod(a, b, pub)
		case strings.HasSuffix(b, "일"):
			return spanPeriod(a+"일", b, pub)
		}
	}
	m := timePartsRE.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	year, yearKnown := pub.Year(), known
	switch rel := strings.ReplaceAll(m[3], " ", ""); {
	case m[1] != "":
		year, yearKnown = atoi(m[1]), true
	case m[2] != "":
		year, yearKnown = 2000+atoi(m[2]), true
		if year > pub.Year()+5 && known || year > 2060 {
			year -= 100
		}
	case rel == "지난해" || rel == "작년" || rel == "전년" || rel == "전년도" || rel == "작년한해" || rel == "지난한해":
		year--
	case rel == "내년" || rel == "내년도":
		year++
	}
	// out gives a period of the year, or none when the year is relative
	// and the publication time unknown.
	out := func(p string) (string, bool) {
		if !yearKnown {
			return "", true
		}
		return p, true
	}
	lastYearIf := func(month int) {
		// 지난 11월 in an article of April is November of last year.
		if m[1] == "" && m[2] == "" && m[3] == "" && known && strings.HasPrefix(t, "지난") && month > int(pub.Month()) {
			year--
		}
	}
	switch {
	case m[4] != "":
		return out(fmt.Sprintf("%d-Q%s", year, m[4]))
	case m[5] != "":
		h := "H1"
		if m[5] == "하" {
			h = "H2"
		}
		return out(fmt.Sprintf("%d-%s", year, h))
	case m[6] != "":
		a, b := atoi(m[6]), atoi(m[7])
		if a < 1 || b > 12 || a >= b {
			return "", false
		}
		if a%3 == 1 && b == a+2 {
			return out(fmt.Sprintf("%d-Q%d", year, (a+2)/3))
		}
		return out(fmt.Sprintf("%d-%02d/%d-%02d", year, a, year, b))
	case m[8] != "":
		mon := atoi(m[8])
		if mon < 1 || mon > 12 {
			return "", false
		}
		lastYearIf(mon)
		if m[9] != "" {
			d := atoi(m[9])
			if d < 1 || d > daysIn(year, mon) {
				return "", false
			}
			return out(fmt.Sprintf("%d-%02d-%02d", year, mon, d))
		}
		return out(fmt.Sprintf("%d-%02d", year, mon))
	case m[10] != "":
		if m[1] == "" && m[2] == "" && m[3] == "" && !known {
			return "", true
		}
		return out(strconv.Itoa(year)) // 연초, 연말, 2022년 말
	case m[11] != "":
		if !known {
			return "", true
		}
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, kst)
		switch strings.ReplaceAll(m[11], " ", "") {
		case "지난달":
			first = first.AddDate(0, -1, 0)
		case "내달", "다음달":
			first = first.AddDate(0, 1, 0)
		}
		if m[16] != "" { // 지난달 21일
			d := atoi(m[16])
			if d < 1 || d > daysIn(first.Year(), int(first.Month())) {
				return "", false
			}
			return first.AddDate(0, 0, d-1).Format("2006-01-02"), true
		}
		return first.Format("2006-01"), true
	case m[12] != "" || m[13] != "" || m[16] != "":
		if !known {
			return "", true
		}
		day := pub
		switch m[12] {
		case "어제", "전날":
			day = pub.AddDate(0, 0, -1)
		}
		if d := m[13] + m[16]; d != "" {
			n := atoi(d)
			y, mon := pub.Year(), pub.Month()
			if n > pub.Day() {
				mon-- // a day after publication day is of the month before
				if mon == 0 {
					y, mon = y-1, 12
				}
			}
			if n < 1 || n > daysIn(y, int(mon)) {
				return "", false
			}
			day = time.Date(y, mon, n, 0, 0, 0, 0, kst)
		}
		return day.Format("2006-01-02"), true
	case m[3] == "올":
		return "", false // 올 alone
	}
	if m[1] == "" && m[2] == "" && m[3] == "" {
		return "", false
	}
	return out(strconv.Itoa(year))
}

// daysIn returns the number of days of the month mon of year y.
func daysIn(y, mon int) int {
	return time.Date(y, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
