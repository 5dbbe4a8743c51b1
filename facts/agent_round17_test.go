package facts

import "testing"

// TestAgentOpeningName17 reads the agent of a sentence opened by a name no
// dictionary knows (docs/meaning.md "Seventeenth round: agent"), in
// sentences of our own, each beside a near case the rule must leave alone.
func TestAgentOpeningName17(t *testing.T) {
	checkAgents(t, []agentCase{
		// A name opening the sentence as its topic does the deed done to
		// an object in the amount's clause, whatever the verb.
		{"박누리는 누리구단과 총액 30억원으로 계약을 맺었다.", "30억원", "박누리"},
		{"3년 연속 우승에 실패한 누리 타이거즈는 감독과 총액 9억원에 재계약을 체결했다.", "9억원", "누리 타이거즈"},
		{"누리시네마는 조조 요금(주말 7천원)을 적용하고 있다.", "7천원", "누리시네마"},
		// Not a measure that moves, nor what a thing is (a copula), nor
		// an amount in a clause on another noun, nor a clause with no
		// object, nor a title quoted.
		{"누리산 경질유는 3달러 급락한 배럴당 90달러에 거래를 마감했다.", "90달러", ""},
		{"하지만 주당 순익은 시장의 예측치 5 달러를 웃도는 수준이다.", "5 달러", ""},
		{"누리식당은 입구에 100달러를 원화로 환산한 금액을 표기해 놓는다.", "100달러", ""},
		{"과표구간은 현행 3억원에서 2억원으로 낮아진다.", "3억원", ""},
		{"'누리 나이트’는 개봉 첫주 1억 달러의 수익을 올리며 1위를 차지했다.", "1억 달러", ""},
	})
}
