package facts

import "testing"

// TestRoleClasses14 reads the role of amounts in the constructions of the
// fourteenth round (docs/meaning.md "Fourteenth round: b5"), each with a
// near case it must leave alone.
func TestRoleClasses14(t *testing.T) {
	checkRoles(t, []roleCase{
		// The level a change of a price per unit reached is per that
		// unit, with a bound of the change (이상, 가량) between it and its
		// verb and a verb in -하여, as with 가 … 올라 (tenth round).
		{"누리유 가격은 배럴당 2달러 이상 하락하여 71달러에 마감됐다.", "71달러", RoleRate},
		{"누리유 가격은 배럴당 2달러 이상 하락하여 71달러에 마감됐다.", "2달러", RoleChange},
		{"누리유 가격은 배럴당 2달러 가량 올라 73달러를 기록했다.", "73달러", RoleRate},
		{"누리전자 주가는 2천원 이상 하락하여 3만원에 마감됐다.", "3만원", RoleLevel},
	})
}
