package facts

import "testing"

// TestAgentOwnerBetween reads the bound noun 간 after two actors
// joined by 와/과 as the pair owning what lies between them, and initials
// joined by a hyphen or a middle dot as a pair of countries
// (docs/meaning.md "Nineteenth round: agent (owner18)"); sentences of our
// own, each beside a near case the rule must leave alone.
func TestAgentOwnerBetween(t *testing.T) {
	checkAgents(t, []agentCase{
		// X와 Y 간의 N: the list owns N.
		{"일본과 베트남 간의 교역액은 지난해 1천억 달러를 넘었다.", "1천억 달러", "일본과 베트남"},
		{"지난해 한국과 인도 간의 무역액은 250억 달러였다.", "250억 달러", "한국과 인도"},
		// Not a thing before 간: 서울과 부산 간의 운임 is where, no owner.
		{"서울과 부산 간의 고속버스 요금은 3만 원이다.", "3만 원", ""},
		// Initials with a hyphen or a middle dot, as 북중.
		{"지난달 한-일 교역액은 52억 달러로 집계됐다.", "52억 달러", "한-일"},
		{"올해 상반기 미·중 무역액은 3천억 달러에 그쳤다.", "3천억 달러", "미·중"},
	})
}

func TestCountryPairJoined(t *testing.T) {
	for _, c := range []struct {
		n    string
		want bool
	}{
		{"북중", true}, {"북-중", true}, {"한·미·일", true}, {"미-중", true},
		{"북-북", false}, {"서-중", false}, {"한-", false}, {"A-B", false},
	} {
		if got := isCountryPair(c.n); got != c.want {
			t.Errorf("isCountryPair(%q) = %v, want %v", c.n, got, c.want)
		}
	}
}

// TestAgentGenitiveGiver reads X의 before a noun of giving whose receiver a
// 對-word already names (X의 대북 지원) as the giver, whatever the
// dictionaries know of X (docs/meaning.md "Nineteenth round: agent
// (owner18)"); without the 對-word X의 may be what is given.
func TestAgentGenitiveGiver(t *testing.T) {
	checkAgents(t, []agentCase{
		{"누리재단의 대북 지원 규모는 지난해 5억 달러였다.", "5억 달러", "누리재단"},
		{"올해 국제사회의 대우크라이나 송금액은 30억 달러를 넘었다.", "30억 달러", "국제사회"},
		// No 對-word: 백신의 지원 is what is given, no giver.
		{"백신의 지원 규모는 지난해 5억 달러였다.", "5억 달러", ""},
		// A time with 의 is when, not who.
		{"연말의 대북 지원 규모는 5억 달러였다.", "5억 달러", ""},
	})
}
