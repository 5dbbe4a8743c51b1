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
		// A bare Hangul name no dictionary knows, past what the body is.
		{"독일의 철강 기업인 누르텍 사가 미국 법무부와 3억 달러의 벌금을 내기로 합의했습니다.", "3억 달러", "누르텍 사"},
		// Not 사 after a common noun: no name marks it.
		{"정부는 올해 역사 교육에 5억 원을 쓴다고 밝혔다.", "5억 원", "정부"},
	})
}

// TestAgentThingHead drops an agent whose noun is a thing by its suffix
// (a system, a law, a bill, a measure) or a noun of reason
// (docs/meaning.md "Nineteenth round: agent (agent17)"); a body whose name
// ends the same way and that a dictionary knows stays.
func TestAgentThingHead(t *testing.T) {
	checkAgents(t, []agentCase{
		// A system or a reason as the topic: nobody.
		{"빈병 보증금제는 소주병 한 병에 100원을 더 내고 병을 돌려줄 때 돌려받는 제도다.", "100원", ""},
		{"청사를 새로 짓는 이유는 행사를 치르기 위해서라며 총 50억 원의 사업비를 잡았다.", "50억 원", ""},
		// A body whose name ends as a thing's word may: 법인 is no 법 with 인.
		{"통합법인은 자산 5조원 규모가 된다.", "5조원", "통합법인"},
		{"누리은행은 올해 3천억원을 대출했다.", "3천억원", "누리은행"},
	})
}

func TestThingHead(t *testing.T) {
	for _, c := range []struct {
		n    string
		want bool
	}{
		{"보증금제", true}, {"특별법", true}, {"개정안", true}, {"대책", true}, {"중계권", true},
		{"생산량", true}, {"건축물", true}, {"이유", true}, {"다온식품", false},
		{"통합법인", false}, {"정권", false}, {"회사", false}, {"방안", false}, {"누리제", true}, {"법", false},
	} {
		if got := thingHead(c.n); got != c.want {
			t.Errorf("thingHead(%q) = %v, want %v", c.n, got, c.want)
		}
	}
}
