package facts

import "testing"

// TestRolePeriphrastic23 reads an amount before a verb in -게 and the
// auxiliary 되다 or 하다 that closes a condition (docs/meaning.md
// "Twenty-third round: role"): one predicate, so the amount is in the
// condition, a threshold; beside a verb of its own before the condition
// and a verb that only begins with 하.
func TestRolePeriphrastic23(t *testing.T) {
	checkRoles(t, []roleCase{
		{"규정상 임원이 가진 주식 총액이 5000만원을 초과하게 되면 주식을 팔아야 한다.", "5000만원", RoleOther},
		{"회원 한 명의 기부 총액이 300만원을 넘게 되면 신고해야 한다.", "300만원", RoleOther},
		{"회원 한 명의 기부 총액이 300만원을 넘으면 신고해야 한다.", "300만원", RoleOther},
		// A verb of its own between the amount and the condition: the amount is done.
		{"그는 지난해 5000만원을 투자해 올해 손실을 보게 되면 팔겠다고 했다.", "5000만원", RoleLevel},
	})
}
