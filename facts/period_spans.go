package facts

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// This file finds the time expressions of a sentence and the spans they
// make (2013년부터 2년간, 1~3월).

// timeSpan is a time expression of a sentence, with what the rules found
// of it.
type timeSpan struct {
	start, end int      // bytes in the sentence
	text       string   // as written, with a span's other end and 까지, 부터 …
	period     string   // normalised; "" when relative and unknown, or open
	day        bool     // a day (18일, 이날, 오늘): it may date a report
	ok         bool     // normalised, or an open span: the amount may take it
	items      []string // a list of times (2016년과 2015년 상반기): each one's period
	since      int      // the end of the 이후 of an event after the time (2018년 … 제재 복원 이후), or 0
}

// withinDaysRE matches a bare count of days, and withinRE the
// postpositions of "within" after it (21일 안에, 30일 이내, 10일 내로): a
// stretch of days counted from now, not a day of the month. A year or a
// month with them (올해 안에, 이달 내) names the time it closes, and stays.
var (
	withinDaysRE = regexp.MustCompile(`^[0-9]{1,3}일$`)
	withinRE     = regexp.MustCompile(`^ ?(?:안에|안으로|내에|내로|이내)`)
)

// dottedDateStartRE matches the start of a word that may be a date written
// with dots (2023.12.31).
var dottedDateStartRE = regexp.MustCompile(`^[12][0-9]{3}\.[0-9]{1,2}\.[0-9]`)

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
		if daysBeforeRE.MatchString(r.text[i:j]) && !strings.HasPrefix(r.text[j:], "에") {
			continue // … 세제개편안과 관련해: the time of the noun it stands before
		}
		if strings.HasSuffix(r.text[:i], " 지 ") {
			continue // 올라온 지 5일도 되지 않아: days gone by since, no date
		}
		if withinDaysRE.MatchString(r.text[i:j]) && withinRE.MatchString(r.text[j:]) {
			continue // 21일 안에 관세를 부과한다: within 21 days, a duration, no day of the month
		}
		if contractMonth(r.text[i:j], r.text[j:]) {
			continue // 9월 … 서부텍사스산 중질유: the name of a futures contract, no date
		}
		t := timeSpan{start: i, end: j, text: r.text[i:j]}
		rest := r.text[j:]
		// A closed span: 2013년부터 2017년까지, 1945년에서 1950년, 지난 9일부터 23일까지.
		if k+1 < len(ms) && ms[k+1][0] >= j && r.spanJoined(j, ms[k+1][0], ms[k+1][1]) && timeBounded(r.text, ms[k+1][0], ms[k+1][1]) {
			e := ms[k+1][1]
			second := r.text[ms[k+1][0]:e]
			if strings.HasPrefix(r.text[e:], "까진") {
				e += len("까진") // 2022년까진: 까지는, contracted
			} else if strings.HasPrefix(r.text[e:], "까지") {
				e += len("까지")
			} else if strings.HasPrefix(r.text[e:], " 까지") {
				e += len(" 까지") // 2011년 까지, spaced as written
			} else if strings.HasPrefix(r.text[e:], "사이") {
				e += len("사이") // 2010년 1월사이, as written; a spaced 사이 stays out
			}
			t.end, t.text = e, r.text[i:e]
			first := r.text[i:j]
			if strings.Contains(r.text[j:ms[k+1][0]], "들어") {
				first += " 들어" // 올해 들어 10월까지: from the year's beginning
			}
			t.period, t.ok = spanPeriod(first, second, pub)
			t.day = isDayTime(second)
			if (second == "지금" || second == "현재") && !strings.HasSuffix(first, " 들어") {
				// 지난해 3월부터 지금까지: 지금, like 최근, ends no span that
				// resolves (E5 (c), Sp6); open, its words whole. 올 들어
				// 지금까지 stays the days so far (time9).
				t.period, t.ok, t.day = "", true, false
			}
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
			t.items = listPeriods(r.text[i:j], r.text[ms[k+1][0]:e], pub)
			k++
			// 올해 1월과 3월, 5월, 6월: a list goes on past its second item.
			for k+1 < len(ms) && t.items != nil {
				m := listJoinRE.FindStringIndex(r.text[e:])
				if m == nil || ms[k+1][0] != e+m[1] || timeAfterRE.MatchString(r.text[ms[k+1][1]:]) {
					break
				}
				item := r.text[ms[k+1][0]:ms[k+1][1]]
				p, ok := normPeriod(item, pub)
				if !ok || p == "" {
					break
				}
				if !hasYear(item) && len(t.items[0]) >= 4 && len(p) >= 4 {
					p = t.items[0][:4] + p[4:] // 지난해 1월과 3월, 5월: the year of the first
				}
				t.items = append(t.items, p)
				e = ms[k+1][1]
				k++
			}
			if m := dayListRE.FindString(r.text[e:]); m != "" {
				e += len(m) // 2011년 2월 26일과 3월 11·13·19일
			}
			t.end, t.text, t.ok = e, r.text[i:e], true
			r.spans = append(r.spans, t)
			done = e
			continue
		}
		if n := r.eventSince(j); n > 0 {
			// 지난 2018년 미국의 대이란 경제 제재 복원 이후: since an event of
			// that time, an open span; its text is the time.
			if record(r.text[n:]) || sinceRecordRE.MatchString(r.text[n:]) {
				done = n // 언론성명을 낸 이후 9일만에, 제도 도입 이후 사상 최고치: a record's frame
				continue
			}
			t.ok, t.since = true, n
			r.spans = append(r.spans, t)
			done = j
			continue
		}
		if m := openSpanRE.FindString(rest); m != "" {
			// An open span: its period is null, its text kept; with a
			// duration it closes (2013년부터 2년간, 2021년까지 5년간).
			m = strings.TrimRight(m, " ,.")
			if record(r.text[j+len(m):]) {
				done = j + len(m) // 2012년 이후 10년 만에 처음: the last time, not the amount's
				continue
			}
			t.end, t.text, t.ok = j+len(m), r.text[i:j+len(m)], true
			if strings.HasSuffix(m, "부터") && strings.HasPrefix(r.text[t.end:], " 최근까지") {
				// 지난해 1월부터 최근까지: 최근 names no time that resolves, as
				// 지금 does not; the span stays open, its words whole (E5 (c)).
				t.end += len(" 최근까지")
				t.text = r.text[i:t.end]
			}
			if d := durationAfterRE.FindStringSubmatch(r.text[t.end:]); d != nil {
				from := strings.HasPrefix(m, "부터") || strings.HasSuffix(m, "이후") || strings.HasSuffix(m, "이래") // 2019년 설립 이후 5년간: a start
				n, unit := d[1], d[2]
				if d[3] != "" {
					n, unit = "1", map[string]string{"달": "개월", "해": "년"}[d[3]] // 한 달간, 한 해 동안
				}
				t.period = durationSpan(r.text[i:j], from, n, unit, pub)
				t.end += len(d[0])
				t.text = r.text[i:t.end]
			}
			r.spans = append(r.spans, t)
			done = t.end
			continue
		}
		if e := j + len(" 같은 기간"); yearRE.MatchString(t.text) && strings.HasPrefix(rest, " 같은 기간") && !timeAfterRE.MatchString(r.text[e:]) {
			// 2019년 같은 기간에 기록한 19억 달러: the span named before, in
			// that year, as 지난해 같은 기간 is it a year earlier. An amount
			// that is the base keeps it (T20, as T18); a 같은 기간 that is
			// itself the base (2019년 같은 기간보다) dates no change.
			t.end, t.text = e, r.text[i:e]
			t.period, t.ok = yearMoved(r.pointedTime("이 기간", i, pub), strings.TrimSuffix(strings.TrimSuffix(r.text[i:j], "도"), "년")), true
			r.spans = append(r.spans, t)
			done = e
			continue
		}
		if timeAfterRE.MatchString(rest) && !(wholeYear(r.text[i:j]) && strings.HasPrefix(strings.TrimLeft(rest, " "), "동안")) && !duringCalendar(r.text[i:j], rest) && !r.pastOfAmount(i) {
			continue // 3년간, 전년 대비; but 작년 한 해 동안 is last year
		}
		if strings.HasPrefix(rest, " 들어 ") || strings.HasPrefix(rest, " 들어,") || strings.HasPrefix(rest, " 들어서 ") {
			n := len(" 들어") // 올해 들어, 올 들어: the year so far, as written
			if strings.HasPrefix(rest, " 들어서") {
				n = len(" 들어서")
			}
			t.end, t.text = j+n, r.text[i:j+n]
			done = t.end
		}
		if strings.HasPrefix(rest, " 현재") {
			t.end, t.text = j+len(" 현재"), r.text[i:j+len(" 현재")]
			done = t.end
		} else if m := nowAfterRE.FindString(rest); m != "" && isDayTime(r.text[i:j]) {
			t.end, t.text = j+len(m), r.text[i:j+len(m)] // 18일 오후 현재
			done = t.end
		}
		if m := localTimeRE.FindString(rest); m != "" {
			t.end, t.text = j+len(m), r.text[i:j+len(m)] // 14일(현지시간): the day where it happened, in its words (period_time_gloss.go)
			done = t.end
		} else if n := ownGlossLen(r.text[i:j], rest); n > 0 && t.end == j {
			t.end, t.text = j+n, r.text[i:j+n] // 전날(27일), 전달(9월): one time, glossed (period_time_gloss.go)
			done = t.end
		} else if n := timeGlossLen(rest); n > 0 && t.end == j {
			t.end, t.text = j+n, r.text[i:j+n] // 2분기(4~6월): one time, glossed, as 오늘(18일)
			done = t.end
		}
		base := r.text[i:j]
		if base == "현" {
			// 현 시세로, 현 시가: the price now, on the publication day; 현
			// 정부, 현 대통령 are no time of an amount.
			if !nowPriceRE.MatchString(rest) {
				continue
			}
			t.period, t.ok = normPeriod("현재", pub)
			t.day = true
			r.spans = append(r.spans, t)
			continue
		}
		if base == "당시" && (strings.HasPrefix(rest, " 후보") || strings.HasPrefix(rest, " 대통령") || titleAhead(rest)) {
			continue // 박근혜 당시 후보, 당시 이재명 경기지사: then-, no time of the amount (period_dangsi.go)
		}
		if base == "당시" && (r.yearOpensWhen(i) || r.timeRightBefore(i)) {
			continue // 1991년 당시 국제유가는, 2004년 … 외출할 당시: the year is the time 당시 points to
		}
		if base == "같은 기간" && i > 0 && strings.HasSuffix(strings.TrimRight(r.text[:i], " "), "년") {
			continue // 2019년 같은 기간: a base of comparison, with its year
		}
		switch {
		case base != "같은 기간" && strings.HasSuffix(base, "같은 기간"):
			// 지난해 같은 기간: the span the sentence before names, a year
			// earlier.
			t.period, t.ok = yearEarlier(r.pointedTime("이 기간", i, pub)), true
		case firstMonthsRE.MatchString(base):
			m := firstMonthsRE.FindStringSubmatch(base)
			n, _ := strconv.Atoi(m[2])
			if n >= 1 && n <= 12 {
				t.period, t.ok = fmt.Sprintf("%s-01/%s-%02d", m[1], m[1], n), true // 2020년 첫 6개월
				if n == 3 || n == 6 {
					t.period = fmt.Sprintf("%s-%s", m[1], map[int]string{3: "Q1", 6: "H1"}[n]) // a whole quarter, a whole half (E5 (b))
				}
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
		if m := pointedMonthRE.FindStringSubmatch(base); m != nil {
			// 그해 12월, 같은 해 3월, 이듬해 2월: the month of the year
			// pointed to; 그해 말, 이듬해 초: the year.
			y := r.pointedTime(m[1], i, pub)
			if m[1] == "이듬해" {
				y = r.followingYear(i, pub)
			}
			if n, _ := strconv.Atoi(m[2]); len(y) >= 4 && n >= 1 && n <= 12 {
				t.period = fmt.Sprintf("%s-%02d", y[:4], n)
			} else if len(y) >= 4 && m[2] == "" {
				t.period = y[:4] // 그해 말: that year, as 지난해 말 is
			}
			t.ok = true
			r.spans = append(r.spans, t)
			continue
		}
		switch base {
		case "이듬해":
			t.period, t.ok = r.followingYear(i, pub), true // 2011년 …, 2012년 … 그러나 이듬해: 2013
		case "당시", "같은 해", "이해", "그해", "이 기간", "같은 기간":
			if base == "같은 기간" {
				base = "이 기간" // LG전자는 같은 기간 20조 원: the span named before
			}
			t.period, t.ok = r.pointedTime(base, i, pub), true
			if base == "당시" {
				if k := r.eventBefore(i); k >= 0 {
					t.start = r.eventWordsStart(k) // 피해 당시, 지난 대선 당시 (period_dangsi.go)
					t.text = r.text[t.start:t.end]
				}
			}
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
	r.basisMonth()
	r.namedMonthYear()
	r.countedMonthYear(pub) // 그로부터 3개월 후인 8월 (period_counted.go)
	return r.spans
}

// namedMonthYear gives a bare month (1월) the year of the same month
// written with its year before it in the sentence ('2014년 1월 국제수지'
// 자료를 보면 … 경상수지 흑자는 → 2014-01), as the second end of a span
// takes the first one's year; a month named again is that month.
func (r *reading) namedMonthYear() {
	for k := range r.spans {
		t := &r.spans[k]
		m := bareMonthRE.FindStringSubmatch(t.text)
		if m == nil || len(t.items) > 0 {
			continue
		}
		for n := k - 1; n >= 0; n-- {
			u := r.spans[n]
			if y := yearMonthRE.FindStringSubmatch(u.text); y != nil && y[2] == m[1] {
				mon, _ := strconv.Atoi(m[1])
				t.period, t.ok = fmt.Sprintf("%s-%02d", y[1], mon), true
				break
			}
		}
	}
}

// basisMonth gives the years named after a month that is the basis of a
// comparison over years (10월 말을 기준으로 지난 2019년엔 …, 2020년엔 …,
// 작년엔 …) that month: each year's October (2019-10, 2020-10, 2021-10);
// their texts stay the years as written. A month with its year
// (2019년 10월 기준) is a time of its own, and lends nothing.
func (r *reading) basisMonth() {
	for k, t := range r.spans {
		if !t.ok || len(t.period) != 7 || t.period[4] != '-' || hasYear(t.text) || !basisAfterRE.MatchString(r.text[t.end:]) {
			continue
		}
		month := t.period[4:]
		for n := k + 1; n < len(r.spans); n++ {
			if u := &r.spans[n]; u.ok && len(u.period) == 4 && len(u.items) == 0 {
				u.period += month
			}
		}
		return
	}
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
	if k == 1 && (unit == "년" && len(p) == 4 || unit == "개월" && len(p) == 7) {
		return p // 지난 1월부터 한 달간: that one month
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

// record reports whether the words after an open span (2012년 이후, 1998년
// 이래) make it the frame of a record: 10년 만에 처음, 북한이 처음으로 …
// 넘긴 해는 2014년. Such a span counts since when, and dates no amount.
func record(rest string) bool {
	ws := strings.Fields(rest)
	for k := 0; k < len(ws) && k < 3; k++ {
		if strings.HasPrefix(ws[k], "처음") || strings.HasPrefix(ws[k], "만에") || strings.HasPrefix(ws[k], "최초") {
			return true
		}
	}
	return false
}

// spanJoined reports whether the text from byte j to the time at
// [i, e) joins two ends of a closed span: 2013년부터 2017년까지, and 올해
// 들어 10월까지 (from the start of the year to October; without its 까지,
// 올해 들어 가장 많은 is no span).
func (r *reading) spanJoined(j, i, e int) bool {
	join := strings.TrimSpace(r.text[j:i])
	if join == "들어" || join == "들어서" || join == "들어서는" { // 올해 들어서는 지난 6월 말까지
		return strings.HasPrefix(r.text[e:], "까지")
	}
	return spanJoins[join]
}

// sinceRecordRE matches what makes the event after a time the frame of a
// record, counted since it: 이후 9일만에, 이후 사상 최고치, 이래 최대.
var sinceRecordRE = regexp.MustCompile(`^,? ?(?:[0-9]+ ?(?:년|개월|주|일|시간) ?만|사상 |최고|최대|최저|처음|최초)`)

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
		if r.perDayAt(k) {
			continue // 1일 90불 정도의 요금: per day, no day of the month
		}
		if e := r.twoDigitYearAt(k); e > 0 {
			ms = append(ms, []int{w.start, e}) // 지난 89년, 92 년, 92년도: a year of two digits
			continue
		}
		c, _ := utf8.DecodeRuneInString(w.raw)
		if !strings.ContainsRune(timeStarts, c) && !gluedDayRE.MatchString(w.raw) && !(isDigit(c) && (strings.ContainsAny(w.raw, "년월일분기~∼～") || strings.Contains(w.raw, "회계") || dottedDateStartRE.MatchString(w.raw) ||
			k+1 < len(r.words) && (strings.HasPrefix(r.words[k+1].raw, "회계") || strings.HasPrefix(r.words[k+1].raw, "년") || strings.HasPrefix(r.words[k+1].raw, "월")))) && !strings.Contains(w.raw, "(") {
			continue
		}
		end := min(len(r.text), w.start+96)
		if q := w.start - len("‘"); q >= 0 && (r.text[q:w.start] == "‘" || r.text[q:w.start] == "’") && shortMonthStartRE.MatchString(r.text[q:end]) {
			// ‘18.7∼‘22년: the opening mark the word leaves out is the time's.
			if m := timeRE.FindStringIndex(r.text[q:end]); m != nil && m[0] == 0 {
				ms = append(ms, []int{q, q + m[1]})
				continue
			}
		}
		if m := timeRE.FindStringIndex(r.text[w.start:end]); m != nil && m[0] == 0 {
			ms = append(ms, []int{w.start, w.start + m[1]})
		} else if m := gluedDayRE.FindStringSubmatchIndex(w.raw); m != nil {
			// 원유가격이11일, 은행은9일: a day glued to a subject's particle.
			ms = append(ms, []int{w.start + m[2], w.start + m[3]})
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

// wholeYear reports whether the time t is a named year written whole
// (작년 한 해, 지난 한 해, 올 한 해): with 동안 it is that year, no duration.
func wholeYear(t string) bool {
	return strings.HasSuffix(t, "한 해") || strings.HasSuffix(t, "한해")
}

// withoutWhole drops the 한 해 that stresses a whole year already named
// (작년 한 해 → 작년), as 2024년 한 해 is written 2024년: the time is the
// year, 한 해 says it is all of it (docs/meaning.md, fifth round). 지난 한
// 해 and 올 한 해 keep it: 지난 and 올 alone name no year.
// openEndRE matches an open span's start or deadline written with 부터 or
// 까지 (2020년부터, 9월 말까지, 9월1일부턴) at the end of a time's text.
var openEndRE = regexp.MustCompile(`(?:까지|까진|부터|부터는|부턴)$`)

// openEnd reports whether text is one end of an open span (Sp1).
func openEnd(text string) bool { return openEndRE.MatchString(text) }

// untilNow reports whether text is 지금까지 or 현재까지 alone (until now):
// an open span whose only end is the present names no time (docs/meaning.md,
// Sp6; time9), so the amount keeps no period_text. It stays the time chosen,
// so that no other time of the sentence takes its place (지난 2017년 시작된
// … 지금까지 30만 달러: neither is the amount's).
func untilNow(text string) bool {
	switch text {
	case "지금까지", "지금까진", "현재까지", "현재까진":
		return true
	}
	return false
}

func withoutWhole(text string) string {
	for _, t := range []string{" 한 해", " 한해"} {
		if q, ok := strings.CutSuffix(text, t); ok && q != "지난" && q != "올" && q != "" {
			return q
		}
	}
	return text
}

// eventBefore returns the word right before byte i, where 당시 starts,
// when it is a bare noun of an event that 당시 is the time of (피해 당시,
// 사고 당시, 취임 당시), or -1: a time, an actor or a name before it is no
// event (박근혜 당시 후보 is read apart).
func (r *reading) eventBefore(i int) int {
	k := sort.Search(len(r.words), func(k int) bool { return r.words[k].start >= i }) - 1
	if k < 0 || r.words[k].end+1 != i {
		return -1
	}
	w := r.words[k]
	if !w.noun || w.part != "" || w.time || w.actor || w.name || w.amt || w.comma || isPerson(w.stem) {
		return -1
	}
	return k
}

// eventSince returns the end of the 이후 or 이래 that closes an event
// named after the time ending at byte j, in two to six words with no
// comma, no topic and no clause ended between (2018년 미국의 대이란 경제 제재 복원
// 이후, 1986년 멕시코 월드컵 이후, 2011년 … 금메달을 획득한 이후), or 0.
// One word between is openSpanRE's (2019년 설립 이후).
func (r *reading) eventSince(j int) int {
	k := sort.Search(len(r.words), func(i int) bool { return r.words[i].start >= j })
	if k > 0 && r.words[k-1].comma {
		return 0
	}
	for i := k; i < len(r.words) && i <= k+6; i++ {
		w := r.words[i]
		if w.raw == "이후" || w.raw == "이래" || w.raw == "이후," || w.raw == "이래," {
			if i-k < 2 {
				return 0
			}
			return w.start + len(strings.TrimSuffix(w.raw, ","))
		}
		if w.comma || w.time || w.amt || w.money || w.ends && !isAdnominal(w) || w.part == "은" || w.part == "는" {
			return 0 // 2일 뉴스엔은 … 휘말린 이후: a topic's clause, not the event's
		}
	}
	return 0
}

// contractMonth reports whether the time t, followed by rest, is the month
// that names a futures contract (9월 인도분, 8월물): part of the name of
// what is traded, as a fiscal year is of a bill, and no time of the price.
func contractMonth(t, rest string) bool {
	if !strings.HasSuffix(t, "월") {
		return false
	}
	return strings.HasPrefix(rest, " 인도분") || strings.HasPrefix(rest, "인도분") || strings.HasPrefix(rest, "물 ") || strings.HasPrefix(rest, "물(")
}

// yearOpensWhen reports whether the 당시 at byte i closes a clause that a
// year written before it opens (1991년 당시, 2004년 보호감찰 하에 교도소
// 밖으로 외출할 당시): the year, found already, is the time 당시 points to,
// and 당시 adds none of its own. A verb that ends a clause or a comma
// between them, or a time that is no year, leaves 당시 to point back.
func (r *reading) yearOpensWhen(i int) bool {
	if len(r.spans) == 0 {
		return false
	}
	y := r.spans[len(r.spans)-1]
	if y.end > i || !y.ok || len(y.period) != len("2006") || !strings.HasSuffix(strings.TrimSpace(y.text), "년") {
		return false
	}
	for _, w := range r.words {
		if w.start < y.end || w.start >= i {
			continue
		}
		if w.comma || w.verb && !isAdnominal(w) {
			return false
		}
	}
	return true
}
