package facts

import (
	"regexp"
	"strings"
)

// 동안 after a duration counts a length (3년 동안, 지난 5년 동안: Sp4, no
// time); after a time of the calendar it says "during" that time, and the
// time is the amount's as if 동안 were not written (올해 상반기 동안 7억
// 원 수준에서 거래됐다 → 올해 상반기), as the fifth round reads 작년 한 해
// 동안 and 7월 한 달간 (docs/meaning.md, "Twenty-second round: time
// (domtime22)"). A calendar time names its unit by a part of the year (상반기,
// 5월, a quarter after its year: 올해 3분기; 4분기 alone may count four
// quarters, 4분기 동안), a year written whole (2020년), or a year or month told from the
// present (올해, 지난해, 지난달); a count of units (3년, 6개월, 지난 3년)
// names no time and keeps 동안 a duration.

// calendarTimeRE matches the end of a time of the calendar.
var calendarTimeRE = regexp.MustCompile(`(?:[상하]반기|(?:년|해|올) ?[1-4]분기|[0-9]월|[12][0-9]{3} ?년|^(?:올해|금년|지난해|작년|올|지난달|이달|이번 ?달))$`)

// duringCalendar reports whether time text, followed by rest, is a time of
// the calendar with 동안 after it.
func duringCalendar(text, rest string) bool {
	return strings.HasPrefix(rest, " 동안") && calendarTimeRE.MatchString(text)
}
