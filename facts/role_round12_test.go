package facts

import "testing"

// TestRoleClasses12 reads the role of amounts in the constructions of the
// twelfth round (docs/meaning.md "Twelfth round: time and role on d12"),
// in sentences of our own, each with a near case the rule must leave
// alone.
func TestRoleClasses12(t *testing.T) {
	tests := []struct {
		text, amount string
		want         Role
	}{
		// 모든 and a noun with 에 right before the amount: given for each
		// of them, a rate; a time is no unit.
		{"구단은 모든 경기에 5만달러를 선수에게 지급했다.", "5만달러", RoleRate},
		{"모든 공연에 20만원이 지원된다.", "20만원", RoleRate},
		{"모든 해에 5만달러가 지급되었다.", "5만달러", RoleLevel},
		// 한 개 and a noun with 에, past an adnominal verb: one of many,
		// each given the amount; 한 alone before a body names a certain one.
		{"한 개 기업에 빌려주는 한도는 10억원이다.", "10억원", RoleRate},
		{"한 회사에 빌려준 돈은 10억원이다.", "10억원", RoleLevel},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && f.Role != tt.want {
			t.Errorf("%s\n\t%s: role %q, want %q", tt.text, tt.amount, f.Role, tt.want)
		}
	}
}
