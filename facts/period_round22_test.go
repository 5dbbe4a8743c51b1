package facts

import (
	"testing"
	"time"
)

// TestTimeDuringRound22 reads 동안 after a time of the calendar as
// "during" it (올해 상반기 동안 → 올해 상반기) and after a count of units as
// a duration (지난 3년 동안, 4분기 동안: no time), docs/meaning.md,
// "Twenty-second round: time (domtime22)". The sentences are our own.
func TestTimeDuringRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"한빛마을 전용 59㎡는 올해 상반기 동안 7억 원 수준에서 거래됐다.", "7억 원", jul, "2025-H1", "올해 상반기"},
		{"누리시의 관광 수입은 2020년 동안 30억원에 그쳤다.", "30억원", jul, "2020", "2020년"},
		{"누리전자는 지난해 3분기 동안 500억원의 매출을 올렸다.", "500억원", jul, "2024-Q3", "지난해 3분기"},
		{"누리시는 지난달 동안 2억원을 모았다.", "2억원", jul, "2025-06", "지난달"},
		// Near: a count of units keeps 동안 a duration (Sp4).
		{"한빛마을 전용 59㎡는 지난 3년 동안 2억 원 올랐다.", "2억 원", jul, "", ""},
		{"한빛마을 전용 59㎡는 6개월 동안 1억 원 올랐다.", "1억 원", jul, "", ""},
		{"누리사의 매출은 4분기 동안 900억원을 기록했다.", "900억원", jul, "", ""},
	})
}

// TestTimeIdentityRound22 reads a time before an adjective of identity or
// difference (같은, 다른) as the clause's: such an adnominal tells no deed
// that the time could date (docs/meaning.md, "Twenty-second round: time
// (domtime22)"). The sentences are our own.
func TestTimeIdentityRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"나흘 전인 10일에는 같은 평형이 보증금 4억원에 계약됐다.", "4억원", jul, "2025-07-10", "10일"},
		{"지난달에는 다른 단지가 매매가 9억원에 팔렸다.", "9억원", jul, "2025-06", "지난달"},
		// Near: a deed's relative clause on the subject keeps its time.
		{"지난 2020년 8월 개업한 이 가게는 하루 매출 300만 원을 올린다.", "300만 원", jul, "", ""},
	})
}

// TestTimeBracketAdverbialRound22 reads a time glossed by its amount in a
// bracket with a particle of time after the bracket (올해 3월(6억1000만원)에는
// 6억원을 넘겼다): the time is an adverbial of the clause, and its amounts
// take it; without the particle the time stays the bracketed amount's
// (docs/meaning.md, "Twenty-second round: time (domtime22)"). The
// sentences are our own.
func TestTimeBracketAdverbialRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"한빛마을 평균 매매가는 지난해 2분기 3000만원 오르며 5억원 선을 넘었고 올해 3월(6억1000만원)에는 6억원을 넘겼다.", "6억원", jul, "2025-03", "올해 3월"},
		{"한빛마을 평균 매매가는 지난해 2분기 3000만원 오르며 5억원 선을 넘었고 올해 3월(6억1000만원)에는 6억원을 넘겼다.", "6억1000만원", jul, "2025-03", "올해 3월"},
		{"누리시 관광 수입은 지난해(20억원)엔 30억원을 목표로 잡았다.", "30억원", jul, "2024", "지난해"},
		// Near: a base keeps the time the bracketed amount's alone.
		{"누리전자의 주가는 한달 전(9,800원)보다 1,200원 오른 11,000원이다.", "11,000원", jul, "", ""},
	})
}

// TestTimeBaseDatedRound22 reads a base of a comparison written right
// after a time of comparison that a bracket dates (전년 동기(2024년 6월)
// 6억원 대비; ‘24년 6월 as copy writes a year short): the base is of that
// date, as with 의 (T18); the level compared keeps its clause's time (docs/meaning.md,
// "Twenty-second round: time (domtime22)"). The sentences are our own.
func TestTimeBaseDatedRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	s := "올해 6월 누리시 아파트 평균가격은 7억원으로 전년 동기(2024년 6월) 6억원 대비 1억원 올랐다."
	q := "올해 6월 누리시 아파트 평균가격은 7억원으로 전년 동기(‘24년 6월) 6억원 대비 1억원 올랐다."
	checkPeriods(t, []periodCase{
		{s, "6억원", jul, "2024-06", "2024년 6월"},
		{q, "6억원", jul, "2024-06", "‘24년 6월"},
		{s, "7억원", jul, "2025-06", "올해 6월"},
		// Near: a bracket on a name dates no base.
		{"올해 6월 누리시 아파트 평균가격은 7억원으로 한빛시(2024년 6월) 6억원 대비 1억원 높다.", "7억원", jul, "2025-06", "올해 6월"},
	})
}

// TestPerWithinRound22 reads 1년 내 (within a year) as a stretch of time,
// as 1년 이내 is: it frames a record (1년 내 최고가), it makes no amount
// per year (docs/meaning.md, "Twenty-second round: time (domtime22)").
// The sentences are our own.
func TestPerWithinRound22(t *testing.T) {
	checkPers(t, []perCase{
		{"누리전자 주가는 장중 1만2000원까지 올라 1년 내 최고가(1만2500원)에 다가섰다.", "1만2500원", ""},
		{"누리전자 주가는 1년 내 최고가(1만2500원)를 넘었다.", "1만2500원", ""},
		// Near: 1년 before a noun it is the period of still makes it per year.
		{"누리시의 1년 예산 30억원 가운데 절반이 복지에 쓰인다.", "30억원", PerYear},
	})
}

// TestTimePointedEndRound22 reads the start or end of a year pointed back
// to (그해 말, 이듬해 초) as one time, written whole and resolved to that
// year, as 지난해 말 is (docs/meaning.md, "Twenty-second round: time
// (domtime22)"). The sentences are our own.
func TestTimePointedEndRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리마을 전용 84㎡는 그해 말 5억원에 신고가를 경신했다.", "5억원", jul, "", "그해 말"},
		{"누리마을은 2019년 입주를 시작했고 그해 말 전용 84㎡가 5억원에 거래됐다.", "5억원", jul, "2019", "그해 말"},
		// Near: a month of the year pointed to keeps its reading.
		{"누리마을은 2019년 입주를 시작했고 그해 12월 전용 84㎡가 5억원에 거래됐다.", "5억원", jul, "2019-12", "그해 12월"},
	})
}

// TestTimeAsOfGluedRound22 reads a time with 기준 glued to it (6월기준,
// as copy often writes a source line: (부동산114, 6월기준)) as the time the
// amount is as of, as 6월 기준 is (Sp10; docs/meaning.md, "Twenty-second
// round: time (domtime22)"). The sentences are our own.
func TestTimeAsOfGluedRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"누리시 아파트 평균 매매가는 6억원(한빛부동산, 6월기준)이다.", "6억원", jul, "2025-06", "6월"},
		{"누리시 아파트 평균 매매가는 6억원(한빛부동산, 6월 기준)이다.", "6억원", jul, "2025-06", "6월"},
		{"누리시 아파트 평균 매매가는 6월말기준 6억원이다.", "6억원", jul, "2025-06", "6월말"},
	})
}

// TestTimeProcedureHeadRound22 reads a time before a relative clause of
// procedure (신고된, 공시한) whose head is the noun the amount measures,
// written as its topic or subject: the deed is the amount's own and the
// time dates it (docs/meaning.md, "Twenty-second round: time
// (domtime22)"). The sentences are our own.
func TestTimeProcedureHeadRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		{"올해 3월 신고된 보증금은 8억 원이다.", "8억 원", jul, "2025-03", "올해 3월"},
		{"올해 3~6월 신고된 전세 보증금 상당수가 8억 원대다.", "8억 원", jul, "2025-03/2025-06", "올해 3~6월"},
		{"지난달 공시한 누리사의 배당금은 주당 500원이다.", "500원", jul, "2025-06", "지난달"},
	})
}

// TestTimePastOfAmountRound22 reads a time that a clause on an amount
// modifies (2000만원을 조금 웃돌던 2015년 대비): the time is that amount's
// with an adverb of degree in its clause too, no earlier amount's, and a
// month of basis written with 올 (올 5월 말 기준) names its year and lends
// its month to no later year (docs/meaning.md, "Twenty-second round: time
// (domtime22)"). The sentences are our own.
func TestTimePastOfAmountRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	s := "올 5월 말 기준 누리동 아파트값은 3.3㎡당 4000만원으로 2000만원을 조금 웃돌던 2015년 대비 2배가량 뛰었다."
	checkPeriods(t, []periodCase{
		{s, "2000만원", jul, "2015", "2015년"},
		{s, "4000만원", jul, "2025-05", "올 5월 말"},
		{"누리동 아파트값은 4000만원으로 2000만원을 웃돌던 2015년 대비 2배가량 뛰었다.", "4000만원", jul, "", ""},
		{"누리동 아파트값은 4000만원으로 2000만원을 웃돌던 2015년 대비 2배가량 뛰었다.", "2000만원", jul, "2015", "2015년"},
	})
}

// TestTimeListGroupRound22 reads items closed by 등 in apposition with the
// noun phrase after it (A(10억원), B(9억원) 등 지난달 거래된 아파트): the
// time that opens that phrase right after 등 dates the prices bracketed
// after the items; a comma after 등 breaks it (docs/meaning.md,
// "Twenty-second round: time (domtime22)"). The sentences are our own.
func TestTimeListGroupRound22(t *testing.T) {
	jul := time.Date(2025, 7, 14, 12, 0, 0, 0, kst)
	s := "‘누리마을’(10억5000만원), ‘한빛마을’(10억4000만원), 누리 푸르지오(10억2500만원) 등 올 들어 누리시에서 거래된 아파트 중 상위 10개 단지가 모두 누리신도시에 있다."
	checkPeriods(t, []periodCase{
		{s, "10억5000만원", jul, "2025", "올 들어"},
		{s, "10억2500만원", jul, "2025", "올 들어"},
		{"누리마을(10억원), 한빛마을(9억원) 등 지난달 거래된 아파트가 많다.", "9억원", jul, "2025-06", "지난달"},
		// Near: a comma after 등 ends the apposition.
		{"누리마을(10억원), 한빛마을(9억원) 등, 지난달 거래된 아파트가 많다.", "9억원", jul, "", ""},
	})
}
