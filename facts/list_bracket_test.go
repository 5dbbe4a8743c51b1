package facts

import "testing"

// TestBracketItem reads an amount in brackets after the name of an item
// of a list a topic frames (list_bracket.go), in sentences of our own: the
// name is the purpose, and the topic — an actor itself, or the owner of a
// thing it names, or the subject of the clause on it — the agent.
func TestBracketItem(t *testing.T) {
	const (
		ranked   = "기관의 순매수 상위 3개 종목은 한빛전자(512억원), 누리화학(301억원), 가람제약(120억원)이었다."
		relative = "외국인이 가장 많이 사들인 종목은 한빛전자(512억원), 누리화학(301억원) 순이었다."
		spaced   = "개인의 순매도 상위 종목은 한빛전자(512억 원), 누리화학(301억 원) 등이었다."
		declared = "김모 장관은 본인 명의 예금(2억1000만원), 배우자 명의 토지(5억원) 등 모두 12억원을 신고했다."
		owned    = "박 차관의 재산은 아파트(9억원)와 예금(3억원) 등으로 집계됐다."
	)
	checkAgents(t, []agentCase{
		{ranked, "301억원", "기관"},
		{ranked, "512억원", "기관"},
		{relative, "301억원", "외국인"},
		{"외국인이 가장 많이 사들인 종목은 한빛전자(512억원)로 집계됐다.", "512억원", "외국인"},
		{spaced, "301억 원", "개인"},
		{declared, "5억원", "김모 장관"},
		{declared, "2억1000만원", "김모 장관"},
		{owned, "3억원", "박 차관"},
		{owned, "9억원", "박 차관"},
		// Not an item of a list after a topic: the older rules read them.
		{"한빛전자는 자회사 누리(500억원)에 출자했다.", "500억원", "한빛전자"},
		{"이 의원은 서울 마포구 아파트 7억원, 예금 2억원, 주식 3000만원 등을 신고했다.", "2억원", "이 의원"},
	})
	checkPurposes(t, []purposeCase{
		{ranked, "301억원", "누리화학"},
		{ranked, "512억원", "한빛전자"},
		{relative, "301억원", "누리화학"},
		{spaced, "301억 원", "누리화학"},
		{declared, "5억원", "배우자 명의 토지"},
		{owned, "3억원", "예금"},
		{owned, "9억원", "아파트"},
	})
}

// TestAgentStopsAtItemAmount keeps the name of an agent from running back
// over the amount of the item before it in a list (agent_phrase.go).
func TestAgentStopsAtItemAmount(t *testing.T) {
	checkAgents(t, []agentCase{
		{"연기금이 310억 원어치, 보험사가 42억 원어치를 순매도했다.", "42억 원", "보험사"},
		{"한빛은행과 누리은행, 가람은행은 모두 1조원을 출자했다.", "1조원", "한빛은행과 누리은행, 가람은행"},
	})
}

// TestItemOwnerTitled reads each owner of a list of owners and amounts,
// in sentences of our own, when the owner is a person named before a title
// and a qualifier (약) stands before the amount (agent_item.go).
func TestItemOwnerTitled(t *testing.T) {
	const s = "이 밖에 한빛당 김모 의원 약 290만원, 누리당 박모 의원 약 139만원 등으로 집계됐다."
	checkAgents(t, []agentCase{
		{s, "290만원", "한빛당 김모 의원"},
		{s, "139만원", "누리당 박모 의원"},
		{"누리당 김모 의원 500만원, 가람당 최모 의원 300만원이 뒤를 이었다.", "300만원", "가람당 최모 의원"},
	})
}

// TestListTotalAndLabel reads, in sentences of our own, the total after a
// list (등 총 …) as no item's (list_total.go), and the label `X(으)로`
// each item of a list writes before its amount as that amount's own
// (list_label.go).
func TestListTotalAndLabel(t *testing.T) {
	const (
		total = "그가 받은 약 3000만원의 월급과 대여금 5억원, 퇴직금 2억원 등 총 10억원을 추징했다."
		label = "그는 김모 전 부장에게 행사 준비비 명목으로 200만원, 홍보용으로 500만원을 건넨 혐의를 받는다."
	)
	checkPurposes(t, []purposeCase{
		{total, "10억원", ""},
		{total, "2억원", "퇴직금"},
		{"누리그룹이 한빛시에 도로 건설비 300억원과 학교 신축비 200억원 등 총 500억원을 기부했다.", "500억원", ""},
		{label, "200만원", "행사 준비비"},
		{label, "500만원", "홍보용"},
		{total, "5억원", "대여금"},
	})
	checkAgents(t, []agentCase{
		{"누리그룹이 한빛시를 대신해 도로 지원 사업비 500만 달러와 당시 김모 시장의 출장비 300만 달러 등 총 800만 달러를 보냈다.", "800만 달러", "누리그룹"},
	})
}

// TestParallelTopic reads each topic of a gapped list `A는 X를, B는 Y를 V`
// as the agent of its own object (list_parallel.go), in sentences of our own.
func TestParallelTopic(t *testing.T) {
	const s = "장남은 예금 3200만원을, 차남은 예금 1억200만원과 주식 500만원을 각각 신고했다."
	checkAgents(t, []agentCase{
		{s, "3200만원", "장남"},
		{s, "1억200만원", "차남"},
		{s, "500만원", "차남"},
		{"누리은행은 300억원을, 한빛은행은 200억원을 출자하기로 했다.", "200억원", "한빛은행"},
	})
}

// TestClassBracket reads a bound of a class written in brackets after the
// class (list_gloss.go), in sentences of our own: the measure inside the
// bracket is the purpose (its per opener read as per), and nobody is the
// agent; a qualifier (약) and a bracket that bounds no class are left to
// the older rules.
func TestClassBracket(t *testing.T) {
	const (
		rangeS = "카드사들은 12만여 영세 가맹점(연 매출 3억~10억원)에 대해 대금을 먼저 지급한다."
		bound  = "한빛시는 청년 가구(월 소득 250만원 이하)에 월세를 지원한다."
	)
	checkPurposes(t, []purposeCase{
		{rangeS, "3억~10억원", "매출"},
		{bound, "250만원", "소득"},
		{"누리재단은 연구 지원금으로 1억 크로나(약 1500만원)를 준다.", "1500만원", "연구 지원금"},
	})
	checkAgents(t, []agentCase{
		{rangeS, "3억~10억원", ""},
		{bound, "250만원", ""},
	})
}
