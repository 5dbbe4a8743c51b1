package facts

import "testing"

// TestCompanyName tells a firm's name by its form (docs/meaning.md
// "Twenty-first round: agent (domagent21)"): the legal marks and the glued
// endings of firms' names, and the bare trade words that stay no name.
func TestCompanyName(t *testing.T) {
	for _, c := range []struct {
		n    string
		want bool
	}{
		{"누리뱅크", true}, {"한빛엔터테인먼트", true}, {"ABC엔터테인먼트", true}, {"누리금융", true},
		{"㈜누리식품", true}, {"주식회사 누리", true}, {"누리식품㈜", true}, {"누리벤처스", true},
		{"5개사", true}, {"10여개사", true}, {"개사", false}, {"여개사", false},
		{"금융", false}, {"뱅크", false}, {"엔터테인먼트", false}, {"㈜", false}, {"주식회사", false},
	} {
		if got := companyName(c.n); got != c.want {
			t.Errorf("companyName(%q) = %v, want %v", c.n, got, c.want)
		}
	}
}

// TestAgentCompanyName reads a firm named by its form as the agent, in
// sentences of our own.
func TestAgentCompanyName(t *testing.T) {
	checkAgents(t, []agentCase{
		// A topic that is a firm's name owns what it records.
		{"누리뱅크는 올 3월 말 기준 예금 잔액 12조3000억원을 기록하고 있다.", "12조3000억원", "누리뱅크"},
		{"한빛엔터테인먼트는 지난해 영업이익 420억원을 냈다.", "420억원", "한빛엔터테인먼트"},
	})
}

// TestAgentBracketMeasureOwner reads the name glued before a bracket that
// holds a measure and an amount as the amount's owner, and each name of a
// list of such brackets as its own, in sentences of our own.
func TestAgentBracketMeasureOwner(t *testing.T) {
	checkAgents(t, []agentCase{
		{"국내 음원 업체 중 누리엔터테인먼트(시총 3,210억원)를 넘어섰다.", "3,210억원", "누리엔터테인먼트"},
		{"상장 게임사 중 한빛엔터테인먼트(시총 4,100억원)나 누리엔터테인먼트(2,950억원)를 앞섰다.", "2,950억원", "누리엔터테인먼트"},
		{"그 가치는 KNB(시총 1조200억원)와도 맞먹는다.", "1조200억원", "KNB"},
	})
}

// TestAgentClosedRelative steps over the subject of a clause that modifies
// a noun before the amount when a topic actor opens the sentence, in
// sentences of our own, each beside a near case the rule must leave alone.
func TestAgentClosedRelative(t *testing.T) {
	checkAgents(t, []agentCase{
		{"금융위원회는 누리은행이 고객 정보를 부실하게 관리한 사실을 적발해 과태료 3000만원을 부과했다.", "3000만원", "금융위원회"},
		// No topic: the subject in 이/가 is the sentence's own.
		{"누리은행이 고객 정보를 유출한 혐의를 인정해 벌금 5000만원을 냈다.", "5000만원", "누리은행"},
	})
}

// TestCrawlCut cuts the headline or byline a crawl glued before a name.
func TestCrawlCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[ 홍길동 기자 ]금융위원회", "금융위원회"},
		{"막았다…]금융위원회", "금융위원회"},
		{"해명\"(누리일보=홍길동 기자)금융위원회(이하 금융위)", "금융위원회"},
		// Brackets with no space inside are part of the name.
		{"누리(012345)벤처스", "누리(012345)벤처스"},
		{"(주)누리식품", "(주)누리식품"},
		// A quoted name keeps its quotes.
		{"‘누리 그룹’과 ‘한빛 솔루션’", "‘누리 그룹’과 ‘한빛 솔루션’"},
	} {
		if got := crawlCut(c.in); got != c.want {
			t.Errorf("crawlCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAgentClassBound reads a bound that sorts a class as nobody's: before
// a compound whose head is a class noun, and inside a bracket glued to the
// class's noun; in sentences of our own, beside a near case left alone.
func TestAgentClassBound(t *testing.T) {
	checkAgents(t, []agentCase{
		{"다음달부터 은행들은 500만원 이상의 해외송금거래는 당국에 보고해야 한다.", "500만원", ""},
		{"누리그룹은 올해 대기업집단(자산총액 5조원 이상)에 새로 지정됐다.", "5조원", ""},
		// A bound before what is done is the doer's.
		{"누리그룹은 올해 5조원 이상을 투자하기로 했다.", "5조원", "누리그룹"},
	})
}

// TestAgentOwnerPastTime reads the owner in 의 across a bare time before
// the amount, in sentences of our own.
func TestAgentOwnerPastTime(t *testing.T) {
	checkAgents(t, []agentCase{
		{"박 연구원은 \"누리은행의 올해 약 400억원의 순이익이 기대된다\"고 말했다.", "400억원", "누리은행"},
	})
}

// TestAgentHeadOwner reads the firm that a clause holding the amount
// modifies as its owner, in sentences of our own, beside a name that only
// opens the noun phrase the clause modifies.
func TestAgentHeadOwner(t *testing.T) {
	checkAgents(t, []agentCase{
		{"기업가치 3조원인 누리뱅크의 상장도 주가에 도움이 될 전망이다.", "3조원", "누리뱅크"},
		{"박 연구원은 \"1분기 40억원 흑자로 전환한 누리뱅크를 연결 대상에 넣을 수 있다\"고 말했다.", "40억원", "누리뱅크"},
	})
}

// TestAgentRecordTopic reads the topic opening the sentence as the holder
// of a figure it records, its measure written before the amount, in
// sentences of our own, beside a basis of time the rule leaves alone.
func TestAgentRecordTopic(t *testing.T) {
	checkAgents(t, []agentCase{
		{"한빛키움은 자산총액 6조원을 기록해 재계 50위에 올랐다.", "6조원", "한빛키움"},
		{"보리는 지난 3일 기준 3천원을 기록했다.", "3천원", ""},
	})
}
