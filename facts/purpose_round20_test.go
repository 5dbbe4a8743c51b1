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

// TestPurposeRound20ClauseOwner reads a clause on an amount that modifies
// an actor's noun (N원에 달했던 X의 Y) as modifying Y: X with 의 owns Y and
// is the agent's, not the purpose's (docs/meaning.md E3 (c); "Twentieth
// round: purpose (purpose20)", rule 2). Near case: a clause that modifies
// the actor itself (N원을 받은 회사는) still gives no purpose by it.
func TestPurposeRound20ClauseOwner(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"한때 50억 달러에 달했던 한국의 수출은 제재 이후 크게 줄었다.", "50억 달러", "수출"},
		{"2천억 원을 넘었던 삼성전자의 연구개발비는 올해 줄어들었다.", "2천억 원", "연구개발비"},
		// Near case.
		{"정부에서 30억 원을 받은 회사는 곧 문을 닫았다.", "30억 원", ""},
	})
}

// TestPurposeRound20CountryOwner drops a country written bare before a
// noun of money it holds (이란 자산, 북한 자금 동결) from the purpose, whoever
// the agent is: the owner is the agent's part (docs/meaning.md, fifth
// round; "Twentieth round: purpose (purpose20)", rule 3). Near cases: a
// country before a deed done to it or before a place word stays.
func TestPurposeRound20CountryOwner(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"의회는 행정부에 30억 달러의 러시아 자산을 압류하라고 요구했다.", "30억 달러", "자산"},
		{"의원들은 20억 달러의 베네수엘라 자금 동결을 촉구했다.", "20억 달러", "자금 동결"},
		// Near cases.
		{"세계은행은 5억 달러 규모의 우크라이나 재건 사업을 승인했다.", "5억 달러", "우크라이나 재건 사업"},
		{"북한 내 쌀 가격은 지난달 5천 원으로 올랐다.", "5천 원", "북한 내 쌀 가격"},
	})
}

// TestPurposeRound20SubjectAmount reads an amount marked 이 or 가 as the
// subject of its own clause: the clause has a subject, so it does not go
// on with the purpose of the amount before (docs/meaning.md "Twentieth
// round: purpose (purpose20)", rule 4). Near case: an amount with 에 in a
// clause with no subject still does.
func TestPurposeRound20SubjectAmount(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"정부는 도로 건설에 5억 달러를 투입했으며, 내년에는 3억 달러가 더 필요할 것으로 추산했다.", "3억 달러", ""},
		// Near case.
		{"양국 교역액은 2019년 27억 달러였으며, 2016년에는 56억 달러에 달했다.", "56억 달러", "교역액"},
	})
}
