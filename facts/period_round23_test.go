package facts

import (
	"testing"
	"time"
)

// TestTimeOwnGlossRound23 keeps a bracket that restates a time in the
// time's words: a day counted from another with its day of the month
// (전날(13일)), a month counted from another with its month (전달(6월)),
// a day with the clock it is told by (12일(현지시간)); docs/meaning.md,
// "Twenty-third round: time (domtime23)". The sentences are our own.
func TestTimeOwnGlossRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리당은 전날(13일) 10조원 규모의 추경을 요구했다.", "10조원", jul, "2025-07-13", "전날(13일)"},
		{"누리시는 이날(14일) 5억원을 기부했다.", "5억원", jul, "2025-07-14", "이날(14일)"},
		{"누리전자 주가는 전달(6월) 1만원에서 이달 1만2000원으로 올랐다.", "1만원", jul, "2025-06", "전달(6월)"},
		{"미 정부는 지난 12일(현지시간) 이스라엘에 3억달러 규모의 무기를 지원했다.", "3억달러", jul, "2025-07-12", "지난 12일(현지시간)"},
		{"미 정부는 12일(현지시간) 3억달러를 풀었다.", "3억달러", jul, "2025-07-12", "12일(현지시간)"},
		// Near: a bracket with an amount glosses no time (domtime21).
		{"누리전자의 주가는 한달 전(9,800원)보다 1,200원 오른 11,000원이다.", "11,000원", jul, "", ""},
	})
}

// TestPerBracketRound23 reads a word of a period that opens a bracket glued
// to the noun it glosses (가맹점(연 매출 10억원)) as it reads one that opens
// a phrase: the bracket's amount is per year (docs/meaning.md,
// "Twenty-third round: time (domtime23)"). The sentences are our own.
func TestPerBracketRound23(t *testing.T) {
	checkPers(t, []perCase{
		{"누리카드는 3만여 영세 가맹점(연 매출 3억~10억원)에 대해 수수료를 깎는다.", "3억~10억원", PerYear},
		{"누리카드는 영세 가맹점(연 매출 10억원)에 대해 수수료를 깎는다.", "10억원", PerYear},
		{"누리시는 청년(월 소득 200만원 이하)에게 교통비를 준다.", "200만원", PerMonth},
		// Near: no word of a period in the bracket.
		{"누리카드는 영세 가맹점(매출 10억원)에 대해 수수료를 깎는다.", "10억원", ""},
	})
}

// TestTimeDangsiRound23 reads 당시 as the lead's decisions of the
// twenty-second round settle it: before a title, a compound one included
// (당시 경기지사), it is "then-"; right after a time it restates that
// time; after an event it keeps the event's words with a determiner of
// time (지난 총선 당시); docs/meaning.md, "Twenty-third round: time
// (domtime23)". The sentences are our own.
func TestTimeDangsiRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리시는 2019년 도를 대신해 지원비 50만 달러와 당시 김철수 경기지사의 방문비용 30만 달러를 보냈다.", "30만 달러", jul, "2019", "2019년"},
		{"그는 석달 전인 지난 4월 2일 당시에도 주당 5만원에 300주를 샀다.", "5만원", jul, "2025-04-02", "지난 4월 2일"},
		{"김 후보는 지난 총선 당시 1인당 월 50만원의 수당 지급을 공약했다.", "50만원", jul, "", "지난 총선 당시"},
		// Near: 당시 alone points back; 당시 before a market is no title.
		{"당시 국내 주식시장은 10조원 규모였다.", "10조원", jul, "", "당시"},
	})
}

// TestTimeRelativeConverbRound23 keeps a converb in -며 or -면서 written
// right before a verb that modifies a noun inside that relative clause: a
// time before the converb dates the relative clause and the amount its head
// measures (docs/meaning.md, "Twenty-third round: time (domtime23)"). The
// sentences are our own.
func TestTimeRelativeConverbRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"김씨의 아들이 2017년 누리개발에 근무하며 받은 돈은 10억원이다.", "10억원", jul, "2017", "2017년"},
		{"김씨의 아들이 2017년부터 2020년까지 누리개발에 근무하며 받은 약 10억원의 이익 중 3억원을 혐의에 추가했다.", "10억원", jul, "2017/2020", "2017년부터 2020년까지"},
		// Near: no converb between, read so before.
		{"김씨의 아들이 2017~2020년 받은 돈은 10억원이다.", "10억원", jul, "2017/2020", "2017~2020년"},
	})
}

// TestTimeCountedMonthRound23 gives a bare month counted from an earlier
// time (그로부터 3개월 후인 8월) that time's year, the next one when the
// month comes before the earlier month (docs/meaning.md, "Twenty-third
// round: time (domtime23)"). The sentences are our own.
func TestTimeCountedMonthRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"김씨는 2020년 5월 첫 계약을 맺었고, 그로부터 3개월 후인 8월에도 5000만원을 냈다.", "5000만원", jul, "2020-08", "8월"},
		{"김씨는 2020년 11월 첫 계약을 맺었고, 그로부터 3개월 뒤인 2월에도 5000만원을 냈다.", "5000만원", jul, "2021-02", "2월"},
		// Near: no earlier time, the month of the publication's year.
		{"김씨는 석 달 후인 8월에 5000만원을 냈다.", "5000만원", jul, "2025-08", "8월"},
	})
}

// TestTimeRelativeHeadRound23 reads a relative clause whose head phrase
// runs, bare noun after bare noun (a title among them), to the amount in
// apposition: the clause dates the noun the amount measures (docs/meaning.md,
// "Twenty-third round: time (domtime23)"). The sentences are our own.
func TestTimeRelativeHeadRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"김씨는 2021년 3월 의뢰한 차기 회장 적합도 관련 설문조사 비용 300만원을 협회에게 대납하게 했다.", "300만원", jul, "2021-03", "2021년 3월"},
		{"김씨는 2021년 3월 주문한 회장 선거 홍보물 제작 비용 300만원을 협회에 떠넘겼다.", "300만원", jul, "2021-03", "2021년 3월"},
		// Near: a particle ends the head's phrase before the amount.
		{"누리시는 2019년 도입한 제도로 5억 달러를 절감했다.", "5억 달러", jul, "", ""},
	})
}

// TestTimeDangsiComparedRound23 points 당시 back to a time written as the
// base of a comparison when the sentence names no other time before it
// (docs/meaning.md, "Twenty-third round: time (domtime23)"). The sentences
// are our own.
func TestTimeDangsiComparedRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"이는 2022년 대비 약 2억 달러 감소한 수치로, 당시 누리국의 교역액은 30억 달러를 기록한 바 있다.", "30억 달러", jul, "2022", "당시"},
		// Near: the base's time dates no amount of its own clause.
		{"이는 2022년 대비 약 2억 달러 감소한 수치다.", "2억 달러", jul, "", ""},
	})
}

// TestTimeFirstEndWiderRound23 keeps a time before the first end of a
// change its end's alone when a rate's unit stands between (올해 시간당
// 9000원에서) or the change is written as a relative clause on the second
// end (9000원에서 200원 오른 9200원으로): the change and the second end take
// the new level's time (docs/meaning.md, "Twenty-third round: time
// (domtime23)"). The sentences are our own.
func TestTimeFirstEndWiderRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	s := "위원회는 내년도 최저임금을 올해 시간당 9000원에서 200원 오른 9200원으로 결정했다."
	checkPeriods(t, []periodCase{
		{s, "9200원", jul, "2026", "내년도"},
		{s, "200원", jul, "2026", "내년도"},
		{s, "9000원", jul, "2025", "올해"},
		// Near: two dated ends, the change after them (the lead's decision).
		{"누리시 중위소득은 지난해 300만원에서 올해 320만원으로 20만원 올랐다.", "20만원", jul, "2025", "올해"},
	})
}

// TestTimeTopicClauseRound23 dates a difference against a base by the time
// of the relative clause on the topic whose level it compares (올해 3월 …
// 수출한 액수는 3천만 달러로 기존 최대 액수보다 400만 달러 많다): the
// change takes its new level's time (docs/meaning.md, "Twenty-third round:
// time (domtime23)"). The sentences are our own.
func TestTimeTopicClauseRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	s := "올해 3월 누리국이 한빛국에 수출한 액수는 3천만 달러로 기존 최대 액수보다 400만 달러 이상 많습니다."
	checkPeriods(t, []periodCase{
		{s, "400만 달러", jul, "2025-03", "올해 3월"},
		{s, "3천만 달러", jul, "2025-03", "올해 3월"},
	})
}

// TestTimeFormerTitleRound23 reads 전 before a title as "former", no clause
// end, and ends an amount's clause at the first verb joined by -아/-어
// after it even when an adverbial stands between (docs/meaning.md,
// "Twenty-third round: time (domtime23)"). The sentences are our own.
func TestTimeFormerTitleRound23(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"검찰은 김씨가 2021년 3월부터 9월까지 홍보업체에 지불해야하는 이 전 대표의 선거 전략 수립, 설문 조사 등 의뢰 비용 5000만원을 협회 측에서 대신 내게 했다고 본다.", "5000만원", jul, "2021-03/2021-09", "2021년 3월부터 9월까지"},
		{"검찰은 김씨가 관리하던 자금 총 5000만원을 봉투 10개로 만들어 이 전 총장과 의원들에게 전달, 4월27일~28일 양일에 걸쳐 나눠줬다고 본다.", "5000만원", jul, "", ""},
		// Near: 전 after a count is "before" and closes its clause.
		{"누리전자는 4억 달러를 해외 공장에 투자해 2024년 매출 1위에 올랐다.", "4억 달러", jul, "", ""},
	})
}
