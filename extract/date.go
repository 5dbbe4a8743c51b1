package extract

import (
	"strconv"
	"strings"
	"time"
)

// kst is Korea Standard Time, the zone Korean pages mean when they write a
// time without one.
var kst = time.FixedZone("KST", 9*60*60)

// precision says how much of a time a page wrote.
type precision int

const (
	precDay precision = iota + 1
	precMinute
	precSecond
)

// stamp is a time read from a page, with what is known about it.
type stamp struct {
	t      time.Time
	prec   precision
	zoned  bool // the text named a zone or offset
	source int  // rank of the source: lower is more reliable
}

// parseDate reads a date and time in the forms news pages write:
// ISO 8601 and RFC 3339 with or without zone ("2023-04-07T10:10:15.092Z",
// "2023-04-07 19:13:45", "2023-04-19T15:41:47+0900"), dotted and slashed
// dates with an optional clock ("2023.04.07 (19:13)", "2023.04.21 16:27",
// "2023. 4. 7. 오후 7:13"), Korean units ("2023년 04월 07일 18시 36분"),
// RFC 1123 ("Sat, 03 Apr 2010 21:15:06 +0900") and the month's English
// name (parseEnglishDate). A time without zone is read in loc. It reports
// false when s holds no such date.
func parseDate(s string, loc *time.Location) (stamp, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return stamp{}, false
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC822Z} {
		if t, err := time.Parse(layout, s); err == nil {
			return stamp{t: t, prec: precSecond, zoned: true}, true
		}
	}
	m := reDate.FindStringSubmatch(s)
	if m == nil {
		return parseEnglishDate(s, loc)
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 {
		return stamp{}, false
	}
	st := stamp{prec: precDay}
	hour, minute, sec, nsec := 0, 0, 0, 0
	if m[5] != "" {
		var ok bool
		if hour, minute, sec, st.prec, ok = readClock(m[5], m[6], m[7], m[4]); !ok {
			return stamp{}, false
		}
		if m[8] != "" {
			frac := (m[8] + "000000000")[:9]
			nsec, _ = strconv.Atoi(frac)
		}
	}
	zone := loc
	if z := m[9]; z != "" {
		st.zoned = true
		zone = parseZone(z)
	}
	st.t = time.Date(year, time.Month(month), day, hour, minute, sec, nsec, zone)
	return st, true
}

// englishMonths maps the first three letters of a month's English name
// to the month.
var englishMonths = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// parseEnglishDate reads a date written with the month's English name
// (reEnglishDate), the clock before or after it: "15:41 April 19,
// 2023", "April 19, 2023 3:41 PM", "19 Apr 2023", "Apr. 19, 2023 15:41
// KST". A time without zone is read in loc. It reports false when s holds
// no such date, or the day is given twice or not at all.
func parseEnglishDate(s string, loc *time.Location) (stamp, bool) {
	m := reEnglishDate.FindStringSubmatch(s)
	if m == nil || (m[5] == "") == (m[7] == "") {
		return stamp{}, false
	}
	year, _ := strconv.Atoi(m[8])
	day, _ := strconv.Atoi(m[5] + m[7])
	month := englishMonths[strings.ToLower(m[6][:3])]
	if year < 1900 || year > 2200 || day < 1 || day > 31 {
		return stamp{}, false
	}
	st := stamp{prec: precDay}
	hour, minute, sec := 0, 0, 0
	clock := m[1:5]
	if m[1] == "" {
		clock = m[9:13]
	}
	if clock[0] != "" {
		var ok bool
		if hour, minute, sec, st.prec, ok = readClock(clock[0], clock[1], clock[2], clock[3]); !ok {
			return stamp{}, false
		}
	}
	zone := loc
	switch strings.ToUpper(m[13]) {
	case "KST":
		zone, st.zoned = kst, true
	case "UTC", "GMT":
		zone, st.zoned = time.UTC, true
	}
	st.t = time.Date(year, month, day, hour, minute, sec, 0, zone)
	if st.t.Day() != day {
		return stamp{}, false // "February 31"
	}
	return st, true
}

// parseZone turns "Z", "KST", "+09:00", "+0900" or "+09" into a fixed
// zone.
func parseZone(z string) *time.Location {
	if z == "Z" || z == "z" {
		return time.UTC
	}
	if z == "KST" {
		return kst
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	h, _ := strconv.Atoi(digits[:min(2, len(digits))])
	mm := 0
	if len(digits) >= 4 {
		mm, _ = strconv.Atoi(digits[2:4])
	}
	off := sign * (h*3600 + mm*60)
	if off == 9*3600 {
		return kst
	}
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone("", off)
}

// parseCompact reads a machine-written date of digits alone, as some
// CMSs put in their meta tags: "20240305142210" (to the second) or
// "202403051422" (to the minute), in loc. Only structured values are read
// this way: in text such digits are more often a number than a date.
func parseCompact(s string, loc *time.Location) (stamp, bool) {
	s = strings.TrimSpace(s)
	layouts := map[int]struct {
		layout string
		prec   precision
	}{14: {"20060102150405", precSecond}, 12: {"200601021504", precMinute}}
	l, ok := layouts[len(s)]
	if !ok || strings.Trim(s, "0123456789") != "" {
		return stamp{}, false
	}
	t, err := time.ParseInLocation(l.layout, s, loc)
	if err != nil || t.Year() < 1990 || t.Year() > 2200 {
		return stamp{}, false
	}
	return stamp{t: t, prec: l.prec}, true
}

// chooseStamp picks the time of a page from its sources. visible is a
// labelled date shown to readers ("입력 …"), visDate an unlabelled date
// in an element named date or time; structured are machine-readable values
// (JSON-LD, meta, <time>), most reliable first.
//
// When the page shows a date, the most precise structured value that
// agrees with it wins (the shown date confirms it, the structured one adds
// seconds); a structured value that disagrees, as a wrong zone makes it,
// loses to the shown date. Without a shown date the first structured value
// wins. On a page whose zone is KST the result is given in KST.
func chooseStamp(loc *time.Location, visible, visDate string, structured ...string) stamp {
	var cands []stamp
	for i, s := range structured {
		st, ok := parseDate(s, loc)
		if !ok {
			st, ok = parseCompact(s, loc)
		}
		if ok {
			st.source = i
			cands = append(cands, st)
		}
	}
	anchor, ok := parseDate(visible, loc)
	if !ok {
		anchor, ok = parseDate(visDate, loc)
	}
	var best stamp
	switch {
	case ok:
		best = anchor
		for _, c := range cands {
			if agrees(c, anchor) && c.prec > best.prec {
				best = c
			}
		}
	case len(cands) > 0:
		best = cands[0]
	default:
		return stamp{}
	}
	if loc == kst {
		best.t = best.t.In(kst)
	}
	return best
}

// agrees reports whether c falls within the span a less precise shown
// time a covers: the same minute, or the same day.
func agrees(c, a stamp) bool {
	switch a.prec {
	case precDay:
		y1, m1, d1 := c.t.In(a.t.Location()).Date()
		y2, m2, d2 := a.t.Date()
		return y1 == y2 && m1 == m2 && d1 == d2
	case precMinute:
		d := c.t.Sub(a.t)
		return d >= 0 && d < time.Minute
	}
	return c.t.Equal(a.t)
}

// readClock reads a clock's hour, minute and optional second, written as
// digits, turned by a meridiem before or after it (오전, 오후, AM, PM,
// a.m., p.m.) into the 24-hour clock, with the precision it is written to.
// It reports false for a time no clock shows.
func readClock(h, m, s, meridiem string) (hour, minute, sec int, prec precision, ok bool) {
	hour, _ = strconv.Atoi(h)
	minute, _ = strconv.Atoi(m)
	prec = precMinute
	if s != "" {
		sec, _ = strconv.Atoi(s)
		prec = precSecond
	}
	switch strings.ToLower(strings.ReplaceAll(meridiem, ".", "")) {
	case "오후", "pm":
		if hour < 12 {
			hour += 12
		}
	case "오전", "am":
		if hour == 12 {
			hour = 0
		}
	}
	if hour > 23 || minute > 59 || sec > 60 {
		return 0, 0, 0, 0, false
	}
	return hour, minute, sec, prec, true
}
