package facts

import "testing"

// TestPurposeRound15 reads the purpose of amounts in the constructions of
// the fifteenth round (docs/meaning.md "Fifteenth round: purpose"), each
// rule derived from one half of the sets and kept only when it held on
// the other, in sentences of our own, each beside a near case the rule
// must leave alone.
func TestPurposeRound15(t *testing.T) {
	checkPurposes(t, []purposeCase{
		// A deed in -기 before 위해 names what the amount is for with its
		// object: a verb of 하다 by its noun (the ninth round's 생산), any
		// other verb as written; whom the deed helps is its object.
		{"재단은 이재민들을 돕기 위해 5억 원을 내놓았다.", "5억 원", "이재민들 돕기"},
		{"구단은 우승 트로피를 되찾기 위해 30억 원을 썼다.", "30억 원", "우승 트로피 되찾기"},
		{"정부는 수출 경쟁력을 강화하기 위해 추가로 2조 원을 투입한다.", "2조 원", "수출 경쟁력 강화"},
		{"재단은 이재민들을 돕기 위해 앞으로 5억 원을 내놓는다.", "5억 원", "이재민들 돕기"},
		{"이용자는 구독료를 치르거나 광고를 건너뛰기 위해 2달러를 낸다.", "2달러", "광고 건너뛰기"},
		// Near cases: …하기 위한 X still names X, the noun it modifies;
		// and a deed whose clause is ended by another noun with its case
		// before the amount does not reach it (빚을 갚기 위해 경매업체에
		// 그림을 3억원에: the price of the goods, not what it pays).
		// P5 (sixteenth round): …하기 위한 before a bare generic noun of
		// money gives the object and the deed's noun.
		{"정부는 수출 경쟁력을 강화하기 위한 2조 원의 예산을 편성했다.", "2조 원", "수출 경쟁력 강화"},
		{"그는 빚을 갚기 위해 경매업체에 그림을 3억원에 내놓았다.", "3억원", "그림"},
		// 에너지 is the loanword energy, a noun, not a verb in -지 (비싸지):
		// the phrase goes on through it; a verb in -지 still ends it.
		{"정부는 청정에너지 분야에 3천억 달러를 투입한다.", "3천억 달러", "청정에너지 분야"},
		{"정부는 신재생 에너지 분야에 3천억 달러를 투입한다.", "3천억 달러", "신재생 에너지 분야"},
		{"값이 비싸지 않은 5만 원의 선물을 샀다.", "5만 원", "선물"},
	})
}
