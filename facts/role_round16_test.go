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

// TestChangeWordFew16 checks the fault of the change word 적 (few, less):
// as a bare beginning it also began 적자, 적립 and 적용, so an amount
// before them, with a comparison earlier in its clause, was read as a
// change (docs/meaning.md "Sixteenth round (role): rules", C2).
func TestChangeWordFew16(t *testing.T) {
	checkRoles(t, []roleCase{
		// 적자: the deficit is a level.
		{"수출액은 전년 대비 소폭 늘어난 1억 달러, 수입액은 4억 달러로 3억 달러 적자를 기록했다.", "3억 달러", RoleLevel},
		// 적립: what is saved is a level.
		{"그는 지난해보다 이른 3월에 500만 원을 적립했다.", "500만 원", RoleLevel},
		// 적용: the fee applied is a level.
		{"새 요금은 지난해보다 높아진 3만 원이 적용된다.", "3만 원", RoleLevel},
		// The adjective 적 (less than) after a comparison is a change.
		{"올해 수출은 전년보다 2억 달러 적은 10억 달러였다.", "2억 달러", RoleChange},
		{"올해 수출은 전년보다 2억 달러 적은 10억 달러였다.", "10억 달러", RoleLevel},
		{"정부는 지난해보다 500만 달러 적게 썼다.", "500만 달러", RoleChange},
	})
}

// TestRoleConsequent16 reads amounts after a condition or a supposition by
// R1 (docs/meaning.md "Decisions, sixteenth round (role)"), each beside a
// near case.
func TestRoleConsequent16(t *testing.T) {
	checkRoles(t, []roleCase{
		// An outcome of a supposed case: money gathered, a return made.
		{"연구진은 과자에 세금을 10% 부과하면 세금으로 2천억 원가량이 걷힐 것이라고 말했다.", "2천억 원", RoleOther},
		{"설탕세를 도입할 경우 5백억 원 정도가 모이고 비만율도 낮아진다.", "5백억 원", RoleOther},
		{"그 배우가 광고 한 편을 찍으면 10억 원 이상 본전을 뽑는다.", "10억 원", RoleOther},
		// The same verbs with no condition tell what happened: a level.
		{"지난해 담배 세금으로 2천억 원이 걷혔다.", "2천억 원", RoleLevel},
		{"이 영화는 개봉 첫 주에 50억 원의 본전을 뽑았다.", "50억 원", RoleLevel},
		// What a rule provides for the case stays a level.
		{"이를 위반하면 최대 200만 원의 과태료를 물어야 한다.", "200만 원", RoleLevel},
		// So does what an order or a claim provides, under 만약 too; what is
		// only supposed to follow under 만약 is other.
		{"업체는 만약 약정을 위반할 경우 한 건당 700만원씩 지급하라고 요구했다.", "700만원", RoleRate},
		{"회사는 만약 계약을 어길 경우 위약금 500만원을 지급하라고 요구했다.", "500만원", RoleLevel},
		{"만약 판결이 그대로 확정될 경우 그는 500만원을 내야 한다.", "500만원", RoleOther},
		// A supposition in a clause closed by -라며, quoted or not, supposes
		// nothing of the amount after it; a quotation inside the condition
		// closes nothing.
		{"그는 “예산이 있었다면 다리를 지었을 것”이라며 “도로에 500억 원을 썼다”고 말했다.", "500억 원", RoleLevel},
		{"그는 예산이 있었다면 다리를 지었을 것이라며 도로에 500억 원을 썼다고 말했다.", "500억 원", RoleLevel},
		{"그는 예산이 있었다면 도로에 500억 원을 썼을 것이라고 말했다.", "500억 원", RoleOther},
		{"만약 장관이 “예산을 늘리겠다”고 하면 도로에 500억 원이 더 쓰인다.", "500억 원", RoleOther},
		// X의 경우 is a topic (as for X), no condition: a price one can get
		// is a rate; after a true condition it is what can be, other.
		{"분석가는 대형 포탄의 경우 한 발당 500 달러를 받을 수 있을 것으로 예상했다.", "500 달러", RoleRate},
		{"분석가는 포탄을 넘길 경우 한 발당 500 달러를 받을 수 있을 것으로 예상했다.", "500 달러", RoleOther},
		// 가운데 after a whole is among, no clause end: the part cut under the
		// condition is what can be, other; the whole stays a level (tenth
		// round); after a verb 가운데 ends a clause, and the condition before
		// it does not reach.
		{"위원들은 법안이 통과되면, 정부의 연간 지출 50억달러 가운데 적어도 3억달러를 줄일 수 있을 것이라고 말했다.", "3억달러", RoleOther},
		{"위원들은 법안이 통과되면, 정부의 연간 지출 50억달러 가운데 적어도 3억달러를 줄일 수 있을 것이라고 말했다.", "50억달러", RoleLevel},
		{"법안이 통과되면 세금이 오르는 가운데 기업들은 3억달러를 아낄 수 있다고 말했다.", "3억달러", RoleLevel},
	})
}

// TestRoleSurvey16 reads amounts respondents answered as the brackets a
// class of them falls in, beside an amount one speaker answers and one a
// survey found.
func TestRoleSurvey16(t *testing.T) {
	checkRoles(t, []roleCase{
		{"전체 응답자 1천 명 가운데 40%인 400명이 월 생활비가 200만~300만원이라고 답했다.", "200만~300만원", RoleOther},
		{"“30만원 이상을 쓸 계획”이라고 답한 응답자는 12%에 그쳤다.", "30만원", RoleOther},
		{"장관은 기자의 질문에 정부가 500만 달러를 기부했다고 답했다.", "500만 달러", RoleLevel},
		{"쓸 의향이 있다고 답한 응답자는 800명이었으며 평균 예상 비용은 25만 원으로 조사됐다.", "25만 원", RoleLevel},
	})
}
