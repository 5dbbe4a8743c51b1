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
		// A noun in 도 right before the head of a list item is one noun
		// with it (철도, 상수도), not a noun with the particle 도 (also);
		// an actor with 도 is still the particle's (the subject, also).
		{"예산안에는 도로 건설에 10억 달러, 고속철도 건설에 5억 달러가 포함됐다.", "5억 달러", "고속철도 건설"},
		{"예산안에는 전력망 현대화에 7억 달러, 하수도 사업에 3억 달러가 포함됐다.", "3억 달러", "하수도 사업"},
		{"정부도 건설에 3억 달러를 쓴다.", "3억 달러", "건설"},
		// 주요, 실제, 최고, 최저, 최대, 최소 before a head that is a subject,
		// a topic or an object qualify the noun and stay in its phrase;
		// before a head glued to its amount they qualify the amount.
		{"이 나라의 최저 임금은 현재 시간당 7달러다.", "7달러", "최저 임금"},
		{"회사는 주요 제품 가격을 100원 인상했다.", "100원", "주요 제품 가격"},
		{"최고 연회비 200만원인 카드가 인기다.", "200만원", "연회비"},
		// What an amount is counted or paid as, X로 with a topic or a
		// delimiter too, and nouns of pay in -액, 이자, 보너스, 수당.
		{"정부는 시스템 구축 예산으로는 5억 원을 책정했다.", "5억 원", "시스템 구축 예산"},
		{"법원은 최종 벌금액으로 3만 달러를 책정했다.", "3만 달러", "최종 벌금액"},
		{"가구당 대출 이자로만 40만 원을 부담하게 된다.", "40만 원", "대출 이자"},
		{"그는 우승 보너스로 10만 달러를 받는다.", "10만 달러", "우승 보너스"},
		// Near case: X로 right before an amount that is itself the level
		// reached says how it grew, not what it is.
		{"빌린 돈은 1년 만에 이자로 7000만원으로 불어났다.", "7000만원", ""},
	})
}
