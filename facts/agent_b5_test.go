package facts

import "testing"

// TestAgentRound14 reads the agent of amounts in the constructions of the
// fourteenth round (docs/meaning.md "Fourteenth round: b5"), in sentences
// of our own, each beside a near case the rule must leave alone.
func TestAgentRound14(t *testing.T) {
	checkAgents(t, []agentCase{
		// A country with 의 before a price of goods names the market the
		// price is of, as a bare country does (북한 내 휘발유 가격): no one
		// holds it. A country's own money (예산, 수출액) and a firm's share
		// price stay theirs.
		{"캐나다의 밀 선물 가격이 톤당 300달러로 올랐다.", "300달러", ""},
		{"캐나다의 밀 가격은 톤당 300달러를 기록했다.", "300달러", ""},
		{"캐나다의 국방 예산은 300억 달러다.", "300억 달러", "캐나다"},
		{"캐나다의 밀 수출액은 300억 달러를 기록했다.", "300억 달러", "캐나다"},
		{"누리전자의 주가는 3만원으로 올랐다.", "3만원", "누리전자"},
	})
}
