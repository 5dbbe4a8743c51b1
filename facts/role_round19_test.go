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

// TestRoleChangeInCase19 reads the size of a change after a condition
// (docs/meaning.md R1 and "Nineteenth round: role (role18)"): the change
// a supposed case would bring is an outcome, other, beside near cases —
// the same change with no condition, a condition that only counts, and a
// concession.
func TestRoleChangeInCase19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"금리가 1%포인트 오르면 이자 부담이 3조 원 늘어난다.", "3조 원", RoleOther},
		{"이 제도가 도입되면 세수가 연간 1조 원 줄어들 것으로 보인다.", "1조 원", RoleOther},
		{"공장 가동이 멈출 경우 수출이 20억 달러 감소할 전망이다.", "20억 달러", RoleOther},
		// No condition: the change happened.
		{"금리가 오르자 이자 부담이 3조 원 늘어났다.", "3조 원", RoleChange},
		{"제도가 도입된 뒤 세수가 연간 1조 원 줄었다.", "1조 원", RoleChange},
		// A condition that only sets how a figure is counted.
		{"두 나라의 물품 액수를 더할 경우 교역액은 500만 달러 줄어든다.", "500만 달러", RoleChange},
		{"작년과 비교하면 수출이 20억 달러 감소했다.", "20억 달러", RoleChange},
		// A concession supposes no case.
		{"금리가 오르더라도 이자 부담은 1조 원 늘어나는 데 그친다.", "1조 원", RoleChange},
		// 예를 들면 (for example) supposes nothing.
		{"예를 들면 쌀값은 지난달보다 500원 올랐다.", "500원", RoleChange},
	})
}

// TestRoleSizeAdjective19 reads 크다 and 작다, the adjectives of size,
// as 많다 and 적다 are read (docs/meaning.md "Nineteenth round: role
// (role18)"): with a comparison they make the amount before them a
// change, and 커지다, 작아지다 make one by themselves; with no comparison
// an amount before 큰 is no change.
func TestRoleSizeAdjective19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"이 회사의 시가총액은 경쟁사보다 100조 원 작다.", "100조 원", RoleChange},
		{"올해 적자는 작년보다 2조 원 컸다.", "2조 원", RoleChange},
		{"무역수지는 적자 폭이 3억 달러 커졌다.", "3억 달러", RoleChange},
		{"재고 가치가 1천억 원 작아졌다.", "1천억 원", RoleChange},
		// No comparison: what is big or small is the amount itself.
		{"그는 10억 원이라는 큰돈을 모았다.", "10억 원", RoleLevel},
		{"이 회사는 매출이 늘어 1조 원을 벌었다.", "1조 원", RoleLevel},
	})
}

// TestRoleEveryNoun19 reads an amount after a noun with 마다, the
// particle of distribution (docs/meaning.md "Nineteenth round: role
// (role18)"): per each of it, a rate as with 당; beside a time with 마다,
// which per says, and an occasion.
func TestRoleEveryNoun19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"정부는 피해 가구마다 300만 원씩 지원하기로 했다.", "300만 원", RoleRate},
		{"회사는 직원마다 50만 원의 상품권을 나눠줬다.", "50만 원", RoleRate},
		{"시는 학교마다 1천만 원을 배정했다.", "1천만 원", RoleRate},
		// A time with 마다 is per that time, no unit.
		{"정부는 해마다 1조 원씩 투입한다.", "1조 원", RoleLevel},
		{"그는 달마다 100만 원을 저축했다.", "100만 원", RoleLevel},
		{"그는 주말마다 10만 원을 쓴다.", "10만 원", RoleLevel},
		{"그는 매달마다 30만 원을 보냈다.", "30만 원", RoleLevel},
		// An occasion with 마다.
		{"그는 올 때마다 5만 원을 놓고 갔다.", "5만 원", RoleLevel},
	})
}

// TestRoleOneEach19 reads an amount with 씩 after a thing counted as one
// with 에 or 에게 (docs/meaning.md "Nineteenth round: role (role18)"): 씩
// distributes it over units and the count of one names the unit, a rate;
// beside 씩 over a time and with no count.
func TestRoleOneEach19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"참가자 한 명에게 3만 원씩 나눠 준다.", "3만 원", RoleRate},
		{"이 회사는 직원 한 사람에게 100만 원씩 성과급을 줬다.", "100만 원", RoleRate},
		{"시는 노인 1인에게 20만 원씩 지급한다.", "20만 원", RoleRate},
		{"기부자는 1개 사업에 5천 원씩 모두 3만 원을 낸다.", "5천 원", RoleRate},
		// A time or a turn counted as one: how often, no unit.
		{"그는 한 달에 10만 원씩 저축했다.", "10만 원", RoleLevel},
		{"그는 1년에 500만 원씩 갚았다.", "500만 원", RoleLevel},
		// No count: 씩 alone makes no rate.
		{"그는 다달이 70만 원씩 저축했다.", "70만 원", RoleLevel},
	})
}

// TestRoleBoundClass19 reads a bound (이상, 이하, 미만, 초과) before the
// people it sorts or before the receiver or scope of a rule
// (docs/meaning.md "Nineteenth round: role (role18)"): a class, other;
// beside the near cases a bound before goods a deed is done to, a law's
// maximum fine, and a scale.
func TestRoleBoundClass19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"정부는 연 매출 3억 원 이하 소상공인에게 100만 원을 지급한다.", "3억 원", RoleOther},
		{"1천만 원 초과 예금에는 세금이 붙는다.", "1천만 원", RoleOther},
		{"세금 감면 대상은 매출 10억 원 미만의 영세 사업자다.", "10억 원", RoleOther},
		{"연봉 5천만 원 이하 근로자는 신청할 수 있다.", "5천만 원", RoleOther},
		{"이 세금은 10억 원 초과분에 대해 부과된다.", "10억 원", RoleOther},
		// A bound before what a deed is done to is an amount done.
		{"북한은 1억 달러 이상의 석탄을 수출했다.", "1억 달러", RoleLevel},
		// A law's maximum penalty is a level.
		{"위반하면 3년 이하 징역이나 3천만 원 이하 벌금에 처한다.", "3천만 원", RoleLevel},
		// A scale is the amount itself.
		{"정부는 5조 원 이상 규모에 달하는 예산을 편성했다.", "5조 원", RoleLevel},
		// A comma ends the amount's item of a list: the next item's noun is no class.
		{"기구는 재건을 위해 갑국에 3억 달러 이상, 을국에 1억 달러의 자금이 필요하다고 밝혔다.", "3억 달러", RoleLevel},
	})
}

// TestRoleListShares19 reads the items of a list whose last is the size
// of a change by a verb written once (docs/meaning.md "Nineteenth round:
// role (role18)"): with 각각 or one comparison before the first they share
// the verb; beside lists with a verb of their own between, and with
// neither marker.
func TestRoleListShares19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"전년 대비 수출은 3억 달러, 수입은 5억 달러 각각 늘었다.", "3억 달러", RoleChange},
		{"매출과 영업이익은 각각 1천억 원, 200억 원 증가했다.", "1천억 원", RoleChange},
		{"작년보다 매출은 5천억 원, 영업이익은 300억 원 줄었다.", "5천억 원", RoleChange},
		{"세 회사의 이익은 각각 10억 원, 20억 원, 30억 원 늘었다.", "10억 원", RoleChange},
		{"세 회사의 이익은 각각 10억 원, 20억 원, 30억 원 늘었다.", "20억 원", RoleChange},
		// A verb between: each item has its own.
		{"수출은 10억 달러로 1억 달러 늘었고, 수입은 12억 달러로 2억 달러 줄었다.", "10억 달러", RoleLevel},
		// Neither 각각 nor a comparison: the first is what the topic is.
		{"올해 예산은 50조 원, 추경은 3조 원 늘었다.", "50조 원", RoleLevel},
	})
}

// TestRoleMoreThanBase19 reads an amount before 더 and a verb with the
// base of a comparison before it (docs/meaning.md "Nineteenth round: role
// (role18)"): how much more, a change; beside 더 with no base, which
// stays what it was read as.
func TestRoleMoreThanBase19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"그는 작년보다 2천만 원 더 벌었다.", "2천만 원", RoleChange},
		{"정부는 계획보다 1조 원을 더 썼다.", "1조 원", RoleChange},
		{"올해는 전년 대비 5억 달러 더 수출했다.", "5억 달러", RoleChange},
		// No base: an extra item of its own.
		{"손님은 보증금 300원을 더 내고 컵을 받는다.", "300원", RoleLevel},
	})
}

// TestRoleBracketQualified19 reads an amount in brackets after the noun
// it glosses with 약 or 총 opening the brackets (docs/meaning.md
// "Nineteenth round: role (role18)"): it takes that noun's role as a bare
// amount in them does; beside a gloss of one amount by another.
func TestRoleBracketQualified19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"올해 증가액(약 1조 원)은 역대 최대다.", "1조 원", RoleChange},
		{"두 나라의 차이(약 300억 달러)는 더 벌어졌다.", "300억 달러", RoleChange},
		{"올해 증가분(총 5천억 원)은 복지에 쓴다.", "5천억 원", RoleChange},
		// One amount glossed by another: the gloss is the first's.
		{"수출액은 40억 유로(약 44억 달러)로 늘었다.", "44억 달러", RoleLevel},
		{"수출액은 전년보다 4억 유로(약 4억4천만 달러) 늘었다.", "4억4천만 달러", RoleChange},
	})
}

// TestRoleBoundVerbClass19 reads an amount bounded by a verb in its
// adnominal form before a noun of people or households (docs/meaning.md
// "Nineteenth round: role (role18)"): a class, other; beside the same verb
// before a thing the amount sizes.
func TestRoleBoundVerbClass19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"연 소득 1억 원이 넘는 고소득자는 세금을 더 낸다.", "1억 원", RoleOther},
		{"월 소득이 100만 원에 못 미치는 가구가 절반을 넘는다.", "100만 원", RoleOther},
		{"재산이 5억 원을 초과하는 노인은 받을 수 없다.", "5억 원", RoleOther},
		// What the amount sizes: a level.
		{"그는 1억 원이 넘는 장학금을 학생들에게 전달했다.", "1억 원", RoleLevel},
		{"정부는 10조 원이 넘는 예산을 투입했다.", "10조 원", RoleLevel},
		// A name, though it ends in 자 as nouns of people do: one body.
		{"매출이 10조 원이 넘는 삼성전자는 투자를 늘렸다.", "10조 원", RoleLevel},
	})
}

// TestRoleLimitedTo19 reads a bounded amount with 에 before 한해 or 한정
// (docs/meaning.md "Nineteenth round: role (role18)"): what a rule is
// limited to, a condition, other; beside an amount with no bound, a cap.
func TestRoleLimitedTo19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"정부는 소득 5천만 원 이하에 한해 세금을 면제한다.", "5천만 원", RoleOther},
		{"지원은 매출 10억 원 미만에 한정된다.", "10억 원", RoleOther},
		// No bound: the most given, a cap.
		{"정부는 100만 원에 한해 지원한다.", "100만 원", RoleLevel},
	})
}

// TestRoleCostVerb19 reads a bounded amount before 드는 (들다, to cost),
// which the word cutter reads as a noun and a topic (docs/meaning.md
// "Nineteenth round: role (role18)"): the cost of the thing after it, a
// level; beside a bound before a topic, a class.
func TestRoleCostVerb19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"이 사업은 예산이 500억 원 이상 드는 대형 사업이다.", "500억 원", RoleLevel},
		{"공사에는 1조 원 넘게 드는 것으로 추산된다.", "1조 원", RoleLevel},
		// A bound before a topic noun sorts it.
		{"3000만원 이하 소액대출은 심사를 줄인다.", "3000만원", RoleOther},
	})
}

// TestRoleChangeForms19 reads forms of the words of change the lists
// missed (docs/meaning.md "Nineteenth round: role (role18)"): the
// adnominal 낮춘, 높인; 덜 with a base, as 더; 빠져나가다, money flowing
// out; beside near cases with no change.
func TestRoleChangeForms19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"회사는 가격을 1천 원 낮춘 신제품을 내놨다.", "1천 원", RoleChange},
		{"정부는 목표를 5조 원 높인 계획을 발표했다.", "5조 원", RoleChange},
		{"올해 세수는 작년보다 52조 원 덜 걷혔다.", "52조 원", RoleChange},
		{"은행 예금은 전달보다 3조 원 빠져나갔다.", "3조 원", RoleChange},
		// The level a lowered price reaches is a level.
		{"회사는 가격을 1만 원으로 낮춘 신제품을 내놨다.", "1만 원", RoleLevel},
		// 덜 with no base: no comparison written.
		{"그는 보험료 10만 원을 덜 냈다고 말했다.", "10만 원", RoleLevel},
	})
}

// TestRoleRateReached19 reads the level a change per unit reaches when
// the verb of change modifies it (docs/meaning.md "Nineteenth round: role
// (role18)"): per the same unit, a rate; beside a change with no unit.
func TestRoleRateReached19(t *testing.T) {
	checkRoles(t, []roleCase{
		{"최저임금은 시간당 500원 인상된 1만 원으로 결정됐다.", "1만 원", RoleRate},
		{"국제 유가는 배럴당 5달러 오른 80달러를 기록했다.", "80달러", RoleRate},
		{"최저임금은 시간당 500원 인상된 1만 원으로 결정됐다.", "500원", RoleChange},
		// No unit: the level reached is a level.
		{"수출은 작년보다 5억 달러 늘어난 50억 달러였다.", "50억 달러", RoleLevel},
	})
}
