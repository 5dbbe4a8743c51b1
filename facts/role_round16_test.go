package facts

import "testing"

// TestRoleClasses16 reads the role of amounts in the constructions of the
// sixteenth round (docs/meaning.md "Sixteenth round: b6"), each with a
// near case it must leave alone.
func TestRoleClasses16(t *testing.T) {
	checkRoles(t, []roleCase{
		// A count before a noun other than the head of the phrase counts
		// that noun (how many firms own the funds, how many goods are
		// sold): no unit a price is per, whatever the counter; one unit,
		// or a count heading the measure itself, stays a unit.
		{"나머지 3개 업체 자금 150만 달러에 대해 몰수를 추진했다.", "150만 달러", RoleLevel},
		{"상위 5개 기업의 매출이 각각 10억 달러를 넘었다.", "10억 달러", RoleLevel},
		{"사과 1개 가격이 3천 원이다.", "3천 원", RoleRate},
		{"사과 3개 가격이 1만 원이다.", "1만 원", RoleRate},
		{"쌀 20kg 가격이 5만 원으로 올랐다.", "5만 원", RoleRate},
		{"5kg 쌀 가격이 2만 원으로 올랐다.", "2만 원", RoleRate},
		// A count with 에 is the unit of the amount right after it (1kg에
		// 5만 3천원); with a verb between, it is where the amount is kept
		// (계좌 2개에 보관된 500만 달러), no unit.
		{"계좌 2개에 보관된 500만 달러가 동결됐다.", "500만 달러", RoleLevel},
		{"한우는 1kg에 5만 3천원에 팔린다.", "5만 3천원", RoleRate},
		{"한우는 1kg에 해당하는 5만 3천원을 받는다.", "5만 3천원", RoleRate},
	})
}
