package facts

import "testing"

// TestAgentPrune25 reads the narrowing of docs/meaning.md "Twenty-fifth
// round: pruning agent and purpose (prune25)" in sentences of our own: a
// subject after the amount is its agent only when it can act.
func TestAgentPrune25(t *testing.T) {
	checkAgents(t, []agentCase{
		// An actor or a name after the amount is the one who pays.
		{"지원금 2천억 달러는 미국이 부담하기로 했다.", "2천억 달러", "미국"},
		{"보상금 30만 달러는 누리재단이 내기로 했다.", "30만 달러", "누리재단"},
		// A thing as subject after the amount has a predicate of its own.
		{"빚 8천만 원을 갚으라는 독촉 전화가 매일 걸려 왔다.", "8천만 원", ""},
		{"부품값 55억 달러를 들인 공장이 문을 닫았다.", "55억 달러", ""},
		{"요금 3만 1천 원을 더 내야 할 수도 있다.", "3만 1천 원", ""},
	})
}

// TestPurposePrune25: a spending clause on the amount names its purpose
// only with an active verb; with a passive one X에 is where the money lies.
func TestPurposePrune25(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"당국은 누리항 복구에 쓴 9만 달러를 공개했다.", "9만 달러", "누리항 복구"},
		{"당국은 두 개의 계좌에 예치된 52만 달러를 압류했다.", "52만 달러", ""},
	})
}
