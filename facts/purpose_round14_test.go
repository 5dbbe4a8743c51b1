package facts

import "testing"

// TestPurposeRound14 reads the purpose of amounts in the constructions of
// the fourteenth round (docs/meaning.md "Fourteenth round: purpose"), each
// rule derived from one half of the sets and kept only when it held on
// the other, in sentences of our own, each beside a near case the rule
// must leave alone.
func TestPurposeRound14(t *testing.T) {
	checkPurposes(t, []purposeCase{
		// A source (X로부터의, X에게서의) before the measure says where
		// the money comes from, as X에서 does, not what it is; an owner
		// with 의 that is a thing stays.
		{"올해 일본으로부터의 수입액은 3억 달러였다.", "3억 달러", "수입액"},
		{"올해 반도체의 수입액은 3억 달러였다.", "3억 달러", "반도체의 수입액"},
		// An amount pointing back to goods the sentence before exports or
		// imports is their worth, which is for the goods (E2); a deed
		// that does something else to its object keeps its noun.
		{"일본은 지난달 한국에 200만 개의 장갑을 수출했다. 이는 약 30만 달러 규모다.", "30만 달러", "장갑"},
		{"회사는 지난달 50만 달러어치의 철광석을 수입했다. 이같은 액수는 지난해 40만 달러어치보다 늘어난 것이다.", "40만 달러", "철광석"},
		{"정부는 첨단 GPU 1만 장을 연내 확보하기로 했다. 여기에는 1조 4,600억 원이 쓰인다.", "1조 4,600억 원", "첨단 GPU 1만 장 연내 확보"},
		// X과 Y after an amount that sizes X: Y is an item of its own
		// when it has its own amount or opens with an ordinal; else both
		// are sized.
		{"경찰은 3억원 상당의 은괴 20개와 현금 5천만원을 압수했다.", "3억원", "은괴"},
		{"그는 500억 원 규모의 부채 조정과 3차 지원을 받았다.", "500억 원", "부채 조정"},
		{"경찰은 3억원 상당의 은괴와 보석을 압수했다.", "3억원", "은괴와 보석"},
		// An X에 the money is spent on outranks the noun of cost the
		// amount sizes only when that cost is X's own (사업 → 사업비);
		// a budget or funds the amount sizes are what it is.
		{"시는 이 제도에 50억 원의 예산을 편성했다.", "50억 원", "예산"},
		{"정부는 공항 정비에 3년간 4억 달러의 자금을 들인다.", "4억 달러", "자금"},
		{"시는 도서관 신축 사업에 50억 원의 사업비를 편성했다.", "50억 원", "도서관 신축 사업"},
		// X에 before a verb that gives or pays money to someone (기부,
		// 지불, 송금) is who receives it, no purpose; X에 before a verb
		// that spends it on a deed is what it is for.
		{"회사는 지난해 KDF에 300만 달러를 기부했다.", "300만 달러", ""},
		{"방송사는 ABC에 2억 달러를 지불하였다.", "2억 달러", ""},
		{"정부는 반도체 연구에 300만 달러를 투자했다.", "300만 달러", "반도체 연구"},
		// A measure noun (규모, 수준) after the bare noun it measures is
		// the head of a phrase read to the right; after a verb's form it
		// is not.
		{"연준은 매달 650억 달러인 채권매입 규모를 줄인다고 밝혔다.", "650억 달러", "채권매입 규모"},
		{"북한은 매년 4억 달러 대의 적자 규모를 보였다.", "4억 달러", "적자 규모"},
		{"정부는 300억 원 규모의 추가 예산을 편성했다.", "300억 원", "추가 예산"},
		// An amount joined by 와 or 과 to the object of its verb is an
		// item beside it, not what the object is for; an amount with 씩
		// before the object its verb gives is that object's.
		{"회사는 정부에 총 3억 달러와 이자를 납부하기로 했다.", "3억 달러", ""},
		{"시는 매달 50만 원씩 구직 수당을 준다.", "50만 원", "구직 수당"},
		// The price of a deed (대가, 비용) with the deed's clause right
		// before it keeps the verb and its object, not the object's
		// owner; with no clause it is the noun alone.
		{"그는 3경기의 점수를 조작하는 대가로 500만원을 받았다.", "500만원", "점수를 조작하는 대가"},
		{"그는 급식 식자재를 납품하는 대가로 300만원을 받았다.", "300만원", "급식 식자재를 납품하는 대가"},
		{"그는 자문 대가로 300만원을 받았다.", "300만원", "자문 대가"},
		// An adnominal of -적 (-ic: 파격적인, 직접적인) before a noun goes on
		// into the phrase, as an adjective does; a noun with the copula 인
		// ends it.
		{"고객들은 30만원 이하의 파격적인 값에 장만할 수 있다.", "30만원", "파격적인 값"},
		{"정부는 13억 달러 상당의 직접적인 재정 지원을 했다.", "13억 달러", "직접적인 재정 지원"},
		{"정부는 13억 달러 상당의 재정 지원을 했다.", "13억 달러", "재정 지원"},
		// An amount paid (…을 주고 산 X) is the price of the goods, as one
		// with 에 is (…에 산 X); a place noun after them says where.
		{"그는 벼룩시장에서 20달러를 주고 산 그림 액자 뒤에서 편지를 찾았다.", "20달러", "그림 액자"},
		{"그는 20달러에 산 그림 액자를 팔았다.", "20달러", "그림 액자"},
		{"그는 20달러를 주고 산 뒤 떠났다.", "20달러", ""},
	})
}
