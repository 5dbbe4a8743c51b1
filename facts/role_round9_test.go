package facts

import "testing"

// TestRoleClasses9 reads the role of amounts in the constructions of the
// ninth round (docs/meaning.md "Ninth round: time and role on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestRoleClasses9(t *testing.T) {
	tests := []struct {
		text, amount string
		want         Role
	}{
		// A unit with 당 in the other ways it is written: glued to 한 and
		// a counter before the noun the amount measures, a noun the fact
		// extractor keeps as a context word, a spaced 당 after its noun.
		{"이 타일은 한장당 가격이 무려 3만원이다.", "3만원", RoleRate},
		{"중고 시장의 판매가격은 한 자루당 5만원이다.", "5만원", RoleRate},
		{"시는 마을 당 최대 3천만원까지 지원한다.", "3천만원", RoleRate},
		{"우리 당 예산 5억원을 썼다.", "5억원", RoleLevel},
		{"그 당 5억원을 썼다.", "5억원", RoleLevel},
		// A unit of volume glossed in brackets, and 하나에 after a noun:
		// the price of one.
		{"생수는 500ml(밀리리터)에 300원이다.", "300원", RoleRate},
		{"그는 그림 하나에 500만원을 받는다.", "500만원", RoleRate},
		{"그는 그림을 하나 팔아 500만원을 받았다.", "500만원", RoleLevel},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && f.Role != tt.want {
			t.Errorf("%s\n\t%s: role %q, want %q", tt.text, tt.amount, f.Role, tt.want)
		}
	}
}
