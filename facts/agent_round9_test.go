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
		// A topic that names an actor outranks the subject, a noun no
		// dictionary knows, of another clause before the amount.
		{"박씨는 괜히 서운한 기분이 들었지만 2만원을 내고 표를 샀다.", "2만원", "박씨"},
		{"박씨는 누리소프트가 2만원을 내고 표를 샀다고 말했다.", "2만원", "누리소프트"},
		// An order or a demand quoted: who orders or claims the amount is
		// its agent, not who is told to pay it; not over an owner.
		{"서울중앙지법 민사1부(김철수 부장판사)는 최씨가 낸 소송에서 최씨는 정씨에게 위자료로 5천만원을 지급하라고 판결했다.", "5천만원", "서울중앙지법 민사1부"},
		{"법원이 방송사에 \"해당 학원에 3000만원을 배상하라\"고 판결했다.", "3000만원", "법원"},
		{"농민들은 정부의 약속인 쌀값 20만원을 보장하라고 요구했다.", "20만원", "정부"},
		{"최씨는 정씨에게 위자료로 5천만원을 지급했다.", "5천만원", "최씨"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Agent) != tt.want {
			t.Errorf("%s\n\t%s: agent %q, want %q", tt.text, tt.amount, f.Agent, tt.want)
		}
	}
}
