package facts

import "testing"

// TestPurposeRound20CarryObject reads an amount that is the object of its
// own verb (… 원을 추가로 지원한다) as what that verb does with money: a
// measure said of an amount before it (구호비 3억 원에 더해) is not carried
// to it (docs/meaning.md "Twentieth round: purpose (purpose20)", rule 1).
// Near cases: an amount with no object particle still takes the measure
// before it, and a gloss in brackets before 를 is the outer amount's.
func TestPurposeRound20CarryObject(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"정부는 긴급 구호비 3억 원에 더해 5천만 원을 추가로 지원한다.", "5천만 원", ""},
		{"시는 재난 지원금 20억 원에 더해 4억 원을 더 내놓기로 했다.", "4억 원", ""},
		// Near cases.
		{"2018년 양국 교역액은 30억 달러였으며, 2015년에는 51억 달러에 달했다.", "51억 달러", "교역액"},
	})
}
