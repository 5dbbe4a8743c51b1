package facts

import "testing"

// TestPurposeRound17 reads the purpose of amounts in the constructions of
// the seventeenth round (docs/meaning.md "Decisions, sixteenth round
// (purpose)" P5 and the seventeenth round's rules), in sentences of our
// own, each beside a near case the rule must leave alone.
func TestPurposeRound17(t *testing.T) {
	checkPurposes(t, []purposeCase{
		// A bracket that lists the items of an amount glosses no noun: an
		// item after the first is read by its own noun, not thrown away
		// with the amount the bracket opens after.
		{"구단은 그와 3년간 총액 20억원(계약금 5억원, 연봉 5억원)에 계약했다.", "5억원", "계약금"},
		{"구단은 그와 3년간 총액 20억원(계약금 4억원, 연봉 5억원)에 계약했다.", "5억원", "연봉"},
		// Near case: a bracket opened after a noun glosses that noun.
		{"정부는 ‘우주 기술 개발’(2020~2025, 300억원)을 추진했다.", "300억원", "우주 기술 개발"},
	})
}
