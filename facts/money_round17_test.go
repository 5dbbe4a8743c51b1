package facts

// moneyRound17Tests are the table cases of the classes found on the
// seventeenth round's unread news sentences (facts/testdata/realtext/
// kodps-money5.jsonl … kodps-money7.jsonl; docs/facts.md, "Decisions,
// seventeenth round"), each beside a near case that stays as it was. The
// sentences are our own.
var moneyRound17Tests = []factTest{
	// A bound after 역대 or 사상 names a record, not a bound (kodps-money7).
	{"해커들은 작년 역대 최대 수준인 17억 달러를 훔쳤다.", []want{money("17억 달러", "1700000000", "USD").c("수준")}},
	{"수출액은 사상 최고 5억 달러를 기록했다.", []want{money("5억 달러", "500000000", "USD")}},
	{"해커들은 작년 최대 17억 달러를 훔쳤다.", []want{money("17억 달러", "1700000000", "USD").q("최대")}},
	{"보상금은 최대 수준인 500만 달러다.", []want{money("500만 달러", "5000000", "USD").q("최대").c("수준")}},
	// A garbled amount (조 then 억) is no fact; a well-formed one stays (kodps-money11).
	{"우주 경제는 3조억 달러로 클 것이다.", nil},
	{"우주 경제는 3조 달러로 클 것이다.", []want{money("3조 달러", "3000000000000", "USD")}},
	// A 천 group after 억 without 만 is read as written (the precedent is
	// split; docs/facts.md).
	{"예산은 36억 9천달러에 이른다.", []want{money("36억 9천달러", "3600009000", "USD")}},
	{"예산은 36억 9천만 달러에 이른다.", []want{money("36억 9천만 달러", "3690000000", "USD")}},
}
