package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file resolves times that point at another time: 전년, 같은 날,
// 전달, 이해, and the times of a list.

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

// yearMoved returns span or period p moved to year y, its ends kept apart
// as they are (2022-01/2022-09 in 2019 → 2019-01/2019-09), or "" when p
// or y names no year.
func yearMoved(p, y string) string {
	to, err := strconv.Atoi(y)
	if p == "" || err != nil || len(y) != 4 || len(p) < 4 {
		return ""
	}
	from, err := strconv.Atoi(p[:4])
	if err != nil {
		return ""
	}
	parts := strings.Split(p, "/")
	for k, q := range parts {
		n, err := strconv.Atoi(q[:min(4, len(q))])
		if err != nil || len(q) < 4 {
			return ""
		}
		parts[k] = strconv.Itoa(n+to-from) + q[4:]
	}
	return strings.Join(parts, "/")
}

// listPeriods returns the periods of the two times of a list, a and b; a
// year alone takes the part of the year b names (2016년과 2015년 상반기 →
// 2016-H1, 2015-H1).
func listPeriods(a, b string, pub time.Time) []string {
	whole := b
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
	if !hasYear(whole) && len(pa) >= 4 && len(pb) >= 7 {
		pb = pa[:4] + pb[4:] // 지난해 1월과 3월: March of last year
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

// pointedTime returns the time a back-pointing time at byte i (당시, 같은
// 해, 이해, 이 기간) points to: the last one the same sentence names
// before it, else the first the sentence before names — whole for 당시
// and 이 기간, the year for the others — or "".
func (r *reading) pointedTime(base string, i int, pub time.Time) string {
	// 2012년부터 2021년까지 … 이 기간 북한의 누적 적자액은: what the same
	// sentence names before it comes first (docs/meaning.md).
	same := ""
	for _, t := range r.spans {
		if t.start < i && t.ok && t.period != "" && len(t.items) == 0 {
			same = t.period
		}
	}
	if same != "" {
		if base == "이 기간" || base == "당시" || len(same) < 4 {
			return same
		}
		return same[:4]
	}
	if base == "당시" {
		if p := r.comparedTimeBefore(i, pub); p != "" {
			return p // 2023년 대비 … 감소한 수치로, 당시: the base's time (period_dangsi.go)
		}
	}
	if r.prev == "" {
		return ""
	}
	// Of the sentence before, the first time that is no day, else the
	// first day: a day dates its report more often than its events
	// (지난 21일 … 2019년 11월 탈취된 사건 …. 당시 시세로 → 2019-11).
	first := ""
	for _, t := range r.before().timeSpans(pub) {
		if t.period == "" || !t.ok {
			continue
		}
		if !t.day {
			first = t.period
			break
		}
		if first == "" {
			first = t.period
		}
	}
	if base == "이 기간" || base == "당시" || len(first) < 4 {
		return first
	}
	return first[:4]
}

// followingYear resolves 이듬해 (the year after) at byte i: the year after
// the last year the sentence names before it, else after the last year
// the sentence before names (2011년 … 2012년 …. 그러나 이듬해 → 2013), else
// after the year of publication; "" when none is known (docs/meaning.md,
// eighth round).
func (r *reading) followingYear(i int, pub time.Time) string {
	last := ""
	for _, t := range r.spans {
		if t.start < i && t.ok && t.period != "" && len(t.items) == 0 {
			last = t.period
		}
	}
	if last == "" && r.prev != "" {
		for _, t := range r.before().timeSpans(pub) {
			if t.ok && t.period != "" && len(t.items) == 0 {
				last = t.period
			}
		}
	}
	if last == "" {
		if pub.IsZero() {
			return ""
		}
		return strconv.Itoa(pub.In(kst).Year() + 1)
	}
	if k := strings.LastIndexByte(last, '/'); k >= 0 {
		last = last[k+1:] // 2011/2012: after the span's end
	}
	y, err := strconv.Atoi(last[:min(4, len(last))])
	if err != nil || len(last) < 4 {
		return ""
	}
	return strconv.Itoa(y + 1)
}
