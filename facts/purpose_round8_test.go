package facts

import "testing"

// TestPurposeClasses8 reads the purpose of amounts in the constructions of
// the eighth round (docs/meaning.md "Decisions, eighth round (b3)"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestPurposeClasses8(t *testing.T) {
	tests := []purposeCase{
		// 총 before a noun is the noun's, as 전체 is; 총 금액 is as
		// generic as 금액; 총 before the amount is its qualifier.
		{"올해 총 수출액은 50억 달러를 넘었다.", "50억 달러", "총 수출액"},
		{"필요한 총 금액은 평균 3억원이었다.", "3억원", ""},
		{"수출액은 총 50억 달러였다.", "50억 달러", "수출액"},
		// A delimiter on a case particle leaves the case out of the phrase.
		{"새 서체를 쓰면 인쇄 비용으로만 연간 2억 달러를 아낄 수 있다.", "2억 달러", "인쇄 비용"},
		// 현행 before the amount is said of it: the noun before is measured.
		{"과표구간은 현행 5억원에서 3억원으로 낮아진다.", "5억원", "과표구간"},
		// A time of day, a trading session or a span (한 달 새, 72시간
		// 안에) between the noun and the amount is when, not what.
		{"원-달러 환율이 장중 1천400원대에 이르렀다.", "1천400원", "원-달러 환율"},
		{"서울 외환시장에서 달러 환율은 8시 20분쯤 1천400원선을 돌파했다.", "1천400원", "달러 환율"},
		{"그는 72시간 안에 2억 달러를 내라고 했다.", "2억 달러", ""},
		// A bound of an attribute sorting a class measures the attribute.
		{"자산이 5천억원이 넘는 부자는 30명으로 늘었다.", "5천억원", "자산"},
		// 1인당 opening the name of a per-capita measure is part of it;
		// the unit of a price is not.
		{"대만의 1인당 GDP가 올해 4만달러를 돌파할 것으로 전망된다.", "4만달러", "1인당 GDP"},
		{"출판사는 건당 광고비 250만원을 받았다.", "250만원", "광고비"},
		// What is included (X를 포함), the basis (X를 기준으로), 현행대로
		// and a unit with 마다 stand between the noun and the amount.
		{"본인부담은 검사료를 포함 2만1천원 선으로 줄어든다.", "2만1천원", "본인부담"},
		{"버스 기본요금은 교통카드를 기준으로 1천200원이다.", "1천200원", "버스 기본요금"},
		{"시간요금은 종전대로 132m마다, 31초마다 각각 150원씩 붙는다.", "150원", "시간요금"},
		// A measure linking the amount to the noun after it.
		{"그녀는 3000만 원 한도의 책임 보험에 가입했다.", "3000만 원", "책임 보험"},
		// A ratio to a base and a bound noun opening a clause cut off
		// name nothing; the base measures what the topic measures.
		{"북중 무역 총액은 23억 달러로 2022년 10억 달러 대비 2.2배 늘었다.", "10억 달러", "무역 총액"},
		{"교사를 고용하는 데 드는 40달러로 아동들을 돕는다.", "40달러", ""},
		// …한 것만 (what of it is known) is said of the amount.
		{"연말 선물을 포함한 현금 수수는 확인된 것만 180만원이다.", "180만원", "현금 수수"},
		// X 대가로 N원: what it was paid as, as X 비용으로 is.
		{"그는 세 차례 자문 대가로 5000만원을 받았다.", "5000만원", "자문 대가"},
		// What an amount is paid or earned as, or through: X으로 … 지불,
		// X로 … 벌어들이다; a bound noun with 에 (72시간 안에) is none.
		{"납치범은 48시간 안에 몸값으로 5천만 달러를 내지 않을 경우 인질을 해치겠다고 했다.", "5천만 달러", "몸값"},
		{"러시아는 석탄 수출로 한 해 약 40억 유로를 벌어들인다.", "40억 유로", "석탄 수출"},
		{"그는 추가로 2억 달러를 지불했다.", "2억 달러", ""},
		// X를 …하기 위해: the object and the deed's noun; …하기 위한 X
		// names X.
		{"폭스콘이 인도에서 반도체를 생산하기 위해 194억 달러를 투자할 계획이다.", "194억 달러", "반도체 생산"},
		// P5 (sixteenth round): not when X is a bare generic noun of money.
		{"공세를 억지하기 위한 48억 달러의 예산을 승인했다.", "48억 달러", "공세 억지"},
		{"공세를 억지하기 위한 48억 달러의 무기를 승인했다.", "48억 달러", "무기"},
	}
	checkPurposes(t, tests)
}
