package facts

import "testing"

// TestExtentTrimmed: a phrase opens with its noun, not with a particle
// spaced off the word before it, and ends where an unclosed bracket opens.
func TestExtentTrimmed(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"은 감귤", "감귤"},
		{"당 어업소득", "어업소득"},
		{"를 지원금", "지원금"},
		{"이 사업비", "이 사업비"}, // 이 is also `this`
		{"평균 매출", "평균 매출"},
		{"순이익 [한국일보 홍길동 기자", "순이익"},
		{"연구비 [추정]", "연구비 [추정]"},
		{"는", "는"},
		{"매출", "매출"},
		{"교육비 명목", "교육비"},
		{"명목 GDP", "명목 GDP"},
	} {
		if got := extentTrimmed(c.in); got != c.want {
			t.Errorf("extentTrimmed(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
