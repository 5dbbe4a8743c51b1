package facts

import "testing"

// TestPurposeRound18 reads the purpose of an amount a copula's clause
// says a noun was or is (docs/meaning.md "Eighteenth round: purpose
// rules (purpose18)"): a person's or a body's owner with 의, or a
// determiner, before the noun is passed over; a country's name that opens
// a compound is kept. Near cases: an owner that is a thing stays in the
// phrase, and a person alone after the copula is no purpose.
func TestPurposeRound18(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"당초 3억 달러였던 북한의 부채는 현재 10억 달러로 늘었다.", "3억 달러", "부채"},
		{"지난해 5만 달러 수준이던 일본의 대북 수출액은 올해 크게 늘었다.", "5만 달러", "대북 수출액"},
		{"재무부는 배럴당 60달러인 러시아 원유 가격 상한선을 어긴 회사를 제재했다.", "60달러", "러시아 원유 가격 상한선"},
		// Near cases.
		{"당초 3억 달러였던 여객선의 장부가액은 현재 1억 달러다.", "3억 달러", "여객선의 장부가액"},
		{"연봉이 1억원이던 김씨는 회사를 떠났다.", "1억원", "연봉"},
	})
}
