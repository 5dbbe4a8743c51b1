package facts

import (
	"testing"
	"time"
)

// TestPeriodComparedClause20 reads a change after a base written as a
// clause closed by 과 비교하면 (docs/meaning.md "Twentieth round: role on
// domestic copy"): the time inside the base is the base's, as a time
// before 보다 is; beside a time of the change's own clause.
func TestPeriodComparedClause20(t *testing.T) {
	pub := time.Date(2021, 7, 15, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"3월 8억2000만원에 팔린 것과 비교하면 4000만원 오른 값이다.", "4000만원", pub, "", ""},
		{"지난해 5억원에 팔린 것과 비교하면 올해 1억원 올랐다.", "1억원", pub, "2021", "올해"},
	})
}
