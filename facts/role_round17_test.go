package facts

import "testing"

// TestRoleCurrencyWorth17 reads amounts that are a rate read as a level
// (docs/meaning.md "Seventeenth round (role): rates as levels"): a
// currency's worth told in another currency is the price of one unit of
// it, each beside a near case that only mentions a rate or a worth.
func TestRoleCurrencyWorth17(t *testing.T) {
	checkRoles(t, []roleCase{
		// A currency's worth in another currency: the price of one unit.
		{"엔화 가치는 지난달 900원에서 950원으로 올랐다.", "900원", RoleRate},
		{"엔화 가치는 지난달 900원에서 950원으로 올랐다.", "950원", RoleRate},
		{"장마당에서 미국 달러 가치가 5천원 대로 떨어졌다.", "5천원", RoleRate},
		// The same currency's worth is a sum measured in it: a level.
		{"그 그림은 현재 달러 가치로 1억 달러에 이른다.", "1억 달러", RoleLevel},
		// A loss told with a rate's move is a level.
		{"환율 상승으로 이 회사는 10억 원의 손실을 봤다.", "10억 원", RoleLevel},
		{"원화 가치 하락으로 수입 업체들이 500억 원의 손해를 봤다.", "500억 원", RoleLevel},
	})
}

// TestRoleRateNamedAfter17 reads an amount that a clause says a rate
// named after it was or held (docs/meaning.md "Seventeenth round (role):
// rates as levels"), beside near cases where the rate only qualifies
// another noun.
func TestRoleRateNamedAfter17(t *testing.T) {
	checkRoles(t, []roleCase{
		{"1천100원 선이었던 원-달러 환율이 지난달 크게 올랐다.", "1천100원", RoleRate},
		{"한때 5천원 대를 유지했던 미국 달러 가치가 최근 흔들린다.", "5천원", RoleRate},
		{"1천300원 수준인 환율이 더 오를 수 있다.", "1천300원", RoleRate},
		// The rate qualifies the noun that heads the phrase: a level.
		{"10억 원 규모인 환율 손실이 드러났다.", "10억 원", RoleLevel},
		{"환율 상승으로 10억 원 손실을 본 기업이 늘었다.", "10억 원", RoleLevel},
		// A sum the clause tells of a thing that is no rate: a level.
		{"3억 원 선이었던 아파트 값이 올랐다.", "3억 원", RoleLevel},
	})
}

// TestRolePerCurrencyUnit17 reads an amount told per one unit of another
// currency with 에 (docs/meaning.md "Seventeenth round (role): rates as
// levels"), beside near cases.
func TestRolePerCurrencyUnit17(t *testing.T) {
	checkRoles(t, []roleCase{
		{"1엔에 10원 하던 것이 9원으로 내렸다.", "10원", RoleRate},
		{"1엔에 10원 하던 것이 9원으로 내렸다.", "9원", RoleRate},
		{"루블화는 1달러에 90루블을 기록했다.", "90루블", RoleRate},
		{"장마당에서 1 달러에 8천원에 거래된다.", "8천원", RoleRate},
		// A sum after more than one unit, or after the same currency, is no
		// exchange: a level.
		{"그는 100달러에 산 주식을 팔아 500만 원을 벌었다.", "500만 원", RoleLevel},
		{"환율 상승으로 10억 원 손실을 냈다.", "10억 원", RoleLevel},
	})
}
