package facts

import (
	"testing"
	"time"
)

// TestTimeClasses12 reads the period of amounts in the time constructions
// of the twelfth round (docs/meaning.md "Twelfth round: time and role on
// d12"), each with a near case it must leave alone.
func TestTimeClasses12(t *testing.T) {
	mar := time.Date(2023, 3, 18, 12, 0, 0, 0, kst)
	aug := time.Date(2023, 8, 28, 12, 0, 0, 0, kst)
	var none time.Time
	tests := []periodCase{
		// A third of a year (초반, 중반, 후반) is part of the time, as 말
		// is: a span until it has no period, the time itself the year.
		{"2010년 중반까지 50만원에 살 수 있던 총이 지금은 비싸다.", "50만원", mar, "", "2010년 중반까지"},
		{"2010년 후반 매출은 50만원이었다.", "50만원", mar, "2010", "2010년 후반"},
		{"2010년 말까지 50만원에 살 수 있던 총이 지금은 비싸다.", "50만원", mar, "", "2010년 말까지"},
		{"2010년 매출은 50만원이었다.", "50만원", mar, "2010", "2010년"},
		// So many months after, as so many years after: a time whose
		// words stay, counted from a time the sentence does not date.
		{"주가는 1개월 후에는 1만 원까지 떨어졌다.", "1만 원", none, "", "1개월 후"},
		{"주가는 3년 후에는 1만 원까지 떨어졌다.", "1만 원", none, "", "3년 후"},
		{"주가는 1개월 동안 1만 원 떨어졌다.", "1만 원", none, "", ""},
		// A year of two digits: with 도, a month or a part it is a year,
		// and so is one of the last century (from 61 on, as ’YY reads),
		// spaced or not; a term (징역 18년) or a duration (10년 동안, 30년간,
		// 13년 만에, 10년 후) counts years.
		{"지난 89년 수출은 12억 달러에 달했다.", "12억 달러", none, "1989", "지난 89년"},
		{"91년에는 30조 원에 육박했다.", "30조 원", none, "1991", "91년"},
		{"92 년 무역적자가 49억 달러에 이르고 있다.", "49억 달러", none, "1992", "92 년"},
		{"이 장비의 92년도 가격은 10억원이다.", "10억원", none, "1992", "92년도"},
		{"포도주는 92년 8월까지 350만 달러가 수입되었다.", "350만 달러", none, "", "92년 8월까지"},
		{"회사는 22년 8월 매출 30억원을 올렸다.", "30억원", mar, "2022-08", "22년 8월"},
		{"회사는 22년도 매출 30억원을 올렸다.", "30억원", mar, "2022", "22년도"},
		{"그는 30년 동안 5억원을 모았다.", "5억원", none, "", ""},
		{"그는 지난 30년간 5억원을 모았다.", "5억원", none, "", ""},
		{"재판부는 징역 18년에 벌금 200억원을 선고했다.", "200억원", none, "", ""},
		{"세 형제는 20년에 걸쳐 3억원을 모았다.", "3억원", none, "", ""},
		{"그는 21년 만에 5억원을 돌려받았다.", "5억원", none, "", ""},
		{"그는 70년 만에 5억원을 돌려받았다.", "5억원", none, "", ""},
		// A year of four digits spaced from 년, as published copy
		// sometimes writes it (VOA: 회사가 2017 년부터); a number of years
		// before 전 is none.
		{"1인당 소득은 1970 년의 252 달러에서 크게 늘었다.", "252 달러", none, "1970", "1970 년"},
		{"1인당 소득은 1990 년에는 5,569 달러였다.", "5,569 달러", mar, "1990", "1990 년"},
		{"그 금화는 1000 년 전 5억원에 팔렸다.", "5억원", none, "", ""},
		// 1일 right before an amount is per day, no time of its own; after
		// a month it is a day.
		{"그는 1989년 12월 남극에 갔다. 당시에는 관광객 아닌 연구원은 1일 90달러 정도의 요금으로 편승이 가능했다.", "90달러", none, "1989-12", "당시"},
		{"연구원은 3월 1일 90달러의 요금을 냈다.", "90달러", mar, "2023-03-01", "3월 1일"},
		// A time opening a clause of making on the thing priced dates the
		// thing, not its price; a time of the deed stays.
		{"1899년 대한제국 시대에 발행된 우표가 180만 원을 호가한다.", "180만 원", mar, "", ""},
		{"1899년 대한제국은 우표 발행에 180만 원을 썼다.", "180만 원", mar, "1899", "1899년"},
		// A time that sets the next clause with -이면 is that clause's
		// time; a condition with no time sets none.
		{"이대로라면 1년 후쯤이면 1억 원의 적립이 가능하다.", "1억 원", none, "", "1년 후"},
		{"2030년이면 시장 규모가 10조 원에 이른다.", "10조 원", mar, "2030", "2030년"},
		{"이대로 가면 시장 규모가 10조 원에 이른다.", "10조 원", mar, "", ""},
		// 들어서는 joins a year so far to the end of a span, as 들어 does.
		{"올해 들어서는 지난 6월 말까지 이미 20억원이 집행됐다.", "20억원", aug, "2023-H1", "올해 들어서는 지난 6월 말까지"},
		{"올해 들어 지난 7월 말까지 이미 20억원이 집행됐다.", "20억원", aug, "2023-01/2023-07", "올해 들어 지난 7월 말까지"},
		// The time a clause on an amount in the past modifies is the
		// amount's, though it is the base of a comparison; with no such
		// clause the base is no time of the amount after it.
		{"올해 2월 기준 환율은 1달러당 2만원대다. 이는 8천원 수준이었던 작년 같은 기간에 비해 2배 오른 것이다.", "8천원", mar, "2022-02", "작년 같은 기간"},
		{"가격은 2022년에 비해 8천원 올랐다.", "8천원", mar, "", ""},
		// An amount in brackets after a rate word right after another
		// amount is that figure per share: the host's time.
		{"이는 지난해 동기의 14억 달러(주당 5.12달러)보다 15% 줄어든 것이다.", "5.12달러", none, "", "지난해 동기"},
		{"이는 14억 달러(주당 5.12달러)보다 15% 줄어든 것이다.", "5.12달러", none, "", ""},
		// Each end of a span keeps the precision it is written with; a
		// start that is the year's beginning (올해 들어) runs from January.
		{"정부는 2020년부터 2022년 7월까지 370만 달러를 지원했다.", "370만 달러", aug, "2020/2022-07", "2020년부터 2022년 7월까지"},
		{"정부는 2020년 7월부터 2022년까지 370만 달러를 지원했다.", "370만 달러", aug, "2020-07/2022", "2020년 7월부터 2022년까지"},
		{"올해 들어 10월까지 수입액은 7억 달러다.", "7억 달러", aug, "2023-01/2023-10", "올해 들어 10월까지"},
	}
	checkPeriods(t, tests)
}
