package facts

import "testing"

// TestPerClassMore reads per for the members of the closed class written
// with other words around them (docs/meaning.md, "Seventeenth round: the
// closed class of per"): relative clauses on the amount or the noun it
// measures, 평균 and qualifiers between, 마다, a spaced 매, nouns of pay,
// one period with 에 after the amount, and the near cases (a stretch of
// time, a period's worth, a week, the start or end of a year). The
// sentences are our own.
func TestPerClassMore(t *testing.T) {
	checkPers(t, []perCase{
		{"누리씨는 한 달에 버는 50만 원을 모두 저축한다.", "50만 원", PerMonth},
		{"누리씨는 하루에 쓰는 10만 원을 아꼈다.", "10만 원", PerDay},
		{"누리시는 연간 들어가는 5천만 원을 줄였다.", "5천만 원", PerYear},
		{"누리씨는 한 달 평균 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 한 해 평균 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 1일 평균 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 1년 평균 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 연간 약 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 월 최대 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 하루 최대 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 매달 50만 원가량을 받는다.", "50만 원", PerMonth},
		{"누리회사는 연 매출 5천억 원을 올린다.", "5천억 원", PerYear},
		{"누리회사의 연간 매출액은 5천억 원이다.", "5천억 원", PerYear},
		{"누리씨는 월 이용료 1만 원을 낸다.", "1만 원", PerMonth},
		{"누리씨는 하루 당 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 1년마다 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 한 달마다 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 하루마다 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 3개월마다 50만 원을 받는다.", "50만 원", ""},
		{"누리씨는 2년마다 5천만 원을 받는다.", "5천만 원", ""},
		{"누리씨는 매 달 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 매 년 5천만 원을 받는다.", "5천만 원", PerYear},
		{"누리씨는 월세 50만 원을 낸다.", "50만 원", PerMonth},
		{"누리씨는 50만 원의 월세를 낸다.", "50만 원", PerMonth},
		{"누리씨는 연소득 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 월소득 50만 원을 번다.", "50만 원", PerMonth},
		{"누리씨는 연 환산 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 하루 10만 원꼴로 번다.", "10만 원", PerDay},
		{"누리씨는 매일같이 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 연중 5천만 원을 번다.", "5천만 원", ""},
		{"누리씨는 연내 5천만 원을 갚는다.", "5천만 원", ""},
		{"누리씨는 연초 5천만 원을 받았다.", "5천만 원", ""},
		{"누리씨는 월말 50만 원을 받았다.", "50만 원", ""},
		{"누리씨는 일시금 5천만 원을 받았다.", "5천만 원", ""},
		{"누리씨는 일시불로 5천만 원을 냈다.", "5천만 원", ""},
		{"누리씨는 한 달 치 50만 원을 미리 냈다.", "50만 원", ""},
		{"누리씨는 1년 치 5천만 원을 미리 냈다.", "5천만 원", ""},
		{"누리씨는 1년간 5천만 원을 모았다.", "5천만 원", ""},
		{"누리씨는 1년 동안 5천만 원을 모았다.", "5천만 원", ""},
		{"누리씨는 일 년 동안 5천만 원을 모았다.", "5천만 원", ""},
		{"누리씨는 한 달 새 50만 원을 잃었다.", "50만 원", ""},
		{"누리씨는 하루 사이 10만 원을 잃었다.", "10만 원", ""},
		{"누리씨는 연봉으로 5천만 원을 받는다.", "5천만 원", PerYear},
		{"누리씨의 연봉은 5천만 원이다.", "5천만 원", PerYear},
		{"누리씨의 월급은 50만 원이다.", "50만 원", PerMonth},
		{"누리씨의 일당은 10만 원이다.", "10만 원", PerDay},
		{"누리씨는 시급 1만 원을 받는다.", "1만 원", ""},
		{"누리씨는 주급 50만 원을 받는다.", "50만 원", ""},
		{"누리씨는 매주 50만 원을 받는다.", "50만 원", ""},
		{"누리씨는 일주일에 50만 원을 받는다.", "50만 원", ""},
		{"누리씨는 연봉이 5천만 원이다.", "5천만 원", PerYear},
		{"누리씨가 매년 내는 회비는 5천만 원이다.", "5천만 원", PerYear},
		{"누리씨가 매달 내는 돈은 50만 원이다.", "50만 원", PerMonth},
		{"누리씨가 하루에 버는 돈은 10만 원이다.", "10만 원", PerDay},
		{"누리씨가 한 해 버는 돈은 5천만 원이다.", "5천만 원", PerYear},
		{"누리씨는 5천만 원을 해마다 번다.", "5천만 원", PerYear},
		{"누리씨는 10만 원을 하루에 번다.", "10만 원", PerDay},
		{"누리씨는 50만 원을 한 달에 번다.", "50만 원", PerMonth},
		{"누리씨는 5천만 원을 1년에 번다.", "5천만 원", PerYear},
		{"누리씨는 5천만 원을 연간 번다.", "5천만 원", PerYear},
		{"누리씨는 10만 원씩 하루에 번다.", "10만 원", PerDay},
		{"누리씨는 50만 원을 한 달 만에 모았다.", "50만 원", ""},
		{"누리씨는 5천만 원을 1년 동안 모았다.", "5천만 원", ""},
		{"누리씨는 5천만 원을 1년에 걸쳐 갚았다.", "5천만 원", ""},
		{"누리씨는 5천만 원을 연말에 받았다.", "5천만 원", ""},
		// A period word after the amount with 의, before the noun it
		// measures; 1년 or 1개월 opening that noun, as 한 해 does; 총
		// after a word of every period; and their near cases (a year ago,
		// more than a year, the last year's total).
		{"누리국은 10억 달러의 연간 예산을 쓴다.", "10억 달러", PerYear},
		{"누리씨는 50만 원의 월 임대료를 낸다.", "50만 원", PerMonth},
		{"누리국은 10억 달러 규모의 연간 지원을 약속했다.", "10억 달러", PerYear},
		{"누리국의 1년 예산은 10억 달러다.", "10억 달러", PerYear},
		{"누리국은 1년 예산 10억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 1년 전 10억 달러를 썼다.", "10억 달러", ""},
		{"누리국은 연간 총 10억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 매년 총 10억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 5년간 총 10억 달러를 쓴다.", "10억 달러", ""},
		{"누리국은 10억 달러의 예산을 1년 전 썼다.", "10억 달러", ""},
		{"누리씨는 하루 수입 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 월 수입 50만 원을 번다.", "50만 원", PerMonth},
		{"누리씨는 월수입 50만 원을 번다.", "50만 원", PerMonth},
		{"누리씨는 연 수입 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리국의 지난 1년 예산은 10억 달러다.", "10억 달러", ""},
		{"누리국은 1년 이상 10억 달러를 썼다.", "10억 달러", ""},
		{"누리국은 1년 뒤 10억 달러를 갚는다.", "10억 달러", ""},
		{"누리국은 최근 1년 매출 10억 달러를 올렸다.", "10억 달러", ""},
		{"누리국은 1년 만기 10억 달러를 빌렸다.", "10억 달러", ""},
		{"누리국은 1년짜리 10억 달러를 빌렸다.", "10억 달러", ""},
		{"누리씨는 1개월 월급 50만 원을 받는다.", "50만 원", PerMonth},
		// Spaced and glued: 월마다, 한 달 마다, 1 년에, 매 월, 에만; a week
		// with 마다 is none.
		{"누리씨는 월마다 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 한 달 마다 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 1년 마다 5천만 원을 받는다.", "5천만 원", PerYear},
		{"누리씨는 하루 마다 10만 원을 받는다.", "10만 원", PerDay},
		{"누리씨는 매 월 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 매 일 10만 원을 받는다.", "10만 원", PerDay},
		{"누리씨는 1 년에 5천만 원을 받는다.", "5천만 원", PerYear},
		{"누리씨는 하루에만 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 한 달에만 50만 원을 번다.", "50만 원", PerMonth},
		{"누리씨는 1년에만 5천만 원을 번다.", "5천만 원", PerYear},
		{"누리씨는 주마다 50만 원을 받는다.", "50만 원", ""},
		// 연 or 월 opening a noun phrase longer than one noun (a list, a
		// compound) that the amount measures; near: a month named, 월 of a
		// name, a count of occasions after 월.
		{"누리회사는 월 사무실 임대료 , 인건비 광고비 등으로 1천 8백만 원씩 지출했다.", "1천 8백만 원", PerMonth},
		{"누리회사는 월 사무실 임대료로 1천만 원을 낸다.", "1천만 원", PerMonth},
		{"누리회사의 연 이자 수익은 10억 원이다.", "10억 원", PerYear},
		{"누리회사는 6 월 사무실 임대료로 1천만 원을 냈다.", "1천만 원", ""},
		{"누리회사는 6월 사무실 임대료로 1천만 원을 냈다.", "1천만 원", ""},
		{"월 스트리트 저널은 10억 달러라고 보도했다.", "10억 달러", ""},
		{"누리회사는 월 1회 사무실 임대료로 1천만 원을 낸다.", "1천만 원", ""},
		// Quarters, every other month or year, half a year and a week are
		// no year, month or day; a count of occasions after 월 or 주; 연간
		// and 연 as what an amount is converted into; 연도별 and 일별 as
		// 월별; qualifiers, ranges and lists of periods.
		{"누리씨는 매 분기 10억 원을 받는다.", "10억 원", ""},
		{"누리씨는 격월로 50만 원을 받는다.", "50만 원", ""},
		{"누리씨는 격년으로 5천만 원을 받는다.", "5천만 원", ""},
		{"누리국은 연간으로 환산하면 10억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 연 기준 10억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 한 해 동안 10억 달러를 모았다.", "10억 달러", ""},
		{"누리국은 지난 한 해 동안 10억 달러를 모았다.", "10억 달러", ""},
		{"누리국은 1년 내내 10억 달러를 모았다.", "10억 달러", ""},
		{"누리국은 매년 초 10억 달러를 받는다.", "10억 달러", PerYear},
		{"누리국의 연도별 수출액은 10억 달러 안팎이다.", "10억 달러", PerYear},
		{"누리국의 일별 매출은 10억 달러 안팎이다.", "10억 달러", PerDay},
		{"누리국은 월 1회 10만 원을 낸다.", "10만 원", ""},
		{"누리국은 주 1회 10만 원을 낸다.", "10만 원", ""},
		{"누리국은 반년마다 10만 원을 낸다.", "10만 원", ""},
		{"누리국은 분기마다 10만 원을 낸다.", "10만 원", ""},
		{"누리씨는 월 최소 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 연 최고 5천만 원을 받는다.", "5천만 원", PerYear},
		{"누리씨는 하루 평균 약 10만 원을 번다.", "10만 원", PerDay},
		{"누리씨는 매달 평균 50만 원을 받는다.", "50만 원", PerMonth},
		{"누리씨는 월 50만~60만 원을 받는다.", "50만~60만 원", PerMonth},
		{"누리씨는 매년 5천만 원 이상을 번다.", "5천만 원", PerYear},
		{"누리씨는 한 해 5천만 원가량을 번다.", "5천만 원", PerYear},
		{"누리국은 매년 10억 달러, 매달 1억 달러를 쓴다.", "1억 달러", PerMonth},
		{"누리국은 매년 10억 달러, 매달 1억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 연 10억 달러, 월 1억 달러를 쓴다.", "1억 달러", PerMonth},
		{"누리국은 연도별로 10억 달러를 쓴다.", "10억 달러", PerYear},
		{"누리국은 일별로 10억 달러를 쓴다.", "10억 달러", PerDay},
	})
}

// TestPerClassRoleBy checks that 연도별 and 일별, per a time as 월별 is,
// give no rate, while a unit with 별로 still does (docs/meaning.md,
// "Units, more").
func TestPerClassRoleBy(t *testing.T) {
	checkRoles(t, []roleCase{
		{"누리국의 연도별 수출액은 10억 달러 안팎이다.", "10억 달러", RoleLevel},
		{"누리국은 연도별로 10억 달러를 쓴다.", "10억 달러", RoleLevel},
		{"누리국은 일별로 10억 달러를 쓴다.", "10억 달러", RoleLevel},
		{"누리국은 기업별로 4년간 연 5억원을 지원한다.", "5억원", RoleRate},
	})
}

// TestPerClassRolePay checks the role of pay per a period beside pay per
// an hour: 시급 is a rate (the guide: 시간당 1만 원), before or after the
// amount; 연봉, 일당 and 주급 are levels, per a period or none.
func TestPerClassRolePay(t *testing.T) {
	checkRoles(t, []roleCase{
		{"누리씨는 시급 1만 원을 받는다.", "1만 원", RoleRate},
		{"누리씨의 시급은 1만 원이다.", "1만 원", RoleRate},
		{"누리씨는 1만 원의 시급을 받는다.", "1만 원", RoleRate},
		{"누리씨는 주급 50만 원을 받는다.", "50만 원", RoleLevel},
		{"누리씨는 일당 10만 원을 받는다.", "10만 원", RoleLevel},
		{"누리씨는 연봉 5천만 원을 받는다.", "5천만 원", RoleLevel},
		{"누리씨는 50만 원의 월급을 받는다.", "50만 원", RoleLevel},
	})
}

// TestPerClassWithRate checks an amount per unit and per period at once
// (1인당 연 50만 원): role rate for the unit, per for the period, in
// either order.
func TestPerClassWithRate(t *testing.T) {
	checkPers(t, []perCase{
		{"누리시는 1인당 연 50만 원을 지원한다.", "50만 원", PerYear},
		{"누리시는 연 1인당 50만 원을 지원한다.", "50만 원", PerYear},
		{"누리시는 가구당 매달 50만 원을 지원한다.", "50만 원", PerMonth},
		{"누리시는 1인당 하루 1만 원을 지원한다.", "1만 원", PerDay},
		{"누리시는 하루 1인당 1만 원을 지원한다.", "1만 원", PerDay},
	})
	checkRoles(t, []roleCase{
		{"누리시는 1인당 연 50만 원을 지원한다.", "50만 원", RoleRate},
		{"누리시는 연 1인당 50만 원을 지원한다.", "50만 원", RoleRate},
		{"누리시는 가구당 매달 50만 원을 지원한다.", "50만 원", RoleRate},
		{"누리시는 1인당 하루 1만 원을 지원한다.", "1만 원", RoleRate},
		{"누리시는 하루 1인당 1만 원을 지원한다.", "1만 원", RoleRate},
	})
}
