package facts

import "testing"

// TestAgentMovedMeasure reads the agent of an amount that a verb of rising
// or falling modifies: its subject is a measure (a price, a futures
// contract), which holds nothing, while the subject of a deed stays the
// agent and a per-unit word before the amount changes neither.
func TestAgentMovedMeasure(t *testing.T) {
	checkAgents(t, []agentCase{
		{"시카고 시장에서 대두 선물이 5센트 오른 부셸당 12달러에 거래됐다.", "12달러", ""},
		{"시카고 시장에서 대두 선물이 5센트 오른 12달러에 거래됐다.", "12달러", ""},
		{"원유 선물이 2달러 하락한 배럴당 70달러로 마감했다.", "70달러", ""},
		{"해커 조직이 탈취한 3억 달러가 세탁됐다.", "3억 달러", "해커 조직"},
		{"누리전자가 올해 투자한 갤런당 3달러의 연료", "3달러", "누리전자"},
	})
}
