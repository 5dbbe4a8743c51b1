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
		// A name in straight quotes with its particle after the closing
		// quote is read as the name with that particle: with 에 before a
		// verb of giving it is a receiver, no purpose, as with curly
		// quotes (the near case, read so before).
		{"배우 김모 씨는 '희망나눔'에 5년 동안 총 3억 원을 기부했다.", "3억 원", ""},
		{"배우 김모 씨는 ‘희망나눔’에 5년 동안 총 3억 원을 기부했다.", "3억 원", ""},
	})
}

// TestPurposeP5 reads `X을 위한 Y` with Y a bare generic noun of money
// (docs/meaning.md "Decisions, sixteenth round (purpose)", P5): X, written
// as `X을 위해` is, beside the near cases where Y says more and stays.
func TestPurposeP5(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"시는 도서관 건립을 위한 예산 30억원을 확보했다.", "30억원", "도서관 건립"},
		{"도는 청년 창업 지원을 위한 기금 100억원을 조성했다.", "100억원", "청년 창업 지원"},
		{"국방부는 무인기를 구매하기 위한 2억 달러의 예산을 요청했다.", "2억 달러", "무인기 구매"},
		{"이런 사업을 위한 지출은 내년까지 3천만 달러가 될 것으로 보인다.", "3천만 달러", "사업"},
		// Near cases: a noun that says more than money stays, and a
		// generic noun with no 위한 is read as before.
		{"정부는 홍수 복구를 위한 30억 달러의 추가 예산을 요청했다.", "30억 달러", "추가 예산"},
		{"시는 도서관 건립을 위한 긴급자금 30억원을 확보했다.", "30억원", "긴급자금"},
		{"시는 올해 예산 30억원을 확보했다.", "30억원", "예산"},
		// Whom it helps is a receiver (E3), no X: Y stays.
		{"정부는 난민을 돕기 위한 5억 달러의 자금을 마련했다.", "5억 달러", "자금"},
	})
}

// TestPurposeReceivers reads a receiver named after the amount: a noun
// with 에게 (or 한테, 께) is whom the money goes to, and one with 에
// before a verb of giving whose object is the amount is too; neither is
// what it is for. Near cases: a thing with 에 before a verb of spending
// stays the purpose, and a noun after a bare amount is still its head.
func TestPurposeReceivers(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"단체는 5000만원 홍길순에게 건네려 했다.", "5000만원", ""},
		{"회장은 매각 뒤 500억원을 사회에 기부하겠다고 약속했다.", "500억원", ""},
		{"회장은 매각 뒤 500억원을 장학 사업에 쓰겠다고 약속했다.", "500억원", "장학 사업"},
		{"재단은 5000만원 장학금을 김모씨에게 건넸다.", "5000만원", "장학금"},
	})
}

// TestPurposeTradedBare reads an amount that is the object of 수출하다 or
// 수입하다 with no goods of its own (P2): no purpose, and no topic or
// amount before it lends one; an item of a list of the goods' amounts
// still takes them, and goods named give the goods.
func TestPurposeTradedBare(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"양국 간 교역액은 10억 달러로, 이 나라는 4억 달러어치를 수출했다.", "4억 달러", ""},
		{"이 나라는 5억 달러어치의 철강을 수입하고, 2억 달러어치를 수출했다.", "2억 달러", ""},
		{"이 나라는 2019년 약 5억 달러어치의 철강을 수입했고, 2020년 약 4억 달러어치, 2021년 약 6억 달러어치를 수입했다.", "6억 달러", "철강"},
		{"이 나라는 2억 달러어치의 철강을 수출했다.", "2억 달러", "철강"},
	})
}

// TestPurposeForRelative reads X을 위해 before a relative verb (설립한,
// 지정된): it says what that verb's noun was made for, not the amount;
// the near case, 위해 before the amount's own words, still gives X.
func TestPurposeForRelative(t *testing.T) {
	checkPurposes(t, []purposeCase{
		{"그는 청년 창업 지원을 위해 설립한 재단에 5억 원을 기부했다.", "5억 원", ""},
		{"그는 청년 창업 지원을 위해 올해 5억 원을 기부했다.", "5억 원", "청년 창업 지원"},
	})
}
