package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// This file gives a month counted from an earlier time the year of that
// time (docs/meaning.md, "Decisions, twenty-second round (d19's and d20's
// questions; the lead)"; "Twenty-third round: time (domtime23)").
//
// `그로부터 3개월 후인 8월` names the month by two means at once: a count
// from the time before (그로부터, "from then") and the month itself, joined
// by the copula's adnominal 인. The count places the month on the earlier
// time's calendar, as a span's second end takes its first end's year: after
// 2020년 5월 it is 2020-08, whatever the publication's year.

// countedBeforeRE matches a count of months or years after a time, in
// apposition with 인, right before a bare month: (그로부터) 3개월 후인,
// 두 달 뒤인, 1년 만인.
var countedBeforeRE = regexp.MustCompile(`(?:그로부터 |이로부터 |그 )?(?:[0-9]+|한|두|세|석|네|넉|다섯|여섯) ?(?:개월|달|년) ?(?:후|뒤|만|지난)인 $`)

// countedMonthYear gives each bare month written right after such a count
// the year of the time named before it, in the sentence or else in the
// sentence before (pointedTime), moved on a year when the month comes
// before that time's month.
func (r *reading) countedMonthYear(pub time.Time) {
	for k := range r.spans {
		t := &r.spans[k]
		m := bareMonthRE.FindStringSubmatch(t.text)
		if m == nil || len(t.items) > 0 || !countedBeforeRE.MatchString(r.text[max(0, t.start-40):t.start]) {
			continue
		}
		base := r.pointedTime("당시", t.start, pub)
		if len(base) < 4 {
			continue
		}
		y, err := strconv.Atoi(base[:4])
		if err != nil {
			continue
		}
		mon, _ := strconv.Atoi(m[1])
		if len(base) >= 7 {
			if bm, err := strconv.Atoi(base[5:7]); err == nil && mon < bm {
				y++ // 11월 … 그로부터 3개월 뒤인 2월: the next year
			}
		}
		t.period, t.ok = fmt.Sprintf("%04d-%02d", y, mon), true
	}
}
