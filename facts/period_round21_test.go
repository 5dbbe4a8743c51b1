package facts

import (
	"testing"
	"time"
)

// TestTimeBracketRound21 reads a time followed by a bracket (docs/
// meaning.md, "Twenty-first round: time (domtime21)"): a bracket that
// holds an amount makes the time that amount's (한달 전(10,886원)); one
// that glosses the time itself (the months of a quarter, the basis of
// counting, a mark of the figure) leaves the time the amount's, and a
// bracket holding the months or the year is written with the time, as
// 오늘(18일) is. The sentences are our own.
func TestTimeBracketRound21(t *testing.T) {
	jun := time.Date(2024, 6, 25, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// A gloss of the basis or a mark: the time stays the amount's.
		{"누리전자는 올해 1분기(연결 기준) 300억원의 매출을 기록했다.", "300억원", jun, "2024-Q1", "올해 1분기"},
		{"누리전자는 올해 1분기(연결 기준) 300억원의 매출과 20억원의 영업손실을 기록했다.", "20억원", jun, "2024-Q1", "올해 1분기"},
		{"누리전자는 1분기(연결) 300억원의 매출을 기록했다.", "300억원", jun, "2024-Q1", "1분기"},
		{"누리전자의 2분기(잠정) 매출이 5000억원을 기록했다.", "5000억원", jun, "2024-Q2", "2분기"},
		{"누리전자는 지난해(별도 기준) 300억원의 순이익을 냈다.", "300억원", jun, "2023", "지난해"},
		// The months of a quarter: one time, written with its gloss.
		{"누리전자는 1분기(1~3월) 300억원의 매출을 기록했다.", "300억원", jun, "2024-Q1", "1분기(1~3월)"},
		{"누리전자의 2분기(4~6월) 매출이 전년 동기 대비 10% 증가한 5000억원을 기록했다.", "5000억원", jun, "2024-Q2", "2분기(4~6월)"},
		{"누리전자는 지난해 4분기(10~12월) 300억원의 매출을 올렸다.", "300억원", jun, "2023-Q4", "지난해 4분기(10~12월)"},
		// Near: a bracket that holds an amount is that amount's time.
		{"누리전자의 주가는 한달 전(9,800원)보다 1,200원 오른 11,000원이다.", "11,000원", jun, "", ""},
		{"누리사의 매출은 전년(10억 달러)보다 2억 달러 늘었다.", "2억 달러", jun, "", ""},
	})
}

// TestTimePercentBracketRound21 reads money bracketed after a percent of
// change (3.97%(5천원) 상승한): the same change in another unit, in the
// percent's clause, so it takes the time of that clause, as the price
// after it does (docs/meaning.md, "Twenty-first round: time
// (domtime21)"). The sentences are our own.
func TestTimePercentBracketRound21(t *testing.T) {
	jun := time.Date(2024, 6, 25, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"25일 오후 2시 현재 코스닥시장에서 누리바이오는 전 거래일 대비 2.5%(300원) 오른 1만2300원에 거래되고 있다.", "300원", jun, "2024-06-25", "25일 오후 2시 현재"},
		{"25일 오후 2시 현재 코스닥시장에서 누리바이오는 전 거래일 대비 2.5%(300원) 오른 1만2300원에 거래되고 있다.", "1만2300원", jun, "2024-06-25", "25일 오후 2시 현재"},
		{"24일 누리바이오는 전날보다 1.2%(150원) 하락한 1만2000원에 장을 마감했다.", "150원", jun, "2024-06-24", "24일"},
		// Near: money bracketed after a noun keeps the narrower reading
		// (no time of the clause after it).
		{"누리위성 3호(3019억 투자)는 2011년 9월에 발사됐다.", "3019억", jun, "", ""},
	})
}

// TestTimeGappedRound21 reads coordinated clauses that end in the same
// predicate (매출은 올해 5억원을 기록했고, 영업이익은 1억원을 기록했다): the
// second leaves out the time it shares with the first (docs/meaning.md,
// "Twenty-first round: time (domtime21)"). The sentences are our own.
func TestTimeGappedRound21(t *testing.T) {
	jun := time.Date(2024, 6, 25, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리사의 매출은 올해 5억원을 기록했고, 영업이익은 1억원을 기록했다.", "1억원", jun, "2024", "올해"},
		{"누리사의 매출은 올해 5억원을 기록했고, 영업이익은 1억원, 순이익은 3천만원을 기록했다.", "1억원", jun, "2024", "올해"},
		{"누리사의 매출은 올해 5억원을 기록했고, 영업이익은 1억원, 순이익은 3천만원(전년대비 -7.7%)을 기록했다.", "3천만원", jun, "2024", "올해"},
		{"누리사는 지난해 5억원을 투자했고, 한빛사는 3억원을 투자했다.", "3억원", jun, "2023", "지난해"},
		// Near: another predicate, or a time of its own, keeps the
		// second clause's reading.
		{"누리사는 지난해 매출 5억원을 기록했고, 시가총액은 10억원이다.", "10억원", jun, "", ""},
		{"누리사는 올해 매출 5억원을 기록했고, 영업이익은 1억원이었다.", "1억원", jun, "", ""},
		{"누리사는 지난해 매출 5억원을 기록했고, 올해는 8억원을 목표로 한다.", "8억원", jun, "2024", "올해"},
	})
}

// TestTimeChangeEndsRound21 reads a change whose two ends each have their
// own time (지난해 6조원에서 올해 7조원으로 1조원 늘었다): each time is its
// end's alone (docs/meaning.md, "Twenty-first round: time (domtime21)";
// M6), and the change takes the new level's time, as the lead decided in
// the twenty-second round (it took none before; domtime23). The sentences
// are our own.
func TestTimeChangeEndsRound21(t *testing.T) {
	jun := time.Date(2024, 6, 25, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리그룹 자산총액은 지난해 6조원에서 올해 7조원으로 1조원 넘게 증가했다.", "1조원", jun, "2024", "올해"},
		{"누리그룹 자산총액은 지난해 6조원에서 올해 7조원으로 1조원 넘게 증가했다.", "6조원", jun, "2023", "지난해"},
		{"누리그룹 자산총액은 지난해 6조원에서 올해 7조원으로 1조원 넘게 증가했다.", "7조원", jun, "2024", "올해"},
		// Near: one time heading both ends frames the change (M6).
		{"누리그룹 자산총액은 올해 6조원에서 7조원으로 1조원 넘게 증가했다.", "1조원", jun, "2024", "올해"},
	})
}
