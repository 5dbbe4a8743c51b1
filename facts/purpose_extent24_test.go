package facts

import "testing"

// TestExtentTrimmed: a phrase opens with its noun, not with a particle
// spaced off the word before it, and ends where an unclosed bracket opens.
func TestExtentTrimmed(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"은 감귤", "감귤"},
		{"당 어업소득", "어업소득"},
		{"를 지원금", "지원금"},
		{"이 사업비", "이 사업비"}, // 이 is also `this`
		{"평균 매출", "평균 매출"},
		{"순이익 [한국일보 홍길동 기자", "순이익"},
		{"연구비 [추정]", "연구비 [추정]"},
		{"는", "는"},
		{"매출", "매출"},
		{"교육비 명목", "교육비"},
		{"명목 GDP", "명목 GDP"},
	} {
		if got := extentTrimmed(c.in); got != c.want {
			t.Errorf("extentTrimmed(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPurposeRound24NamedBefore: a bare noun of money right before the
// amount names it, over a noun of a deed right after it (a headline's
// `N원 확보`); with no such noun before, the noun after stays the purpose.
func TestPurposeRound24NamedBefore(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"군청, 하수도정비사업비 210억 원 확보", "210억 원", "하수도정비사업비"},
		{"도는 올해 운영자금 50억원 투입으로 일자리를 늘린다.", "50억원", "운영자금"},
		{"정부는 올해 600억 원 지원을 약속했다.", "600억 원", "지원"},
		{"농협, 순이익 300억원 달성 조합원 배당 확대", "300억원", "순이익"},
	})
}

// TestPurposeRound24Exceeded: the object of a verb of exceeding that the
// amount bounds is what the amount measures; an actor or another clause
// between gives nothing.
func TestPurposeRound24Exceeded(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"소득월액을 최대 300만 원 초과하지 않으면 감액되지 않는다.", "300만 원", "소득월액"},
		{"이 회사는 사업비를 50억원 넘게 써 버렸다.", "50억원", "사업비"},
	})
}

// TestPurposeRound24SharedOf: amounts coordinated by a comma before one
// 의 share its head; a verb between ends the sharing.
func TestPurposeRound24SharedOf(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"화재 발생 시 최대 500만 원, 도난 또는 분실 시 최대 30만 원의 보상금을 지급한다.", "500만 원", "보상금"},
	})
}

// TestPurposeRound24BoundSubject: the subject of a copula whose
// complement is an amount with a bound is what the amount measures.
func TestPurposeRound24BoundSubject(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"지난해 적립금 잔액이 50만원 미만인 회원에게 쿠폰을 준다.", "50만원", "적립금 잔액"},
	})
}

// TestPurposeRound24AppositionItem: in a list of items each named right
// before its amount, the last amount's 의 joins the whole the items make,
// and each amount keeps its own item; one amount alone keeps its head.
func TestPurposeRound24AppositionItem(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"이 회사는 매출 900억원, 순이익 120억원의 성과를 냈다.", "120억원", "순이익"},
		{"이 회사는 매출 900억원, 순이익 120억원의 성과를 냈다.", "900억원", "매출"},
		{"시는 120억원의 예산을 편성했다.", "120억원", "예산"},
	})
}

// TestGlossedItems: a bracket after the last item of a list stays when an
// earlier item has its own gloss; a bracket after a lone head leaves.
func TestGlossedItems(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ETF(상장지수펀드)·ETN(상장지수증권)", "ETF(상장지수펀드)·ETN(상장지수증권)"},
		{"휴대용 온열기(전기찜질기)", "휴대용 온열기"},
	} {
		if got := cleanPurpose(c.in); got != c.want {
			t.Errorf("cleanPurpose(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
