package facts

import "testing"

// TestClosingPrice reads a share's closing price as docs/meaning.md 6a
// has it: the company that is the subject is the agent, no purpose is
// written. Near cases: a subject that is the price itself (주가) keeps its
// own reading, and a price with no closing verb is not one.
func TestClosingPrice(t *testing.T) {
	checkAgents(t, []agentCase{
		{"'한빛바이오'가 전 거래일보다 4.1% 오른 8,250원에 거래를 마감했다.", "8,250원", "한빛바이오"},
		{"코스닥 시장에서 동해전자는 전 거래일 대비 2.3% 내린 3만2천원에 거래를 마쳤다.", "3만2천원", "동해전자"},
		{"시장이 흔들렸고, 서진제약은 이날 14만원에 장을 마쳤다.", "14만원", "서진제약"},
		// Near case: the price is the subject.
		{"서진제약 주가는 이날 14만원으로 장을 마감했다.", "14만원", "서진제약"},
	})
	checkPurposes(t, []purposeCase{
		{"'한빛바이오'가 전 거래일보다 4.1% 오른 8,250원에 거래를 마감했다.", "8,250원", ""},
		{"코스닥 시장에서 동해전자는 전 거래일 대비 2.3% 내린 3만2천원에 거래를 마쳤다.", "3만2천원", ""},
		// Near cases: 주가 as subject is the purpose; a price paid is not a close.
		{"서진제약 주가는 이날 14만원으로 장을 마감했다.", "14만원", "주가"},
	})
}
