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
