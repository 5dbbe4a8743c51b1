package facts

import "testing"

// TestRoleClasses7 reads the role of amounts in the constructions of the
// seventh round (docs/meaning.md "Decisions, seventh round (7b)"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestRoleClasses7(t *testing.T) {
	tests := []roleCase{
		// Units of measure and counters glued to 당, or spaced, with a
		// qualifier between: a rate.
		{"쌀은 t당 평균 450달러였다.", "450달러", RoleRate},
		{"약은 상자 당 3천위안에 팔렸다.", "3천위안", RoleRate},
		{"미사일 한 발당 재료비로 신형은 2천만 달러, 구형은 1천만 달러로 추정됐다.", "1천만 달러", RoleRate},
		{"미사일 한 발에 든 재료비는 2천만 달러였다.", "2천만 달러", RoleLevel},
		{"민주당 5억원, 정의당 1억원을 받았다.", "5억원", RoleLevel},
		// One quantity, its unit written once, across clauses: a rate;
		// another quantity, or a total, keeps its own role.
		{"2019년엔 kg당 쌀이 5천원, 2020년엔 쌀 4천원 그리고 작년엔 쌀이 6천원이었다.", "6천원", RoleRate},
		{"kg당 쌀이 5천원인데 쌀 수입액은 1억 달러였다.", "1억 달러", RoleLevel},
		{"경찰은 1인당 100만원, 총 800만원의 현상금을 걸었다.", "800만원", RoleLevel},
		// The size of a change past an adverb of degree, or in brackets
		// after it.
		{"무역 총액이 전년보다 1~2억 달러 정도 소폭 상승에 그칠 것이다.", "1~2억 달러", RoleChange},
		{"수출액은 전달보다 소폭(187만 달러) 증가했다.", "187만 달러", RoleChange},
		{"수출액은 소폭(187만 달러)이었다.", "187만 달러", RoleLevel},
		{"수출액은 1억 달러로 소폭 상승했다.", "1억 달러", RoleLevel},
		// A deed never done, what could have been after a condition, a
		// deed supposed in the future: no amount that exists.
		{"북한은 타이어 구매에 1천만 달러 넘게 소비한 적은 없습니다.", "1천만 달러", RoleOther},
		{"북한은 타이어 구매에 1천만 달러를 소비한 적이 있습니다.", "1천만 달러", RoleLevel},
		{"감형되지 않을 경우 수백만 달러에 이르는 추징금이 선고될 수 있었습니다.", "수백만 달러", RoleOther},
		{"감형되지 않아 수백만 달러에 이르는 추징금이 선고됐습니다.", "수백만 달러", RoleLevel},
		{"앞으로 네 차례 했을 때 추가 비용은 4억 달러에 달할 것이다.", "4억 달러", RoleOther},
		{"지난해 네 차례 했을 때 비용은 4억 달러였다.", "4억 달러", RoleLevel},
		// Items of one quantity, each told by its topic before its value.
		{"1인당 GDP는 인도가 250 달러 수준이지만 영국은 4만 7천 달러로 큰 차이를 보인다.", "4만 7천 달러", RoleRate},
		{"1인당 GDP는 인도가 250 달러 수준이지만 영국은 국방비로 4만 7천 달러를 쓴다.", "4만 7천 달러", RoleLevel},
		// The cost of one occasion of a deed: a rate.
		{"핵실험을 한 번 하는데 드는 비용은 1억 달러로 추정된다.", "1억 달러", RoleRate},
		{"1회 방문시 평균 지출 금액이 제일 낮은 곳은 다온마트로 8천415원이었다.", "8천415원", RoleRate},
		{"핵실험을 하는데 드는 비용은 1억 달러로 추정된다.", "1억 달러", RoleLevel},
		{"그는 한 번에 1천만원을 냈다.", "1천만원", RoleLevel},
		{"kg당 쌀이 5천원인데, 정부가 1억원을 지원했다.", "1억원", RoleLevel},
		{"제1회 대회 개최시 상금 1억원을 걸었다.", "1억원", RoleLevel},
		{"지난 1회 대회 때 상금은 1억원이었다.", "1억원", RoleLevel},
		// A comma closes the amount before a condition with its own object.
		{"지난 10년간 누적 적자액은 113억 달러, 범위를 지난 30년으로 넓히면 적자 규모는 237억 달러로 집계된다.", "113억 달러", RoleLevel},
		{"수출액은 1억 달러로 늘어나면 흑자로 돌아선다.", "1억 달러", RoleOther},
	}
	checkRoles(t, tests)
}
