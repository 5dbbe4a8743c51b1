package facts

import "testing"

// TestPurposeRound19Fiscal reads a fiscal year told from the present
// (새 회계연도, 다음 회계연도) that opens the noun an amount sizes: 새 is the
// year's, not an adjective of the noun (docs/meaning.md "Nineteenth
// round: purpose (purpose19)", rule 1). Near case: 새로운 before a noun
// is still an adjective of it.
func TestPurposeRound19Fiscal(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"정부는 300억 원 규모의 새 회계연도 예산안을 공개했다.", "300억 원", "새 회계연도 예산안"},
		{"위원회는 80억 달러 규모의 새 회계연도 교육 예산안을 내놨다.", "80억 달러", "새 회계연도 교육 예산안"},
		{"의회는 20억 달러 규모의 다음 회계연도 예산안을 통과시켰다.", "20억 달러", "다음 회계연도 예산안"},
		// Near case.
		{"회사는 500억 원 규모의 새로운 공장 투자를 발표했다.", "500억 원", "새로운 공장 투자"},
	})
}
