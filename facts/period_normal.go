package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// This file normalises a time expression against the publication time:
// 올해 → 2025, 2분기 → 2025-Q2, 1~3월 → 2025-Q1.

// dottedDateRE matches a date written with dots: 2023.12.31.
var dottedDateRE = regexp.MustCompile(`^([12][0-9]{3})\.([0-9]{1,2})\.([0-9]{1,2})$`)

// isDayTime reports whether the time expression t names a day.
func isDayTime(t string) bool {
	return strings.HasSuffix(t, "일") || strings.HasSuffix(t, "일)") || daysBeforeRE.MatchString(t) || weekRE.MatchString(t) || t == "이날" || t == "이 날" || t == "오늘" || t == "금일" || t == "어제" || t == "그제" || t == "그저께" || t == "내일" || t == "모레" || t == "전날" || t == "전일" || t == "당일" || dottedDateRE.MatchString(t)
}

// timeBounded reports whether the time expression s[i:j] stands as a
// word of its own: no letter or digit glued before it, and after it the
// end of the word, punctuation or a particle (2021년엔, 지난해에는), or
// 사이 after the end of a span (1월부터 2월사이, 1월부터 9월 사이).
func timeBounded(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isHangul(r) || isDigit(r) || r == '.' || r == ',' || r == '~' || r >= 'A' && r <= 'z' {
			we := strings.IndexAny(s[j:], " \t\n")
			if we < 0 {
				we = len(s) - j
			}
			if w := s[strings.LastIndexAny(s[:i], " \t\n(“\"")+1 : j+we]; strings.ContainsRune("이가은는", r) && gluedDayRE.MatchString(w) {
				return true // 원유가격이11일: a day glued to a subject's particle
			}
			return false
		}
	}
	t := s[i:j]
	if t == "올" && strings.HasPrefix(s[j:], " 들어") {
		return true // 올 들어: this year so far
	}
	if t == "올" || strings.HasPrefix(t, "올") && !strings.HasPrefix(t, "올해") && !strings.HasSuffix(t, "회계연도") && !strings.ContainsAny(t, "0123456789기해초말봄름을울") {
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
	case "과", "와", "엔", "에는", "에도", "까지", "까지만", "부터", "부터는", "까지의", "이후", "이래", "보다", "대비", "쯤", "경", "께", "사이", "사이에",
		"동안", "간", "째", "까지는", "에서", "에서는", "엔가", "이나", "에만", "에야", "만에", "이었던", "였던", "이던",
		"이었습니다", "이었다", "였습니다", "였다", "입니다", "이다", // 넘긴 해는 2014년이었습니다
		"이면", "쯤이면", "쯤엔", "쯤에는", // 1년 후쯤이면, 2030년이면: the time a clause is set at
		"기준", "기준으로", "기준으론": // 6월기준: as of, 기준 glued as copy often writes it (Sp10)
		return true
	}
	return false
}

// spanPeriod normalises a closed span whose ends are a and b: the two
// periods joined by a slash (2013/2017, 2013-12-09/2013-12-23), a quarter
// for three months of one (1~3월 → 2024-Q1), a half for six months of one
// (1~6월 → 2024-H1). The second end takes the
// year and month the first one names when it lacks them (9일부터 23일까지).
func spanPeriod(a, b string, pub time.Time) (string, bool) {
	a, fromStart := strings.CutSuffix(a, " 들어")
	pa, ok := normPeriod(a, pub)
	if !ok || pa == "" {
		return "", ok
	}
	pb, ok := normPeriod(b, pub)
	if ok && pb == "" && !hasYear(b) && len(pa) >= 7 && pa[4] == '-' {
		// 2010년 2월부터 3월, with no publication time: the second end
		// takes the first one's year, which is written.
		pb, ok = normPeriod(pa[:4]+"년 "+strings.TrimPrefix(b, "지난 "), pub)
	}
	if !ok || pb == "" {
		return "", ok
	}
	// 지난해 1월부터 9월: the second takes the first one's year; but a month
	// told from publication that the first one's year would put before the
	// start is publication's (2004년 12월부터 지난 7월까지, published 2010 →
	// 2010-07).
	if len(pa) >= 7 && len(pb) >= 7 && !hasYear(b) {
		if own := pb; pa[:4]+pb[4:] > pa || !strings.HasPrefix(b, "지난") || own <= pa {
			pb = pa[:4] + pb[4:]
		}
	}
	// 지난해 2분기부터 올해 1분기까지: a span of quarters is written with
	// its months, as 1~3분기 is (docs/meaning.md, time9 and M2).
	pa, pb = quarterMonths(pa, false), quarterMonths(pb, true)
	// Each end keeps the precision it is written with (2020/2022-07,
	// 2018-07/2022: the guide's sixth and twelfth rounds), but a start that
	// is the year's beginning runs from January (올해 초부터 지난 9월까지;
	// 올해 들어 10월까지, whose 들어 the caller passes on).
	if len(pa) == 4 && len(pb) == 7 && (fromStart || strings.Contains(a, "초")) {
		pa += "-01"
	}
	if len(pa) == 7 && len(pb) == 10 && !strings.Contains(b, "월") {
		pa, pb = pa+"-01", pa+pb[7:] // 이달 들어 15일까지: the month's first day to its 15th
	}
	if len(pa) == 10 && len(pb) == 10 && !strings.Contains(b, "월") {
		pb = pa[:7] + pb[7:]
	}
	if len(pa) == 4 && len(pb) == 10 && pb[:4] == pa {
		pa += "-01-01" // 올 들어 지금까지: from the year's first day
	}
	if len(pa) == 7 && len(pb) == 7 && pa[:4] == pb[:4] && pa[4] == '-' && pb[4] == '-' {
		m1, _ := strconv.Atoi(pa[5:])
		m2, _ := strconv.Atoi(pb[5:])
		if m1%3 == 1 && m2 == m1+2 {
			return fmt.Sprintf("%s-Q%d", pa[:4], (m1+2)/3), true
		}
		if m1%6 == 1 && m2 == m1+5 {
			// 1~6월, 1월부터 6월까지: a whole half is that half, as a whole
			// quarter is its quarter (docs/meaning.md E5 (b)).
			return fmt.Sprintf("%s-H%d", pa[:4], (m1+5)/6), true
		}
	}
	if pa >= pb {
		return "", false
	}
	return pa + "/" + pb, true
}

// hasYear reports whether the time expression t names its year: a year
// written (2024년, ’24, ‘24년), or told from now (올해, 작년, and 올 before
// a part of it: 올 5월 말).
func hasYear(t string) bool {
	return strings.Contains(t, "년") || strings.ContainsAny(t, "’‘") || strings.Contains(t, "해") || strings.HasPrefix(t, "올 ")
}

// normPeriod normalises the time expression t against the publication
// time pub (zero when unknown): 2024, 2024-Q2, 2024-H1, 2024-04,
// 2024-04-18, or a span 2020/2024. It reports false when t is no valid
// time.
func normPeriod(t string, pub time.Time) (string, bool) {
	t = twoDigitYearText(strings.TrimSuffix(t, " 현재"))
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
	case dottedDateRE.MatchString(t):
		// 2023.12.31: a date as press releases and tables write it.
		m := dottedDateRE.FindStringSubmatch(t)
		y, mon, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if mon < 1 || mon > 12 || d < 1 || d > daysIn(y, mon) {
			return "", false
		}
		return fmt.Sprintf("%d-%02d-%02d", y, mon, d), true
	case strings.HasSuffix(t, "후"):
		n := atoi(strings.TrimRight(strings.TrimSuffix(t, "후"), "년 "))
		if !known || n == 0 {
			return "", true
		}
		return strconv.Itoa(pub.Year() + n), true
	case strings.HasSuffix(t, "년 전") || strings.HasSuffix(t, "년전"):
		// 4년 전 900만원을 빌려간: the year so many years before publication.
		n := atoi(strings.TrimRight(strings.TrimSuffix(t, "전"), "년 "))
		if !known || n == 0 {
			return "", true
		}
		return strconv.Itoa(pub.Year() - n), true
	case t == "지난 연말":
		if !known {
			return "", true
		}
		return strconv.Itoa(pub.Year() - 1), true
	case t == "올": // 올 들어: this year so far
		if !known {
			return "", true
		}
		return strconv.Itoa(pub.Year()), true
	case t == "연초" || t == "연말":
		if !known {
			return "", true
		}
		return strconv.Itoa(pub.Year()), true
	case daysBeforeRE.MatchString(t):
		// 하루 전, 이틀 전: so many days before publication.
		if !known {
			return "", true
		}
		n := map[string]int{"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4}[daysBeforeRE.FindStringSubmatch(t)[1]]
		return pub.AddDate(0, 0, -n).Format("2006-01-02"), true
	case strings.HasSuffix(t, " 회계연도") && !isDigit(rune(t[0])):
		// 다음 회계연도, 새 회계연도: which year of account depends on the
		// state's fiscal calendar (the US one starts in October, Japan's in
		// April), which the sentence does not give; the words stay.
		return "", true
	case t == "새해":
		// 새해 in the last two months of a year is the one coming; else
		// the one begun.
		if !known {
			return "", true
		}
		if pub.Month() >= time.November {
			return strconv.Itoa(pub.Year() + 1), true
		}
		return strconv.Itoa(pub.Year()), true
	case t == "이번 분기" || t == "지난 분기" || t == "다음 분기":
		// The quarter of publication, the one before it or after it.
		if !known {
			return "", true
		}
		q := (int(pub.Month())-1)/3 + map[string]int{"이번 분기": 0, "지난 분기": -1, "다음 분기": 1}[t]
		return time.Date(pub.Year(), time.Month(3*q+1), 1, 0, 0, 0, 0, kst).Format("2006") + fmt.Sprintf("-Q%d", (q+4)%4+1), true
	case weekRE.MatchString(t):
		return "", true // 지난주: a week has no period format (docs/meaning.md); the words stay
	case t == "당시" || t == "같은 해" || t == "이해" || t == "그해" || t == "이 기간" || t == "이듬해":
		return "", true
	}
	// ‘18.7 → 2018-07; ‘18.7∼‘22년 → 2018-07/2022.
	if m := shortMonthRE.FindStringSubmatch(t); m != nil {
		return shortMonthPeriod(m)
	}
	// A decade: 1990년대 → 1990/1999; a part of it (중반, 초) names no
	// period the guide writes.
	if m := decadeRE.FindStringSubmatch(t); m != nil {
		if m[2] != "" {
			return "", true
		}
		y := atoi(m[1])
		if y < 1000 {
			return "", false // 0190년대
		}
		return fmt.Sprintf("%d/%d", y, y+9), true
	}
	// Spans within one expression: 2020~2024년, ’10~’19, 5∼10일.
	for _, sep := range []string{"~", "∼", "～"} {
		a, b, ok := strings.Cut(t, sep)
		if !ok || strings.HasSuffix(b, "월") && !strings.Contains(b, "일") && !strings.Contains(a, "년") && utf8.RuneCountInString(a) <= 5 {
			continue // 1~3월 is read below
		}
		switch {
		case strings.HasSuffix(b, "분기"):
			return quarterSpan(a, b, pub)
		case strings.HasSuffix(b, "년") || strings.HasSuffix(b, "년도"):
			return spanPeriod(a+"년", b, pub)
		case len(b) == len("2019도") && strings.HasSuffix(b, "도") && isDigit(rune(b[0])):
			// 2018~2019도 예산: 년도 written short, the years of account.
			return spanPeriod(a+"년", strings.TrimSuffix(b, "도")+"년", pub)
		case strings.HasSuffix(b, "회계연도"):
			// 2025~2029 회계연도: the fiscal years, named as years.
			return spanPeriod(a+"년", strings.TrimSpace(strings.TrimSuffix(b, "회계연도"))+"년", pub)
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
		if year < 1000 {
			return "", false // 0223년: no year a period can name
		}
	case m[2] != "":
		year, yearKnown = 2000+atoi(m[2]), true
		if year > pub.Year()+5 && known || year > 2060 {
			year -= 100
		}
	case rel == "지난해" || rel == "작년" || rel == "전년" || rel == "전년도" || rel == "작년한해" || rel == "지난한해":
		year--
	case rel == "내년" || rel == "내년도":
		year++
	case rel == "재작년" || rel == "지지난해":
		year -= 2
	case rel == "내후년":
		year += 2
	}
	// out gives a period of the year, or none when the year is relative
	// and the publication time unknown.
	out := func(p string) (string, bool) {
		if !yearKnown {
			return "", true
		}
		return p, true
	}
	// A time written without its year is placed by the word before it
	// and by the calendar (docs/meaning.md, ninth and nineteenth rounds).
	// first and last are the months it begins and ends in: a month, a
	// quarter (4분기: 10 and 12), a half, a span of months.
	lastYearIf := func(first, last int) {
		if m[1] != "" || m[2] != "" || m[3] != "" || !known {
			return
		}
		pm := int(pub.Month())
		switch {
		case strings.HasPrefix(t, "지난") && first > pm:
			// 지난 11월 in an article of April is November of last
			// year; 지난 4분기 in February last year's fourth quarter:
			// 지난 names a time begun before publication.
			year--
		case strings.HasPrefix(t, "오는") && last < pm:
			// 오는 3월 in an article of November is next March; 오는
			// 1분기 next year's first quarter: 오는 names a time not
			// yet over.
			year++
		case startsDigit(t) && first-pm > 6:
			// 12월 교역액, 4분기 매출, 10~12월 in an article of January: a
			// time more than half a year ahead of publication is the
			// nearer one, last year's; 12월 in an article of October
			// is still ahead (docs/meaning.md, ninth round).
			year--
		}
	}
	switch {
	case m[4] != "":
		q := atoi(m[4])
		lastYearIf(3*q-2, 3*q)
		return out(fmt.Sprintf("%d-Q%s", year, m[4]))
	case m[5] != "":
		h, first := "H1", 1
		if m[5] == "하" {
			h, first = "H2", 7
		}
		lastYearIf(first, first+5)
		return out(fmt.Sprintf("%d-%s", year, h))
	case m[6] != "":
		a, b := atoi(m[6]), atoi(m[7])
		if a < 1 || b > 12 || a >= b {
			return "", false
		}
		lastYearIf(a, b)
		if a%3 == 1 && b == a+2 {
			return out(fmt.Sprintf("%d-Q%d", year, (a+2)/3))
		}
		if a%6 == 1 && b == a+5 {
			return out(fmt.Sprintf("%d-H%d", year, (a+5)/6)) // 1~6월: a whole half (E5 (b))
		}
		return out(fmt.Sprintf("%d-%02d/%d-%02d", year, a, year, b))
	case m[8] != "":
		mon := atoi(m[8])
		if mon < 1 || mon > 12 {
			return "", false
		}
		lastYearIf(mon, mon)
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
		case "어제", "전날", "전일":
			day = pub.AddDate(0, 0, -1)
		case "그제", "그저께":
			day = pub.AddDate(0, 0, -2)
		case "내일":
			day = pub.AddDate(0, 0, 1)
		case "모레":
			day = pub.AddDate(0, 0, 2)
		}
		if d := m[13] + m[16]; d != "" {
			n := atoi(d)
			y, mon := pub.Year(), pub.Month()
			switch {
			case strings.HasPrefix(t, "오는") && n < pub.Day():
				mon++ // 오는 5일 after the 10th: the day is next month's
				if mon == 13 {
					y, mon = y+1, 1
				}
			case n > pub.Day() && !strings.HasPrefix(t, "오는"):
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

// quarterSpan normalises a span of quarters whose first end a is written
// without its 분기 (2022년 1~3분기: a is "2022년 1", b "3분기"): the
// months from the first quarter's first to the last one's last
// (2022-01/2022-09), a half for two quarters that make one (1~2분기 →
// H1), the year for all four.
func quarterSpan(a, b string, pub time.Time) (string, bool) {
	year, first := "", a
	if k := strings.LastIndexByte(a, ' '); k >= 0 {
		year, first = a[:k+1], a[k+1:]
	}
	q1, _ := strconv.Atoi(first)
	q2, _ := strconv.Atoi(strings.TrimSuffix(b, "분기"))
	if q1 < 1 || q2 > 4 || q1 >= q2 {
		return "", false
	}
	p, ok := normPeriod(year+b, pub)
	if !ok || p == "" {
		return "", ok
	}
	y := p[:4]
	switch {
	case q1 == 1 && q2 == 4:
		return y, true
	case q1 == 1 && q2 == 2:
		return y + "-H1", true
	case q1 == 3 && q2 == 4:
		return y + "-H2", true
	}
	return fmt.Sprintf("%s-%02d/%s-%02d", y, 3*q1-2, y, 3*q2), true
}

// daysIn returns the number of days of the month mon of year y.
func daysIn(y, mon int) int {
	return time.Date(y, time.Month(mon)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// shortMonthPeriod normalises the groups of shortMonthRE: a month of a
// year of two digits (19YY from 61 on), or a span from it to a year or a
// month of another.
func shortMonthPeriod(m []string) (string, bool) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	year := func(yy string) int {
		y := atoi(yy)
		if y > 60 {
			return 1900 + y
		}
		return 2000 + y
	}
	mon := atoi(m[2])
	if mon < 1 || mon > 12 {
		return "", false
	}
	first := fmt.Sprintf("%d-%02d", year(m[1]), mon)
	if m[3] == "" {
		return first, true
	}
	if m[4] == "" {
		return fmt.Sprintf("%s/%d", first, year(m[3])), true
	}
	mon2 := atoi(m[4])
	if mon2 < 1 || mon2 > 12 {
		return "", false
	}
	return fmt.Sprintf("%s/%d-%02d", first, year(m[3]), mon2), true
}

// quarterMonths returns quarter p (2022-Q2) as its first month, or its last
// when last is true (2022-04, 2022-06); any other period as it is.
func quarterMonths(p string, last bool) string {
	if len(p) != 7 || p[4:6] != "-Q" || p[6] < '1' || p[6] > '4' {
		return p
	}
	m := int(p[6]-'0')*3 - 2
	if last {
		m += 2
	}
	return fmt.Sprintf("%s-%02d", p[:4], m)
}
