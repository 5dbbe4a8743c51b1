package facts

import "testing"

// TestAgentCompanyMark reads the bound noun 사 (社) written apart after a
// name in quotation marks or Latin letters as the mark of a company
// (docs/meaning.md "Nineteenth round: agent (agent17)"): the name with its
// mark is the agent; in sentences of our own, each beside a near case the
// rule must leave alone.
func TestAgentCompanyMark(t *testing.T) {
	checkAgents(t, []agentCase{
		// A quoted name before 사: a company that does the deed.
		{"합의문에는 ‘누리 솔라’ 사가 남부에 공장을 짓는 내용의 12억 달러 규모 계획이 담겼습니다.", "12억 달러", "‘누리 솔라’ 사"},
		{"미 정부는 지난달 ‘한빛 테크’ 사가 제기한 3천만 달러 소송을 기각했습니다.", "3천만 달러", "‘한빛 테크’ 사"},
		// Latin letters before 사.
		{"NRX 사는 올해 5억 달러를 새 공장에 투자한다고 밝혔습니다.", "5억 달러", "NRX 사"},
		// Not 사 after a common noun: no name marks it.
		{"정부는 올해 역사 교육에 5억 원을 쓴다고 밝혔다.", "5억 원", "정부"},
	})
}
