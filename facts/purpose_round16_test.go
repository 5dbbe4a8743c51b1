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
		// The head of the noun phrase an amount modifies through a relative
		// verb or a copula, past an actor that owns it (the agent) or with
		// an actor glued before it (one phrase).
		{"지난해 3억 달러에 달했던 일본의 수입은 올해 크게 줄었다.", "3억 달러", "수입"},
		{"당초 2억 달러였던 회사의 부채는 5억 달러로 늘었다.", "2억 달러", "부채"},
		{"그는 50억 달러가 넘는 민간 투자를 유치했다고 말했다.", "50억 달러", "민간 투자"},
		// Near cases: the relative clause's own subject is what it sizes;
		// a phrase with no actor is read as before.
		{"상금이 약 7억 달러에 달하는 미국 복권의 당첨자가 나왔다.", "7억 달러", "상금"},
		{"당초 2억 달러였던 부채는 5억 달러로 늘었다.", "2억 달러", "부채"},
	})
}
