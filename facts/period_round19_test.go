package facts

import (
	"testing"
	"time"
)

// TestTimeNormalRound19 reads times written without their year against
// the publication date (docs/meaning.md, "Nineteenth round: time
// (time19)"): 지난 names a time begun before publication, 오는 one not
// yet over, and a quarter or a span of months far ahead of publication
// is last year's, as a bare month is (ninth round). The sentences are our
// own.
func TestTimeNormalRound19(t *testing.T) {
	feb := time.Date(2024, 2, 10, 9, 0, 0, 0, kst)
	nov := time.Date(2024, 11, 5, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// 지난: a quarter or a half not yet begun is last year's.
		{"누리사의 지난 4분기 매출은 5억 원이었다.", "5억 원", feb, "2023-Q4", "지난 4분기"},
		{"누리사의 지난 하반기 매출은 5억 원이었다.", "5억 원", feb, "2023-H2", "지난 하반기"},
		{"누리사는 지난 12월 5억 원을 벌었다.", "5억 원", feb, "2023-12", "지난 12월"},
		// Near: begun before publication, this year's.
		{"누리사는 지난 2월 매출 5억 원을 기록했다.", "5억 원", feb, "2024-02", "지난 2월"},
		{"누리사는 지난 1월 5억 원을 벌었다.", "5억 원", nov, "2024-01", "지난 1월"},
		// 오는: a month, a quarter or a day already over is next year's
		// or next month's.
		{"누리사는 오는 3월 5억 원을 투자한다.", "5억 원", nov, "2025-03", "오는 3월"},
		{"누리사는 오는 1분기 5억 원을 투자한다.", "5억 원", nov, "2025-Q1", "오는 1분기"},
		{"누리사는 오는 5일 5억 원을 지급한다.", "5억 원", feb, "2024-03-05", "오는 5일"},
		{"누리사는 오는 25일 5억 원을 지급한다.", "5억 원", feb, "2024-02-25", "오는 25일"},
		// Near: 지난 and a bare day keep the month before.
		{"누리사는 지난 25일 5억 원을 지급했다.", "5억 원", feb, "2024-01-25", "지난 25일"},
		{"누리사는 12월 31일 5억 원을 지급했다.", "5억 원", feb, "2023-12-31", "12월 31일"},
		// A bare quarter or span of months beginning more than half a
		// year after publication's month is last year's.
		{"누리사의 4분기 매출은 5억 원이었다.", "5억 원", feb, "2023-Q4", "4분기"},
		{"누리사는 10~12월 5억 원을 벌었다.", "5억 원", feb, "2023-Q4", "10~12월"},
		{"누리사는 11월 매출 5억 원을 기록했다.", "5억 원", feb, "2023-11", "11월"},
		// Near: a half or a quarter beginning within half a year stays
		// this year's (하반기 in February: the coming one).
		{"누리사의 하반기 매출은 5억 원으로 예상된다.", "5억 원", feb, "2024-H2", "하반기"},
		{"누리사는 3분기에 5억 원을 벌었다.", "5억 원", nov, "2024-Q3", "3분기"},
		{"누리사는 1~9월 5억 원을 벌었다.", "5억 원", nov, "2024-01/2024-09", "1~9월"},
		// The closed class of days told from today, and quarters told
		// from the present.
		{"누리사는 그제 5억 원을 빌렸다.", "5억 원", nov, "2024-11-03", "그제"},
		{"누리사는 그저께 5억 원을 빌렸다.", "5억 원", nov, "2024-11-03", "그저께"},
		{"누리사는 그제(3일) 5억 원을 빌렸다.", "5억 원", nov, "2024-11-03", "그제(3일)"},
		{"누리사는 모레 5억 원을 갚는다.", "5억 원", nov, "2024-11-07", "모레"},
		{"누리사는 이번 분기 5억 원을 벌었다.", "5억 원", nov, "2024-Q4", "이번 분기"},
		{"누리사는 지난 분기 5억 원을 벌었다.", "5억 원", feb, "2023-Q4", "지난 분기"},
		{"누리사는 다음 분기 5억 원을 받는다.", "5억 원", nov, "2025-Q1", "다음 분기"},
		// Near: 그제야 (only then) is no day; a quarter as the base of a
		// comparison is no time of the change.
		{"누리사는 그제야 5억 원을 갚았다.", "5억 원", nov, "", ""},
		{"누리사는 그제서야 5억 원을 갚았다.", "5억 원", nov, "", ""},
		{"누리사의 매출은 지난 분기 대비 5억 원 늘었다.", "5억 원", feb, "", ""},
		{"누리사의 매출은 지난 분기보다 5억 원 늘었다.", "5억 원", feb, "", ""},
	})
}

// TestTimeSaidRound19 reads the day and the month of a saying (E4) against
// those of the deed quoted (docs/meaning.md, "Nineteenth round: time
// (time19)"). The sentences are our own.
func TestTimeSaidRound19(t *testing.T) {
	nov := time.Date(2024, 11, 5, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// A month after the topic dates an announcement of a plan as a
		// day does, however the month is written (E4: a week or a month).
		{"누리국 정부는 지난달 이웃 나라에 5억 달러를 지원한다고 발표했다.", "5억 달러", nov, "", ""},
		{"누리국 정부는 10월 이웃 나라에 5억 달러를 지원한다고 발표했다.", "5억 달러", nov, "", ""},
		// Near: a deed done and quoted keeps its month; a year is the
		// plan's.
		{"누리사는 지난달 매출이 5억 원 늘었다고 밝혔다.", "5억 원", nov, "2024-10", "지난달"},
		{"누리국 정부는 올해 이웃 나라에 5억 달러를 지원한다고 4일 밝혔다.", "5억 달러", nov, "2024", "올해"},
		// A day inside a quoted clause, past its other words, is the
		// deed's: the clause's -다고 ends it before the saying.
		{"누리국 정부는 이웃 나라에 4일 5억 달러를 지원했다고 밝혔다.", "5억 달러", nov, "2024-11-04", "4일"},
		{"누리국 정부는 이웃 나라에 5억 달러를 내기로 4일 합의했다고 말했다.", "5억 달러", nov, "2024-11-04", "4일"},
		// Near: a day after the topic, or right before the saying, dates
		// the saying (E4).
		{"누리국 정부는 4일 이웃 나라에 5억 달러를 지원한다고 밝혔다.", "5억 달러", nov, "", ""},
		{"누리국 정부는 이웃 나라에 5억 달러를 지원한다고 4일 밝혔다.", "5억 달러", nov, "", ""},
		{"누리국 정부는 4일 성명을 내고 이웃 나라에 5억 달러를 지원한다고 밝혔다.", "5억 달러", nov, "", ""},
		{"누리통신은 4일 누리국이 이웃 나라에 5억 달러를 지원했다고 보도했다.", "5억 달러", nov, "", ""},
		{"누리국 정부는 지난 2일 이웃 나라에 5억 달러를 송금했다고 4일 밝혔다.", "5억 달러", nov, "2024-11-02", "지난 2일"},
		// A count of days with 안에, 내에, 이내 is a stretch, no day of the
		// month; a year or a month with 안에 names the time it closes.
		{"누리국은 21일 안에 5억 달러어치 수입품에 관세를 매긴다고 말했다.", "5억 달러", nov, "", ""},
		{"누리사는 30일 이내에 5억 원을 갚아야 한다.", "5억 원", nov, "", ""},
		// 부턴, 부터는 contracted, opens a span as 부터 does: no period,
		// its words kept (the guide's open spans).
		{"누리국은 9월1일부턴 5억 달러어치 물품에 관세를 매긴다고 말했다.", "5억 달러", nov, "", "9월1일부턴"},
	})
}

// TestPerRound19 reads per where a time is named with a word of the
// closed class (docs/meaning.md, "Nineteenth round: time (time19)"). The
// sentences are our own.
func TestPerRound19(t *testing.T) {
	checkPers(t, []perCase{
		// 하루 평균 is an average per day in any time named, as 월평균 is.
		{"누리국의 지난해 하루 평균 거래액은 5억 달러였다.", "5억 달러", PerDay},
		{"누리국의 지난해 월평균 수출액은 5억 달러였다.", "5억 달러", PerMonth},
		// Near: 이날 하루 is that one day.
		{"누리국은 이날 하루 5억 달러를 벌었다.", "5억 달러", ""},
		// A month's prefix glued to its noun of money is that month's
		// total in a month named, as 연매출 is a year's (per16, rule 8).
		{"누리사의 지난달 월매출은 5억 원이었다.", "5억 원", ""},
		{"누리사의 지난해 연매출은 5억 원이었다.", "5억 원", ""},
		// Near: no month named, a bare 월, pay per month.
		{"누리사의 월매출은 5억 원이다.", "5억 원", PerMonth},
		{"누리국은 5월에도 월 교역액 5억 달러를 넘겼다.", "5억 달러", PerMonth},
		{"누리씨의 지난달 월급은 300만 원이었다.", "300만 원", PerMonth},
	})
}

// TestTimeRelativeRound19 reads a year or a month written right before a
// past adnominal verb of 하다 or 되다 as that relative clause's time
// (docs/meaning.md, "Nineteenth round: time (time19)"). The sentences are
// our own.
func TestTimeRelativeRound19(t *testing.T) {
	nov := time.Date(2024, 11, 5, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리국은 2019년 도입한 제도로 5억 달러를 절감했다.", "5억 달러", nov, "", ""},
		{"누리국은 지난해 12월 체결한 계약에 따라 5억 달러를 받았다.", "5억 달러", nov, "", ""},
		{"누리국은 2021년 채택된 결의에 따라 5억 달러를 냈다.", "5억 달러", nov, "", ""},
		// Near: the head is the noun the amount measures, or the amount.
		{"누리국이 올해 수령한 지원금은 5억 달러다.", "5억 달러", nov, "2024", "올해"},
		{"누리국이 지난해 체결한 5억 달러 규모의 계약이 파기됐다.", "5억 달러", nov, "2023", "지난해"},
		// Near: the head qualifies the noun measured, with 의 or a verb
		// standing for a particle (period17's noOtherDeed).
		{"지난달 착공한 누리시 도로 공사에 따른 비용은 모두 590억원이다.", "590억원", nov, "2024-10", "지난달"},
		// Near: the amount's own time stands nearer.
		{"누리국은 2020년 시작된 사업에 올해 5억 원을 투입한다.", "5억 원", nov, "2024", "올해"},
		// Near: an adjective or a state is no deed (같은 조사, 필요한).
		{"누리사의 매출은 2023년 같은 기간 5억 원보다 늘었다.", "5억 원", nov, "", "2023년 같은 기간"},
		{"누리국은 2023년 필요한 예산 5억 원을 확보했다.", "5억 원", nov, "2023", "2023년"},
	})
}

// TestTimeBackRound19 reads the time a sentence pointing back takes from
// the one before: a part (그중, 그 가운데) or the same money (이 금액은,
// 그 액수는) as 이 중 and 이는 already did (docs/meaning.md, "Nineteenth
// round: time (time19)"). The sentences are our own.
func TestTimeBackRound19(t *testing.T) {
	nov := time.Date(2024, 11, 5, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리국의 지난해 수출액은 50억 달러였다.\n그중 반도체 수출액은 20억 달러였다.", "20억 달러", nov, "2023", "지난해"},
		{"누리국의 지난해 수출액은 50억 달러였다.\n그 가운데 반도체 수출액은 20억 달러였다.", "20억 달러", nov, "2023", "지난해"},
		{"누리국의 지난해 수출액은 50억 달러였다.\n이 중 반도체 수출액은 20억 달러였다.", "20억 달러", nov, "2023", "지난해"},
		{"누리국은 지난해 누리사에 50억 달러를 빌려줬다.\n이 금액은 누리사 자산의 절반인 50억 달러에 해당한다.", "50억 달러", nov, "2023", "지난해"},
		// Near: a noun pointed at has its own time; a sentence that does
		// not point back takes none.
		{"누리국은 지난해 누리법을 만들었다.\n이 법에 따라 누리사는 20억 달러를 받는다.", "20억 달러", nov, "", ""},
		{"누리국의 지난해 수출액은 50억 달러였다.\n반도체 수출액은 20억 달러였다.", "20억 달러", nov, "", ""},
	})
}

// TestNormPeriodRound19 normalises the written forms this round added: a
// date with dots.
func TestNormPeriodRound19(t *testing.T) {
	nov := time.Date(2024, 11, 5, 9, 0, 0, 0, kst)
	for _, tt := range []struct{ in, want string }{
		{"2023.12.31", "2023-12-31"},
		{"2024.1.5", "2024-01-05"},
		{"지난 회계연도", ""},
	} {
		if got, ok := normPeriod(tt.in, nov); !ok || got != tt.want {
			t.Errorf("normPeriod(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if got, ok := normPeriod("2023.13.01", nov); ok && got != "" {
		t.Errorf("normPeriod(2023.13.01) = %q, want none", got)
	}
	checkPeriods(t, []periodCase{
		{"누리국의 외채는 2023.12.31 기준 5억 달러다.", "5억 달러", nov, "2023-12-31", "2023.12.31"},
		{"누리국은 지난 회계연도에 5억 달러를 지출했다.", "5억 달러", nov, "", "지난 회계연도"},
		// Publication is read in KST: 20:00 UTC on 31 December is New
		// Year's morning in Seoul.
		{"누리국은 올해 5억 달러를 지출한다.", "5억 달러", time.Date(2024, 12, 31, 20, 0, 0, 0, time.UTC), "2025", "올해"},
		{"누리국은 어제 5억 달러를 지출했다.", "5억 달러", time.Date(2024, 12, 31, 20, 0, 0, 0, time.UTC), "2024-12-31", "어제"},
		// Near: a decimal is no date.
		{"누리국의 외채는 2023.5 배 늘어 5억 달러다.", "5억 달러", nov, "", ""},
	})
}

// TestTimeEachRound19 pairs a list of times with the amounts 각각 names
// after it, counting the list's items from the first after the times
// (docs/meaning.md, "Nineteenth round: time (time19)"). The sentences are
// our own.
func TestTimeEachRound19(t *testing.T) {
	nov := time.Date(2024, 11, 5, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리국의 무역액은 2020년 4억 달러, 2021년과 2022년은 각각 6천만 달러와 3억 달러였다.", "6천만 달러", nov, "2021", "2021년과 2022년"},
		{"누리국의 무역액은 2020년 4억 달러, 2021년과 2022년은 각각 6천만 달러와 3억 달러였다.", "3억 달러", nov, "2022", "2021년과 2022년"},
		{"누리국의 무역액은 2020년 4억 달러, 2021년과 2022년은 각각 6천만 달러와 3억 달러였다.", "4억 달러", nov, "2020", "2020년"},
		// Near: no amount before the times.
		{"누리국의 무역액은 2021년과 2022년 각각 6천만 달러와 3억 달러였다.", "3억 달러", nov, "2022", "2021년과 2022년"},
	})
}
