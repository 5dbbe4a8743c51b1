package facts

import "testing"

// TestAgentRound23 reads the rules of docs/meaning.md "Twenty-third round:
// agent (agent23)" in sentences of our own, each beside a near case the
// rule must leave alone.
func TestAgentRound23(t *testing.T) {
	checkAgents(t, []agentCase{
		// A surname, 전 (former) and an office: the name as written,
		// whatever the office.
		{"최 전 특보는 업자에게서 3억원을 받은 혐의를 받는다.", "3억원", "최 전 특보"},
		{"경찰은 정 전 단장 아들이 받은 7천만원의 급여를 조사했다.", "7천만원", "정 전 단장 아들"},
		{"오 전 비대위원장의 배우자는 예금 2억원을 신고했다.", "2억원", "오 전 비대위원장의 배우자"},
		// What a person is, in apposition with 인 before the name and
		// title, is no part of the name.
		{"화제의 주인공인 박누리 누리당 의원은 5억원대 주식을 보유했다.", "5억원", "박누리 누리당 의원"},
		// 이 and 한 before 전 are as often this and one: left alone.
		{"이 전 과정에 5억원이 들었다.", "5억원", ""},
		// A country, bare or with 의, owns the measure of its economy,
		// modifiers between included; 우리나라 is Korea.
		{"작년 우리나라 실질 GDP는 1조7천억달러였다.", "1조7천억달러", "우리나라"},
		{"우리나라의 1인당 국민소득은 3만3천달러로 늘었다.", "3만3천달러", "우리나라"},
		{"올해 독일 연간 수출액은 1조6천억달러로 줄었다.", "1조6천억달러", "독일"},
		// A place that is no country stays where the price is.
		{"제주 평균 휘발유 가격은 1800원이다.", "1800원", ""},
		// A figure a passive participle of forecasting modifies names
		// no one; the active participle keeps its subject.
		{"서울시가 밝힌 사업규모는 900억원으로, 애초 예상된 1200억원보다 줄었다.", "1200억원", ""},
		{"서울시가 밝힌 사업규모는 900억원으로, 애초 예상된 1200억원보다 줄었다.", "900억원", "서울시"},
		// An amount inside a quoted name that modifies a noun is part of
		// the name; a quoted band (an answer) and a quoted programme that
		// is the clause's object are left alone.
		{"이른바 '누리 30만원 사건'의 주동자인 김 선생 등 3명이 서훈을 받았다.", "30만원", ""},
		// An amount inside a direct quotation with a subject of its own
		// is not the sayer's: a thing priced names no one; a quotation
		// with no subject is the sayer's own deed.
		{"최 의원은 “당시 그 상가 건물은 30억원 정도였다”며 “출처를 밝혀야 한다”고 말했다.", "30억원", ""},
		{"정부는 “내년에 20억 달러를 지원하겠다”고 밝혔다.", "20억 달러", "정부"},
		// A conjunct of a firm no dictionary knows acts as the firm does.
		{"SK그룹과 누리켐텍은 약 5천억원 규모 이차전지 소재 공장을 짓는다.", "5천억원", "SK그룹과 누리켐텍"},
		// A band in a bracket after a counted class sorts the class: no
		// one's; after a name it glosses that one's measure.
		{"누리카드는 12만여 영세 상점(연 매출 3억~8억원)에 수수료를 깎아준다.", "3억~8억원", ""},
		{"누리전자(매출 5조~6조원)는 신제품을 내놓았다.", "5조~6조원", "누리전자"},
		// A noun of pay or earnings is what is held, no one who holds it.
		{"내년 간부 봉급은 월 250만원 수준이 될 전망이다.", "250만원", ""},
		// A name never starts with the tail of the amount before a comma.
		{"이날 기관투자자가 310억 원어치, 외국인투자자가 52억 원어치를 순매도했다.", "52억 원", "외국인투자자"},
		// A bracket of a percent after a name is the share's move.
		{"반면 LG화학(-1.25%)은 하락하며 40만원을 내줬다.", "40만원", "LG화학"},
	})
	for p, want := range map[string]string{
		"원어치, 외국인투자자": "외국인투자자", "달러(16.2%), 스웨덴": "스웨덴", "미국과 일본, 유럽": "미국과 일본, 유럽", "누리, 공화 양당": "누리, 공화 양당",
	} {
		if got := afterAmountTail(p); got != want {
			t.Errorf("afterAmountTail(%q) = %q, want %q", p, got, want)
		}
	}
}
