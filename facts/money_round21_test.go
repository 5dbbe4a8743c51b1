package facts

// moneyRound21Tests are the table cases of the twenty-first round's
// decisions on money (docs/facts.md, "Decisions, twenty-first round
// (counts on domestic copy)"). The sentences are our own.
var moneyRound21Tests = []factTest{
	// An arrow is read as 에서 … 로: a first end with no unit takes the
	// second's where that is plain.
	{"평당 시세는 2051만→2118만원으로 올랐다.", []want{money("2051만", "20510000", krw), money("2118만원", "21180000", krw)}},
	{"평균 분양가(1억 2천만 → 1억 5천만원)가 뛰었다.", []want{
		money("1억 2천만", "120000000", krw), money("1억 5천만원", "150000000", krw)}},
	{"가격은 4,120만→4,380만원이다.", []want{money("4,120만", "41200000", krw), money("4,380만원", "43800000", krw)}},
	{"시세(2051→2118만원)가 올랐다.", []want{money("2118만원", "21180000", krw)}},
	{"지수는 95→102로 올랐다.", nil},
	{"매출은 300억원→450억원으로 늘었다.", []want{money("300억원", "30000000000", krw), money("450억원", "45000000000", krw)}},
	// A price of dwellings or land makes a bare 억 won.
	{"최근 15억 넘는 단지가 늘면서 강북 집값을 끌어올렸다.", []want{money("15억", "1500000000", krw)}},
	{"이 아파트 호가는 12억까지 올랐다.", []want{money("12억", "1200000000", krw)}},
	{"인구는 5억 넘게 늘었다.", nil},
	// One unit of a currency before 당 or 에 and an amount of another is
	// the unit of an exchange rate.
	{"환율은 1달러에 1천320원이었다.", []want{money("1천320원", "1320", krw)}},
	{"엔화는 1 달러 당 150엔 선이다.", []want{money("150엔", "150", "JPY").q("선").a().c("달러 당")}},
	{"그는 1달러에 팔았다.", []want{money("1달러", "1", "USD")}},
	{"1만원에 2만원을 더했다.", []want{money("1만원", "10000", krw), money("2만원", "20000", krw)}},
}
