package facts

import "testing"

// TestPurposeRound16 reads the purpose of amounts in the constructions of
// the sixteenth round (docs/meaning.md "Decisions, sixteenth round
// (purpose)" and its rules), in sentences of our own, each beside a near
// case the rule must leave alone.
func TestPurposeRound16(t *testing.T) {
	checkPurposes(t, []purposeCase{
		// P1: a word of the period leaves the purpose, after a named year
		// or month too (that year's total, per null).
		{"양국의 2022년 연간 교역액은 15억 달러로 집계됐다.", "15억 달러", "교역액"},
		{"2021년 5월 월간 교역액은 2천만 달러까지 줄었다.", "2천만 달러", "교역액"},
		{"이 회사의 연간 매출은 500억 원 수준이다.", "500억 원", "매출"},
		// Near cases: a noun of pay written as one word stays whole, and a
		// measure with no word of the period is kept as written.
		{"그 선수의 연봉은 3억 원이다.", "3억 원", "연봉"},
		{"양국의 2022년 교역액은 15억 달러로 집계됐다.", "15억 달러", "교역액"},
		// 주요, 실제, 최고, 최저, 최대, 최소 before a head that is a subject,
		// a topic or an object qualify the noun and stay in its phrase;
		// before a head glued to its amount they qualify the amount.
		{"이 나라의 최저 임금은 현재 시간당 7달러다.", "7달러", "최저 임금"},
		{"회사는 주요 제품 가격을 100원 인상했다.", "100원", "주요 제품 가격"},
		{"최고 연회비 200만원인 카드가 인기다.", "200만원", "연회비"},
		// A noun of a change or of a level crossed right after an amount,
		// with its case, is what happens to the measure, not a purpose: the
		// measure before it is read instead; bare before a noun (5억 달러
		// 인상 발언, E2) it still opens a purpose.
		{"올해 국민 소득은 늘겠지만 3만달러 진입은 늦어진다.", "3만달러", "소득"},
		{"금 시세 5만원선 붕괴는 업계에 부담이 됐다.", "5만원", "금 시세"},
		{"근로자의 세부담이 2만원 증가에 그쳤다.", "2만원", "세부담"},
		{"그는 5억 달러 인상 발언으로 논란이 됐다.", "5억 달러", "인상"},
	})
}
