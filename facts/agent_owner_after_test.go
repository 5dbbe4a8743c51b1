package facts

import "testing"

// TestAgentOwnerAfter reads the owner X의 of the phrase an amount sizes
// when that phrase stands after the amount: an adnominal clause of a
// sizing verb, a part's ratio to a whole, a container with 에는
// (docs/meaning.md "Nineteenth round: agent (owner18)", dropped: fired on
// half A only). Sentences of our own.
func TestAgentOwnerAfter(t *testing.T) {
	checkAgents(t, []agentCase{
		{"한때 40억 달러에 달했던 일본의 대북 송금은 크게 줄었다.", "40억 달러", "일본"},
		{"금액으로는 300만 달러로, 같은 기간 베트남의 전체 대미 수출액 500만 달러의 60%에 해당한다.", "300만 달러", "베트남"},
		{"조사 결과 몽골의 수입품에는 ‘석탄’ 70만 달러가 포함됐다.", "70만 달러", "몽골"},
		// A place with 의 after the clause is where, not whose.
		{"한때 40억 달러에 달했던 서울의 아파트 거래는 크게 줄었다.", "40억 달러", ""},
	})
}
