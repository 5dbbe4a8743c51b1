package facts

import (
	"testing"
	"time"
)

// TestTimeClasses14 reads the period of amounts in the time constructions
// of the fourteenth round (docs/meaning.md "Fourteenth round: b5"), each
// with a near case it must leave alone.
func TestTimeClasses14(t *testing.T) {
	jul := time.Date(2008, 7, 16, 12, 0, 0, 0, kst)
	oct10 := time.Date(2010, 10, 17, 12, 0, 0, 0, kst)
	var none time.Time
	checkPeriods(t, []periodCase{
		// 전일 and 금일, the written words for the day before and today,
		// are days as 전날 and 오늘 are; before 대비 the day before is the
		// base of a comparison, no time of the amount.
		{"누리전자 주가는 전일 3만원에 마감했다.", "3만원", jul, "2008-07-15", "전일"},
		{"누리전자 주가는 전날 3만원에 마감했다.", "3만원", jul, "2008-07-15", "전날"},
		{"누리은행은 금일 고객들에게 10억원을 돌려줬다.", "10억원", jul, "2008-07-16", "금일"},
		{"누리은행은 금일 고객들에게 10억원을 돌려줬다.", "10억원", none, "", "금일"},
		{"누리전자 주가는 전일 대비 500원 오른 3만원에 마감했다.", "500원", jul, "", ""},
		// A word that only holds the syllables is no day.
		{"누리전자는 전일제 직원에게 월 300만원을 준다.", "300만원", jul, "", ""},
		// 내일, the day after, is a day as 오늘 is (a quotation keeps its
		// own times, second round); 내일신문 is no day.
		{"부회장은 “그 금액은 추측일 뿐이다”며 “오늘은 3억 유로였다가 내일은 5억 유로로 바뀔 것이다.” 고 말했다.", "5억 유로", jul, "2008-07-17", "내일"},
		{"부회장은 “그 금액은 추측일 뿐이다”며 “오늘은 3억 유로였다가 내일은 5억 유로로 바뀔 것이다.” 고 말했다.", "3억 유로", jul, "2008-07-16", "오늘"},
		{"내일신문은 지난해 2억 원의 적자를 봤다.", "2억 원", jul, "2007", "지난해"},
		// The month of a futures contract (9월 인도분, 8월물) is part of
		// its name, no time of the price: the day of trading is.
		{"이날 거래된 9월 인도분 누리유는 배럴당 120달러에 거래를 마감했다.", "120달러", jul, "2008-07-16", "이날"},
		{"누리유 8월물은 배럴당 120달러에 거래를 마감했다.", "120달러", jul, "", ""},
		{"누리유는 9월 배럴당 120달러에 거래됐다.", "120달러", jul, "2008-09", "9월"},
		// A month right after the topic dates an announcement of a plan
		// as a day does (E4: 지난주 … 투입한다고 발표했었습니다); a deed
		// done, quoted in the past, keeps its month.
		{"누리국은 지난 3월 국방 지출을 700억 달러로 늘인다고 발표했었습니다.", "700억 달러", jul, "", ""},
		{"누리국은 지난 3월 국방 지출에 700억 달러를 투입하겠다고 발표했다.", "700억 달러", jul, "", ""},
		{"누리전자는 지난 3월 매출이 700억 원으로 늘었다고 밝혔다.", "700억 원", jul, "2008-03", "지난 3월"},
		{"누리국은 지난 3월 국방 지출을 700억 달러로 늘였다.", "700억 달러", jul, "2008-03", "지난 3월"},
		// A deed resolved on (…하기로 결정했다고, 합의했다고) is an intent, as
		// …하기로 했다고 is: the day right after the topic dates the
		// announcement; a deed done (체결했다고) keeps it.
		{"누리국은 16일 이재민을 돕기 위해 10만 달러 규모의 지원을 하기로 결정했다고 발표했습니다.", "10만 달러", jul, "", ""},
		{"누리국은 16일 이재민에게 10만 달러를 지원하기로 했다고 발표했습니다.", "10만 달러", jul, "", ""},
		{"누리중공업은 16일 10억 달러 규모의 수출 계약을 체결했다고 발표했습니다.", "10억 달러", jul, "2008-07-16", "16일"},
		// A weekend told from publication is a time as its week is
		// (tenth round): its words stay, with no period; a first weekend
		// of a film's run is none.
		{"이 작품은 이번 주말 개봉되자마자 4천만 달러의 매출을 올렸습니다.", "4천만 달러", jul, "", "이번 주말"},
		{"이 작품은 이번 주 4천만 달러의 매출을 올렸습니다.", "4천만 달러", jul, "", "이번 주"},
		{"이 작품은 공개 첫 주말에는 4천만 달러의 매출을 올렸습니다.", "4천만 달러", jul, "", ""},
		// A year that opens the clause 당시 closes (1991년 당시, 2004년 …
		// 외출할 당시) is the time 당시 points to; 당시 alone points back to
		// the sentence before.
		{"그러나 1991년 당시 누리유 가격은 배럴당 32달러밖에 안 됐다.", "32달러", jul, "1991", "1991년"},
		{"그는 2007년 병원 밖으로 외박할 당시 300만파운드짜리 복권에 당첨됐었다.", "300만파운드", jul, "2007", "2007년"},
		{"그는 2004년 교도소에 갔다. 당시 그는 700만파운드짜리 복권에 당첨됐었다.", "700만파운드", jul, "2004", "당시"},
		{"그는 2004년 교도소에 갔고, 당시 700만파운드짜리 복권에 당첨됐었다.", "700만파운드", jul, "2004", "당시"},
		// A day right after a thing's topic or subject (국제유가는 2일, 누리유
		// 가격이 17일) dates the clauses joined after it as equals (…경신하며,
		// …이어가면서), as one after an actor does; a clause that modifies
		// a noun (급등했다는 소식에) ends its reach.
		{"누리유 가격은 2일 사상 최고치를 경신하며 143달러를 기록했다.", "143달러", jul, "2008-07-02", "2일"},
		{"다온유 값이 2일 4일 연속 하락을 이어가면서 배럴당 95달러 가까이 내려갔다.", "95달러", jul, "2008-07-02", "2일"},
		{"누리유 가격이 2일 급등했다는 소식에 누리국 정부는 143억 달러의 보조금을 풀었다.", "143억 달러", jul, "", ""},
		// A fiscal year told from the present opening the bill an amount
		// sizes (규모의 내년도 예산안) is its time (P2), undated too, over the
		// day of passing; dated, it resolves.
		{"누리국 의회가 18일 1조 달러 규모의 내년도 예산안을 승인했습니다.", "1조 달러", none, "", "내년도"},
		{"누리국 의회가 18일 1조 달러 규모의 내년도 예산안을 승인했습니다.", "1조 달러", jul, "2009", "내년도"},
		{"누리국 의회가 18일 1조 달러 규모의 예산안을 승인했습니다.", "1조 달러", none, "", "18일"},
		// A span from a written month to one told from publication (2004년
		// 12월부터 지난 7월까지) ends in publication's year, where the first
		// end's would put it before the start; 지난해 1월부터 9월까지 keeps
		// the first end's year.
		{"2004년 12월부터 지난 7월까지, 근로자들에게 지급된 임금이 1억 달러를 넘었다.", "1억 달러", oct10, "2004-12/2010-07", "2004년 12월부터 지난 7월까지"},
		{"지난해 1월부터 9월까지 수출은 1억 달러였다.", "1억 달러", oct10, "2009-01/2009-09", "지난해 1월부터 9월까지"},
		// A month of a year pointed back to (그해 12월) is one time: that
		// year's month, or its words alone when the year is not known.
		{"그는 2007년 10월 계약을 파기했다. 그해 12월 그는 2억 달러를 받기로 다시 계약했다.", "2억 달러", none, "2007-12", "그해 12월"},
		{"그해 12월 그는 2억 달러를 받기로 다시 계약했다.", "2억 달러", none, "", "그해 12월"},
		{"그는 2007년 10월 계약을 파기했다. 그해 그는 2억 달러를 받기로 다시 계약했다.", "2억 달러", none, "2007", "그해"},
	})
}
