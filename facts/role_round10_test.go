package facts

import "testing"

// TestRoleClasses10 reads the role of amounts in the constructions of the
// tenth round (docs/meaning.md "Tenth round: time and role on d11"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestRoleClasses10(t *testing.T) {
	tests := []roleCase{
		// A bound with 으로 before a verb of living: the line a class
		// lives below, no amount that exists; a sum lived on is a level.
		{"그 나라 인구의 40%가 하루 2달러 미만으로 살아가고 있다.", "2달러", RoleOther},
		{"빈곤층은 한 달 30만원 이하로 생활하는 가구다.", "30만원", RoleOther},
		{"그는 한 달 30만원으로 살아가고 있다.", "30만원", RoleLevel},
		{"지원금은 3억원 이상으로 늘었다.", "3억원", RoleLevel},
		// The level a change of a price per unit reached is per that
		// unit; with no unit it is a level.
		{"유가는 배럴당 6달러가 올라 121달러를 기록했다.", "121달러", RoleRate},
		{"유가는 배럴당 6달러가 올라 121달러를 기록했다.", "6달러", RoleChange},
		{"매출은 6억원이 올라 121억원을 기록했다.", "121억원", RoleLevel},
		// An amount converted into pay per a period is a level per
		// that period, whatever unit the amount before it was per.
		{"시간당 최저 임금은 10달러로, 이를 연봉으로 환산하면 2만 달러에 불과하다.", "2만 달러", RoleLevel},
		{"시간당 최저 임금은 10달러로, 이를 원화로 환산하면 1만3천원이다.", "10달러", RoleRate},
		// A compound of bare nouns after 의 or 규모의 that ends in a noun
		// of change is what the amount sizes: a change; one that ends in
		// another noun is a level.
		{"양당은 5년간 총 5천억 달러 규모의 연방 예산 증액을 포함한 안에 합의했다.", "5천억 달러", RoleChange},
		{"회사는 30억원의 연구 예산 삭감을 발표했다.", "30억원", RoleChange},
		{"양당은 5년간 총 5천억 달러 규모의 연방 예산 집행을 포함한 안에 합의했다.", "5천억 달러", RoleLevel},
		// An amount with 의 sizing the subject of an intransitive verb of
		// change is the change; of another verb, a level.
		{"이는 연간 15억 달러의 소득이 증가하는 것이다.", "15억 달러", RoleChange},
		{"이는 연간 15억 달러의 소득이 발생하는 것이다.", "15억 달러", RoleLevel},
		// A payment that exists, named with 으로, raised by 더 or 추가로
		// and a verb of paying: a change; an extra charge named bare
		// before the amount is an item of its own, a level.
		{"한국이 방위비 분담금으로 5억 달러를 더 내기로 합의했다.", "5억 달러", RoleChange},
		{"회원들은 회비로 5만원을 추가로 내야 한다.", "5만원", RoleChange},
		{"손님은 보증금 300원을 더 내고 컵을 받는다.", "300원", RoleLevel},
		{"정부는 지원금으로 5억 달러를 추가로 지원한다.", "5억 달러", RoleLevel},
		// A threshold noun as the base compared (상한선보다) makes no
		// threshold of the difference after it: a change; the noun right
		// before the amount it measures still does.
		{"국방부의 지출은 의회 상한선보다 520억 달러 많은 5천745억 달러로 늘어난다.", "520억 달러", RoleChange},
		{"정부는 과세 기준선 5천만원을 정했다.", "5천만원", RoleOther},
	}
	checkRoles(t, tests)
}

// TestPerClasses10 reads per of amounts in the constructions of the tenth
// round, each with a near case it must leave alone.
func TestPerClasses10(t *testing.T) {
	tests := []perCase{
		{"시간당 최저 임금은 10달러로, 이를 연봉으로 환산하면 2만 달러에 불과하다.", "2만 달러", PerYear},
		{"이를 월급으로 환산하면 200만원이다.", "200만원", PerMonth},
		{"이를 원화로 환산하면 200만원이다.", "200만원", ""},
	}
	checkPers(t, tests)
}
