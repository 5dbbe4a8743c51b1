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

// per tells whether the amount a is given per year, month or day.
func (r *reading) per(a amount) Per {
	for _, q := range a.quals {
		if p := perWords[q]; p != "" {
			return p
		}
	}
	start := r.clauseStart(a.first)
	for i := a.first - 1; i >= start; i-- {
		w := r.words[i]
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
		return p
	}
	return ""
}

// period finds the time the amount of bytes [start, end) belongs to: the
// time expression of its clause nearest before it, else after it in its
// clause, else nearest before it in its sentence. It returns the period
// normalised against pub (empty when relative and pub is zero, or when
// there is none) and the expression as written.
func (r *reading) period(start, end int, a amount, pub time.Time) (string, string) {
	cs, ce := r.clauseStart(a.first), r.clauseEnd(a.last)
	lo, hi := r.words[cs].start, r.words[ce].end
	var before, after, earlier []int
	if !r.timesSet {
		r.timesSet = true
		for _, m := range timeRE.FindAllStringIndex(r.text, -1) {
			if timeFits(r.text, m[0], m[1]) {
				r.times = append(r.times, m)
			}
		}
	}
	// The times from the reach before the amount on: a time further away
	// is not the amount's.
	from := r.words[max(0, a.first-reach)].start
	k := sort.Search(len(r.times), func(k int) bool { return r.times[k][0] >= from })
	for _, m := range r.times[k:] {
		if m[0] > hi {
			break
		}
		switch {
		case m[1] <= start && m[0] >= lo:
			before = m
		case m[0] >= end && m[1] <= hi && after == nil:
			after = m
		case m[1] <= start:
			earlier = m
		}
	}
	for _, m := range [][]int{before, after, earlier} {
		if m == nil {
			continue
		}
		text := r.text[m[0]:m[1]]
		p, ok := normPeriod(text, pub)
		if !ok {
			continue
		}
		return p, text
	}
	return "", ""
}

// timeFits reports whether the time expression s[i:j] stands as a word of
// its own and is a time of the amount, not a duration, a deadline or a
// comparison.
func timeFits(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isHangul(r) || isDigit(r) || r == '.' || r == ',' || r == '~' {
			return false
		}
	}
	t := s[i:j]
	if t == "올" || strings.HasPrefix(t, "올") && !strings.HasPrefix(t, "올해") && !strings.ContainsAny(t, "0123456789기해") {
		return false // 올 alone (올라, 올린) is no time
	}
	return !timeAfterRE.MatchString(s[j:])
}

// normPeriod normalises the time expression t against the publication
// time pub (zero when unknown): 2024, 2024-Q2, 2024-H1, 2024-04,
// 2024-04-18. It reports false when t is no valid time.
func normPeriod(t string, pub time.Time) (string, bool) {
	m := timePartsRE.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	known := !pub.IsZero()
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	year, yearKnown := pub.Year(), known
	switch rel := strings.ReplaceAll(m[2], " ", ""); {
	case m[1] != "":
		year, yearKnown = atoi(m[1]), true
	case rel == "지난해" || rel == "작년" || rel == "전년" || rel == "전년도":
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
		if m[1] == "" && m[2] == "" && known && strings.HasPrefix(t, "지난") && month > int(pub.Month()) {
			year--
		}
	}
	switch {
	case m[3] != "":
		return out(fmt.Sprintf("%d-Q%s", year, m[3]))
	case m[4] != "":
		h := "H1"
		if m[4] == "하" {
			h = "H2"
		}
		return out(fmt.Sprintf("%d-%s", year, h))
	case m[5] != "":
		a, b := atoi(m[5]), atoi(m[6])
		if a < 1 || b > 12 || a >= b {
			return "", false
		}
		if a%3 == 1 && b == a+2 {
			return out(fmt.Sprintf("%d-Q%d", year, (a+2)/3))
		}
		return out(fmt.Sprintf("%d-%02d", year, a))
	case m[7] != "":
		mon := atoi(m[7])
		if mon < 1 || mon > 12 {
			return "", false
		}
		lastYearIf(mon)
		if m[8] != "" {
			d := atoi(m[8])
			if d < 1 || d > daysIn(year, mon) {
				return "", false
			}
			return out(fmt.Sprintf("%d-%02d-%02d", year, mon, d))
		}
		return out(fmt.Sprintf("%d-%02d", year, mon))
	case m[9] != "":
		if !known {
			return "", true
		}
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, kst)
		switch strings.ReplaceAll(m[9], " ", "") {
		case "지난달":
			first = first.AddDate(0, -1, 0)
		case "내달", "다음달":
			first = first.AddDate(0, 1, 0)
		}
		return first.Format("2006-01"), true
	case m[10] != "" || m[11] != "" || m[12] != "":
		if !known {
			return "", true
		}
		day := pub
		switch m[10] {
		case "어제", "전날":
			day = pub.AddDate(0, 0, -1)
		}
		if d := m[11] + m[12]; d != "" {
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
	case m[2] == "올":
		return "", false // 올 alone
	}
	return out(strconv.Itoa(year))
}

// daysIn returns the number of days of the month mon of year y.
func daysIn(y, mon int) int {
	return time.Date(y, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
