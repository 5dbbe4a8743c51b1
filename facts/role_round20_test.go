package facts

import "testing"

// TestRoleAreaUnit20 reads prices per area whose unit stands before the
// noun the amount measures, not next to the amount (docs/meaning.md
// "Twentieth round: role on domestic copy"), beside near cases: a size of
// a flat is no unit, and a unit in another clause is another amount's.
func TestRoleAreaUnit20(t *testing.T) {
	checkRoles(t, []roleCase{
		{"지난달 서초구 3.3㎡당 전셋값은 2500만원으로 집계됐다.", "2500만원", RoleRate},
		{"부산 3.3㎡(1평)당 매매가는 1200만원에 그쳤다.", "1200만원", RoleRate},
		{"대구 아파트의 3.3㎡ 평균 매매가격은 작년 1,100만 원에서 올해 1,350만 원으로 올랐다.", "1,100만 원", RoleRate},
		{"대구 아파트의 3.3㎡ 평균 매매가격은 작년 1,100만 원에서 올해 1,350만 원으로 올랐다.", "1,350만 원", RoleRate},
		{"분양가는 3.3(평당)㎡ 기준으로 광주 1,100만 원, 대전 1,250만 원이다.", "1,100만 원", RoleRate},
		// A size of a flat: the whole flat's price, a level.
		{"이 단지 전용 84㎡는 지난달 9억2000만원에 거래됐다.", "9억2000만원", RoleLevel},
		{"전용면적 59㎡ 아파트 가격은 6억원이다.", "6억원", RoleLevel},
		// The unit is another clause's: a verb stands between.
		{"평당 분양가가 2000만원을 넘었고 이 단지의 총 분양 수입은 900억원에 이른다.", "900억원", RoleLevel},
	})
}

// TestRoleTopicCaseList20 reads list items before `X의 경우` (as for X),
// which is a topic, no condition (sixteenth round, rule 3), so the items
// before it are no amounts of a supposed case.
func TestRoleTopicCaseList20(t *testing.T) {
	checkRoles(t, []roleCase{
		{"올해 임금은 서울 300만 원, 부산 280만 원, 대구의 경우 250만 원 수준이다.", "300만 원", RoleLevel},
		{"올해 임금은 서울 300만 원, 부산 280만 원, 대구의 경우 250만 원 수준이다.", "280만 원", RoleLevel},
		// A verb's -ㄹ 경우 is a condition: what would be paid is no amount that exists.
		{"매출이 줄 경우 손실은 500만 원에 이를 수 있다.", "500만 원", RoleOther},
	})
}

// TestRolePriceTier20 reads a bound before a noun of a price tier (docs/
// meaning.md "Twentieth round: role on domestic copy"): the line of the
// tier, other; beside a bound before an object done and a tier with no
// bound.
func TestRolePriceTier20(t *testing.T) {
	checkRoles(t, []roleCase{
		{"부산은 5억원 이하 중저가 밀집 지역이 오름세를 이끌었다.", "5억원", RoleOther},
		{"올해 상반기 부산에서 시세 5억원 이하의 중저가 아파트 4채 중 1채가 사라졌다.", "5억원", RoleOther},
		{"12억원 초과 고가 주택은 대출이 막혔다.", "12억원", RoleOther},
		// No bound: a price said of the tier, a level.
		{"중저가 아파트 평균 가격이 5억원으로 올랐다.", "5억원", RoleLevel},
		// A bound before an object done: an amount done.
		{"그는 10억 원 이상 투자를 했다.", "10억 원", RoleLevel},
	})
}

// TestRoleDearerBecame20 reads an amount before an adjective of price in
// -지다 (비싸졌다, 싸졌다: became dearer, cheaper) after a base with 보다는
// (docs/meaning.md "Twentieth round: role on domestic copy"): the size of
// a change; beside a price that is only dear.
func TestRoleDearerBecame20(t *testing.T) {
	checkRoles(t, []roleCase{
		{"지난달 5일보다는 9000만원 비싸졌다.", "9000만원", RoleChange},
		{"석 달 전보다 300만원 싸진 값에 팔렸다.", "300만원", RoleChange},
		{"올해 들어 2천만원 저렴해진 매물이 늘었다.", "2천만원", RoleChange},
		// No base and no becoming: a price.
		{"이 집은 9000만원 비싼 편이다.", "9000만원", RoleLevel},
	})
}
