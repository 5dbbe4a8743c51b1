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

// TestPeriodRelativeAfterOther20 reads an amount of the main clause after
// a relative clause that holds its own dated amount and modifies the
// subject (docs/meaning.md "Twentieth round: role on domestic copy"): the
// time is the relative clause's; beside a clause that is the amount's own.
func TestPeriodRelativeAfterOther20(t *testing.T) {
	pub := time.Date(2021, 7, 15, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"2018년 3월에는 6억원에 팔리던 빌라 가격이 3년 새 2억원 넘게 뛰었다.", "2억원", pub, "", ""},
		// The clause modifies the noun the amount sizes: its own time.
		{"올해 직원들은 지난해보다 5만원 늘어난 평균 40만원을 받았다.", "40만원", pub, "2021", "올해"},
	})
}
