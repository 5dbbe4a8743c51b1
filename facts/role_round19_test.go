package facts

import "testing"

// TestRoleContrastNoCondition19 reads amounts before 반면 (whereas), a
// noun of contrast that ends in 면 as the -면 of a condition does
// (docs/meaning.md "Nineteenth round: role (role18)"), beside the near
// case of a real condition.
func TestRoleContrastNoCondition19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"수입이 5억 달러 감소한 반면 수출은 3억 달러 증가했다.", "5억 달러", RoleChange},
		{"수입이 5억 달러 감소한 반면 수출은 3억 달러 증가했다.", "3억 달러", RoleChange},
		{"이 회사는 작년에 200억 원을 번 반면 경쟁사는 적자를 냈다.", "200억 원", RoleLevel},
		{"수입은 5억 달러 감소한 반면 수출은 늘었다.", "5억 달러", RoleChange},
		// A real condition after the amount makes it one.
		{"매출이 200억 원을 넘으면 경쟁사는 적자를 낸다.", "200억 원", RoleOther},
	})
}
