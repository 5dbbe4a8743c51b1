package facts

// countRound21Tests are the table cases of the twenty-first round's
// decisions on counts (docs/facts.md, "Decisions, twenty-first round
// (counts)"). The sentences are our own.
var countRound21Tests = []factTest{
	// 회 before a spaced word glued to 당 sizes the unit of a price.
	{"검색 광고는 1천회 클릭당 3천원을 받는다.", []want{money("3천원", "3000", krw)}},
	{"배너는 1000회 노출당 과금하는 방식이다.", nil},
	{"광고비는 1회 클릭당 최소 100원이다.", []want{money("100원", "100", krw).q("최소")}},
	{"그는 하루 3회 운동한다.", []want{count("3회", "3", "회").c("하루")}},
	{"지난해 5회 방문당 평균 2만원을 썼다.", []want{money("2만원", "20000", krw).c("평균")}},
	// A big unit written apart from its digits and glued to a strict
	// counter makes a word with it.
	{"정보업체 리서치114 조사에 따르면 매물이 줄었다.", nil},
	{"은행 3 조기 상환 물량이 늘었다.", nil},
	{"증권사 3곳이 참여했다.", []want{count("3곳", "3", "곳")}},
	{"시중은행 5 만회 이상 접속했다.", nil},
	{"신청은 1만회를 넘었다.", []want{count("1만회", "10000", "회")}},
	// 회 spaced before a noun in the object case sizes the noun; a verb
	// after it, a frequency or a total before it keep the count.
	{"이 상품은 5억회 노출을 보장한다.", nil},
	{"행사 기간 10만회 조회를 기록했다.", nil},
	{"백신은 2회 맞을 예정이다.", []want{count("2회", "2", "회")}},
	{"정부는 연 4회 점검을 벌인다.", []want{count("4회", "4", "회").q("연")}},
	{"그는 3회 우승했다.", []want{count("3회", "3", "회")}},
	// 회 분 spaced is 회분, doses; a change between two counts with no
	// big unit reads its first end as written.
	{"지금까지 3천만회 분 이상이 접종됐다.", nil},
	{"사상자는 1천에서 1천500명으로 늘었다.", []want{count("1천", "1000", "명"), count("1천500명", "1500", "명")}},
	{"예산은 5천에서 1만 원으로 늘었다.", []want{money("1만 원", "10000", krw)}},
	// A middle dot ends one item of a list: 가나당 is a name, not per seat.
	{"여당은 88석(다온당 80석∙가나당 8석)을 얻었다.", []want{
		count("88석", "88", "석"), count("80석", "80", "석"), count("8석", "8", "석")}},
	{"1천명당 3명이 감염됐다.", nil},
	// One unit owning a price is its denominator; a part after a title
	// is an ordinal.
	{"마스크 1장의 가격은 약 500원이다.", []want{money("500원", "500", krw).q("약").a()}},
	{"사과 3개의 가격을 비교했다.", []want{count("3개", "3", "개")}},
	{"그는 《늑대의 밤》 2편 출연을 거절했다.", nil},
	{"그는 영화 2편에 출연했다.", []want{count("2편", "2", "편")}},
}
