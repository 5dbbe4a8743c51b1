package facts

import "testing"

// TestAgentClasses9 reads the agent of amounts in the constructions of
// the ninth round (docs/meaning.md "Ninth round: agent on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses9(t *testing.T) {
	tests := []struct {
		text, amount, want string
	}{
		// A verb whose ending looks like a particle is no subject: 않-,
		// -져, -아도, -게는, the auxiliary 주다.
		{"박씨는 세금을 내지 않고도 들키지 않은 채 5천만원의 연봉을 받아갔다.", "5천만원", "박씨"},
		{"한 상자에 2만원(약 17달러)이 더 비싸도 이를 사겠다는 응답이 나왔다.", "2만원", ""},
		{"나은 씨는 돈을 빌려주는 대가로 3천원씩 모두 90만원을 받아 챙겼다.", "90만원", "나은 씨"},
		// 이 before an office or a rank is the surname Lee, not this; not
		// before a noun a demonstrative points at (이 관계자는).
		{"이 회장의 재산은 작년보다 7억 달러 줄었다.", "7억 달러", "이 회장"},
		{"이 전 의원은 업자에게 3억원을 받은 혐의로 기소됐다.", "3억원", "이 전 의원"},
		{"이 관계자는 올해 예산 10억원이 모두 쓰였다고 말했다.", "10억원", ""},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Agent) != tt.want {
			t.Errorf("%s\n\t%s: agent %q, want %q", tt.text, tt.amount, f.Agent, tt.want)
		}
	}
}
