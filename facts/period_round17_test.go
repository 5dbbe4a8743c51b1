package facts

import (
	"testing"
	"time"
)

// TestTimeClassesRound17 reads the period of amounts in the classes of the
// seventeenth round (docs/meaning.md "Decisions, sixteenth round (time)"),
// each beside a near case it must leave alone. The sentences are our own.
func TestTimeClassesRound17(t *testing.T) {
	sep := time.Date(2023, 9, 21, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// T20: a base of comparison keeps its own time (T18); a year's 같은
		// 기간 is the span named before, in that year, as 지난해 같은 기간 is
		// it a year earlier.
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n이는 2019년 같은 기간에 기록한 19억 달러의 31% 수준이다.", "19억 달러", sep, "2019-01/2019-09", "2019년 같은 기간"},
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n교역액은 2019년 같은 기간 19억 달러보다 줄었다.", "19억 달러", sep, "2019-01/2019-09", "2019년 같은 기간"},
		// Near: as the base of a comparison with no amount of its own it is
		// no time of the change.
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n교역액은 2019년 같은 기간보다 2억 달러 늘었다.", "2억 달러", sep, "", ""},
		{"누리국의 올해 1~3분기 교역액은 6억 달러다.\n교역액은 2019년 같은 기간에 비해 2억 달러 늘었다.", "2억 달러", sep, "", ""},
		// T21: a judgment in a suit whose only time is the one written on
		// the suit takes it (b6's decision, the later one).
		{"누리법원은 지난 2006년 누리국을 상대로 소송을 제기한 주민 4명에게 9천만 달러의 승소 판결을 내렸다.", "9천만 달러", sep, "2006", "지난 2006년"},
		// Near: a judgment's own time is its, not the filing's.
		{"주민 4명은 2006년 누리국을 상대로 소송을 제기해 2008년 9천만 달러를 승소했다.", "9천만 달러", sep, "2008", "2008년"},
	})
}
