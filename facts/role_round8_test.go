package facts

import "testing"

// TestRoleClasses8 reads the role of amounts in the constructions of the
// eighth round (docs/meaning.md "Decisions, eighth round (b3)"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestRoleClasses8(t *testing.T) {
	tests := []roleCase{
		// A bound of an attribute, in a clause modifying the noun it
		// sorts: a class.
		{"자산이 5천억원이 넘는 부자는 30명으로 늘었다.", "5천억원", RoleOther},
		{"연 매출이 100억원을 초과하는 중소기업들은 지원 대상에서 빠진다.", "100억원", RoleOther},
		{"월 이용료가 최저 9달러인 프리미엄 계정만 쓸 수 있다.", "9달러", RoleOther},
		{"연봉이 1억원을 웃도는 직원들이 늘고 있다.", "1억원", RoleOther},
		// The amount is what the noun is (an investment of it), the
		// subject is who did it, or the noun names one body: no class.
		{"정부는 1조원이 넘는 예산을 투입했다.", "1조원", RoleLevel},
		{"해커 조직 ‘블루’가 6억 달러가 넘는 암호화폐를 훔쳤다.", "6억 달러", RoleLevel},
		{"매출이 1조원이 넘는 삼성전자는 올해 투자를 늘렸다.", "1조원", RoleLevel},
		{"손실이 1조원이 넘는 상황이다.", "1조원", RoleLevel},
		{"월 이용료가 9달러인 계정을 만들었다.", "9달러", RoleLevel},
		// -지 않다 is one verb: the amount it takes is in the condition.
		{"그는 사흘 안에 벌금 500만원을 내지 않을 경우 구금된다.", "500만원", RoleOther},
		{"그는 벌금 500만원을 내지 않았다.", "500만원", RoleLevel},
		{"추징금 10억원을 구형해 만약 판결이 나지 않을 경우 재판이 길어진다.", "10억원", RoleLevel},
		// After a condition, what can be (-ㄹ 수 있다) is no amount that
		// exists; a plan for a case, a rule's maximum and a source's
		// 따르면 are no hypothesis.
		{"새 서체를 쓰면 인쇄 비용으로만 연간 2억 달러를 아낄 수 있다.", "2억 달러", RoleOther},
		{"목표를 달성하면 모두 합쳐 1년에 500억원의 비용을 줄일 수 있다는 계산이다.", "500억원", RoleOther},
		{"새 서체를 쓰면서 인쇄 비용으로 연간 2억 달러를 아낄 수 있었다고 한다.", "2억 달러", RoleLevel},
		{"특구로 선정될 경우 국비 70억원이 더해진다.", "70억원", RoleLevel},
		{"적발되면 법에 따라 100만원 이하의 과태료가 부과될 수 있다.", "100만원", RoleLevel},
		{"기금 웹사이트에 따르면 피해자는 2천만 달러를 보상받을 수 있다.", "2천만 달러", RoleLevel},
		// A compound noun of a rule's threshold (a bracket, a
		// requirement, a basis price) the amount measures, past 현행.
		{"법인세 최고세율 과표구간은 지금의 8억원에서 6억원으로 내려간다.", "8억원", RoleOther},
		{"고시는 인가 자본금 기준을 7억원으로 정했다.", "7억원", RoleOther},
		{"보석류 과세 기준가격은 300만원에서 600만원으로 오른다.", "600만원", RoleOther},
		{"감면 한도는 지금의 200만원에서 250만원으로 오른다.", "250만원", RoleLevel},
		{"이 구간의 통행료는 5천원이다.", "5천원", RoleLevel},
		// From one level to another without 으로: both levels.
		{"버스 요금은 1천200원에서 1천400원 인상된다.", "1천400원", RoleLevel},
		{"버스 요금은 200원 인상된다.", "200원", RoleChange},
		// Cheaper or dearer than something compared: a change.
		{"새 메뉴는 기존 메뉴보다 700원 싸다.", "700원", RoleChange},
		{"새 메뉴는 700원 싸다.", "700원", RoleLevel},
		// 기준으로 and X를 기준으로 give a basis of counting, no threshold.
		{"시내버스 요금은 성인 교통카드를 기준으로 1천200원이다.", "1천200원", RoleLevel},
		{"3만원 요금제 기준으로 2천원이 감면됐다.", "2천원", RoleLevel},
		{"과세 기준 금액 10억 원을 넘는 상속은 드물다.", "10억 원", RoleOther},
		// A quantity of a unit with 마다: a rate; 해마다 is per year.
		{"요금은 200m마다 100원씩 추가된다.", "100원", RoleRate},
		{"요금은 3년마다 100원씩 추가된다.", "100원", RoleLevel},
		{"보험료는 해마다 100원씩 오른다.", "100원", RoleChange},
		// 라면 written alone is the noun (ramen); a supposition glues it.
		{"라면 가격은 1500원까지 뛰었다.", "1500원", RoleLevel},
		{"가격이 1500원이라면 팔리지 않는다.", "1500원", RoleOther},
		// Two items joined by 과 share the unit written for the first;
		// items of two clauses do not.
		{"피해자 1인당 2억원 안팎의 보상금과 3천만원의 지원금이 지급된다.", "3천만원", RoleRate},
		{"시는 개당 3만원 상당의 난방기 500개와 7만원 상당의 방한복도 지급한다.", "7만원", RoleRate},
		{"희생자에게 1인당 4억원의 배상금이 지급되고 유족회에는 5천만원의 위로금이 지급된다.", "5천만원", RoleLevel},
		// A bound a verb of -아야 requires before another deed is a
		// condition; before 한다 it is an obligation.
		{"이 혜택은 포인트를 지난해 800만원 이상 써야 받을 수 있다.", "800만원", RoleOther},
		{"그는 벌금 1천500만원 이상을 내야 한다.", "1천500만원", RoleLevel},
		// The steps of a scale given as a list of bounds are classes.
		{"매출액 5조원 초과, 5천억원 초과 5조원 이하 등의 네 단계로 나눈다.", "5조원", RoleOther},
		{"매출은 10조원 초과, 영업이익은 1조원이었다.", "1조원", RoleLevel},
		// A bound in a deed of the class a clause targets (…을 대상으로).
		{"은행 대출을 30억원 이상 빌려 쓴 중견기업을 대상으로 한 심사가 시작된다.", "30억원", RoleOther},
		{"은행 대출을 30억원 이상 빌려 쓴 중견기업을 조사했다.", "30억원", RoleLevel},
		// A band (대) before a noun that is the topic sorts a class, as a
		// bound does (6b); before an object it is an amount done.
		{"1500원대 주유소는 두 곳만 남았다.", "1500원", RoleOther},
		{"법인에 90억원대 손해를 끼쳤다.", "90억원", RoleLevel},
		{"쌀이 5천원대 중반, 옥수수는 2천원 안팎이었다.", "5천원", RoleLevel},
	}
	checkRoles(t, tests)
}
