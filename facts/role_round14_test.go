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
		{"다온유 값은 배럴당 3달러 넘게 올라 84달러에 마감됐다.", "84달러", RoleRate},
		{"다온유 값은 배럴당 3달러 넘게 올라 84달러에 마감됐다.", "3달러", RoleChange},
		{"누리유 가격은 배럴당 2달러 가량 올라 73달러를 기록했다.", "73달러", RoleRate},
		{"누리전자 주가는 2천원 이상 하락하여 3만원에 마감됐다.", "3만원", RoleLevel},
		// A measure per head or per unit opening the noun an amount
		// measures (1인당 GNP, spaced 1 인당 as tokenised text writes it) is
		// a rate at both ends of A에서 B로 (twelfth round, kept); the whole
		// measure is a level.
		{"1인당 GNP는 1970년의 252달러에서 1990년에는 5,569달러로 크게 증가하였다.", "252달러", RoleRate},
		{"1 인당 GNP는 1970 년의 252 달러에서 1990 년에는 5,569 달러로 크게 증가하였다 .", "5,569 달러", RoleRate},
		{"GNP는 1970년의 252억 달러에서 1990년에는 2천억 달러로 크게 증가하였다.", "2천억 달러", RoleLevel},
		// A noun of the size of a change (급락폭, 낙폭) in apposition before
		// the amount, and a trend (하락세, 증가세) the amount sizes with 의,
		// make it a change; a level the trend goes on from stays a level.
		{"이번 폭락은 2008년 최대 하락폭인 12.34달러에 이어 두 번째다.", "12.34달러", RoleChange},
		{"금값은 5일 연속 20달러 이상의 상승세를 보였다.", "20달러", RoleChange},
		{"임금은 2009년에도 3천만 달러로 증가세를 이어갔다.", "3천만 달러", RoleLevel},
		{"금값은 2만 4천 원에서 내림세를 멈췄다.", "2만 4천 원", RoleLevel},
		// A bound before a noun of change (10달러 이상 급락은) sizes the
		// change, not a class the bound sorts (5만 원 이상은, 1조 원 이상
		// 기업).
		{"2008년 당시 다온유 값은 배럴당 40달러밖에 안 돼 12달러 이상 급락은 30% 하락률을 기록했다.", "12달러", RoleChange},
		{"매출 1조 원 이상 기업은 10곳이다.", "1조 원", RoleOther},
		{"5만 원 이상은 신고해야 한다.", "5만 원", RoleOther},
		// A record beaten by an amount (최고치를 1.85달러 경신) is a change;
		// the record reached (143.57달러를 기록) is a level.
		{"다온유 값은 역대 최고치를 1.85달러 경신하며 128.42달러를 기록했다.", "1.85달러", RoleChange},
		{"다온유 값은 역대 최고치를 1.85달러 경신하며 128.42달러를 기록했다.", "128.42달러", RoleLevel},
		{"그 도자기는 3억 원에 팔리면서 경매 최고가를 새로 썼다.", "3억 원", RoleLevel},
		// A raise to less than where it starts is no reading (b5's
		// README question, decided in ADJUDICATION.md): the smaller amount
		// after A에서 is the raise, with 올려 as with 인상.
		{"택시회사는 기본요금을 15.70달러에서 0.79달러 올려줄 것을 요구했다.", "0.79달러", RoleChange},
		{"택시회사는 기본요금을 15.70달러에서 0.79달러 인상할 것을 요구했다.", "0.79달러", RoleChange},
		{"택시회사는 기본요금을 15.70달러에서 16.49달러로 올려줄 것을 요구했다.", "16.49달러", RoleLevel},
		// An amount that opens a quotation holding only it and the nouns
		// after it names a thing (R13), as ‘20억 달러 시대’ does; an amount
		// quoted alone, or in a clause quoted, exists.
		{"영 다온방송은 ‘5억 달러 실험실’을 세울 계획이다.", "5억 달러", RoleOther},
		{"그는 \"10억 달러 연구소’는 새로운 환경을 제공할 것\"이라고 주장했다.", "10억 달러", RoleOther},
		{"누리재단은 ‘10억 달러’를 모았다고 밝혔다.", "10억 달러", RoleLevel},
		{"그는 ‘10억 달러를 모으겠다’고 말했다.", "10억 달러", RoleLevel},
	})
}
