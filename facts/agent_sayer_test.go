package facts

import "testing"

// TestAgentCopulaOwner reads the agent of an amount that a copula's clause
// says a noun was or is (… 달러였던 X의 Y는): the owner X of that noun, as
// agent rule 1 gives the owner of the amount's noun, over a source that
// only reports it (docs/meaning.md "Decisions, nineteenth round: the sayer",
// S4); in sentences of our own, each beside a near case.
func TestAgentCopulaOwner(t *testing.T) {
	checkAgents(t, []agentCase{
		// The owner of the noun the amount was is the agent, not the source.
		{"누리통계청에 따르면 지난해 3억 달러였던 필리핀의 부채는 올해 5억 달러로 늘었습니다.", "3억 달러", "필리핀"},
		{"협회에 따르면 한때 2천억 원 수준이던 누리전자의 매출은 크게 줄었다.", "2천억 원", "누리전자"},
		// An owner that is a thing stays out: no actor owns the noun.
		{"한 달 전 1억 원이었던 배의 장부가액은 절반으로 떨어졌다.", "1억 원", ""},
	})
}
