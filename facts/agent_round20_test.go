package facts

import "testing"

// TestAgentQuotedActor reads the agent of an amount in a clause that a
// verb of saying reports (docs/meaning.md "Twentieth round: agent — the
// sayer and the clause it reports", E1): the actor that is the clause's own
// subject, not the one who says it; in sentences of our own, each beside a
// near case the rule must leave alone.
func TestAgentQuotedActor(t *testing.T) {
	checkAgents(t, []agentCase{
		// The clause's own actor is the agent.
		{"누리 장관은 성명에서 “이 30억 달러는 북한이 반군에 지불하는 돈을 메우는 데 쓰일 것”이라고 주장했습니다.", "30억 달러", "북한"},
		{"누리 장관도 회담과 관련해, 두 나라가 \"합의한 액수는 분명히 9천억원\"이라고 말했습니다.", "9천억원", "두 나라"},
		// The sayer who does the deed stays: a clause with no subject.
		{"누리국 정부는 10억 달러를 지원하겠다고 밝혔다.", "10억 달러", "누리국 정부"},
		// Not an actor whose clause ends before the amount: a condition.
		{"누리 총리는 성명에서 누리국이 관세 부과에 나설 경우 20억 달러 상당의 수입품에 관세를 부과할 것이라고 말했습니다.", "20억 달러", "누리 총리"},
		// Not the subject of a clause on the noun of an amount the sayer
		// takes.
		{"그러면서 누리 당국은 누리국이 이 같은 방식으로 벌어들인 불법 수익 150만 달러를 압류했다고 설명했습니다.", "150만 달러", "누리 당국"},
	})
}
