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
		// A part of a whole named with 가운데 or 중 measures the whole
		// when nothing else says what it is for; 가운데 after a predicate
		// with its subject is "while", no whole.
		{"정부는 올해 구호 예산 가운데 3억 달러를 난민들에게 보냈다.", "3억 달러", "구호 예산"},
		{"도난당한 자금 중 약 5%에 해당하는 2천만 달러는 이미 동결됐다.", "2천만 달러", "자금"},
		{"비난이 거센 가운데 2억 달러를 들인 청사가 문을 열었다.", "2억 달러", ""},
		// The verb right after an amount that names the kind of money
		// owed (배상, 보상, 청구; L1), received too, says what it is before
		// a noun the amount would be read as measuring; a verb that only
		// moves money names nothing (P5).
		{"보험사는 2차 피해 신고시 최고 3천만원을 보상할 것이라고 밝혔다.", "3천만원", "보상"},
		{"피해를 입은 개인은 최대 2천만 달러를 보상받을 수 있다.", "2천만 달러", "보상"},
		{"법원은 회사에 5억 달러를 배상하라는 판결을 내렸다.", "5억 달러", "배상"},
		{"그는 자선단체에 5억 원을 기부했다.", "5억 원", ""},
		// The measure an amount is converted into or computed as, with the
		// verb right before it; a currency converted into is no measure.
		{"최저 임금은 시간당 7달러로, 이를 연봉으로 환산하면 1만5천달러에 불과하다.", "1만5천달러", "연봉"},
		{"총 급여는 556만원이었으며 시급을 계산하면 1480원이다.", "1480원", "시급"},
		{"이 금액을 미국 달러로 환산하면 5억 달러다.", "5억 달러", ""},
		// An amount with 에 or 으로 right before a contract's noun or verb,
		// or a relative verb and that noun, is the contract's sum; a noun
		// measured right before the amount keeps its place.
		{"그녀는 구단과 총액 17억원으로 계약을 체결했다.", "17억원", "계약"},
		{"그는 5년간 1억 달러에 계약한 선수다.", "1억 달러", "계약"},
		{"그는 올해 연봉 3억원에 계약했다.", "3억원", "연봉"},
		// Q3: a region with 에 before a verb of investing says where, as a
		// named place does; a thing funded with 에 is the purpose.
		{"회사는 남부 지역에 400억 달러를 투자했다.", "400억 달러", ""},
		{"회사는 반도체 공장 건설에 400억 달러를 투자했다.", "400억 달러", "반도체 공장 건설"},
		// Q1 and Q2 (the lead's decisions on blind7's questions): an
		// adjective of quantity leaves the purpose, one of kind stays; an
		// amount taken with no noun of its own has none, what was taken
		// stays.
		{"오바마는 2억 달러의 많은 선거자금을 모았다.", "2억 달러", "선거자금"},
		{"정부는 3억 달러의 추가적인 군사 지원을 약속했다.", "3억 달러", "추가적인 군사 지원"},
		{"해커들은 6억 2천만 달러를 탈취했다.", "6억 2천만 달러", ""},
		{"그는 학회 공금 1억 원을 횡령했다.", "1억 원", "학회 공금"},
	})
}
