package facts

import "testing"

// TestRoleClasses reads the role of amounts in constructions of the
// sixth round (docs/meaning.md "Decisions, sixth round (6b)"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestRoleClasses(t *testing.T) {
	tests := []roleCase{
		// A bound with 인 before any noun: a class.
		{"월급 400만원 이상인 맞벌이 부부는 부담이 는다.", "400만원", RoleOther},
		{"수입금액이 80만원 이하인 부양가족이 있으면 감면을 받는다.", "80만원", RoleOther},
		{"경제 전반에 1조원 이상의 손실이 났다.", "1조원", RoleLevel},
		{"피해액은 5천만 달러 이상인 것으로 추정된다.", "5천만 달러", RoleLevel},
		// A noun glued to 당 right before the amount, a range too: a rate.
		{"그녀는 회당 300만~900만원을 받았다.", "300만~900만원", RoleRate},
		{"광고비는 검색어당 최소 50만원이었다.", "50만원", RoleRate},
		{"해당 300만원은 돌려줬다.", "300만원", RoleLevel},
		{"민주당 5억원, 정의당 1억원을 받았다.", "5억원", RoleLevel},
		// 한 and a noun with 에: the price of one; not 한 번에.
		{"한 계좌에 1천만원을 내야 했다.", "1천만원", RoleRate},
		{"그는 한 번에 1천만원을 냈다.", "1천만원", RoleLevel},
		{"그는 한 회사에 1조 원을 투자했다.", "1조 원", RoleLevel},
		{"그는 한 업체에 5억원을 빌려줬다.", "5억원", RoleLevel},
		// A count before 기준 is a basis, no threshold; one unit makes a rate.
		{"치료제는 8주 기준 3만4천200원이 든다.", "3만4천200원", RoleLevel},
		{"기금은 1갑 기준 354원이다.", "354원", RoleRate},
		{"기준 금액 10억 원을 넘으면 신고한다.", "10억 원", RoleOther},
		// A counted item of a list is no unit of the next amount's price.
		{"경찰은 금괴 40개와 현금 2억원을 압수했다.", "2억원", RoleLevel},
		// A change noun with the amount in brackets after it.
		{"두 예상치의 격차(47원)가 제일 컸다.", "47원", RoleChange},
		// Percents glossed in won share the verb of change after the last.
		{"월세는 올해 들어 4.2%(3만5천원), 3년 전보다 12.6%(9만8천원) 올랐다.", "3만5천원", RoleChange},
		{"월세는 올해 들어 4.2%(3만5천원), 3년 전보다 12.6%(9만8천원) 올랐다.", "9만8천원", RoleChange},
		// What a supposition holds and what follows it: hypothetical.
		{"환율이 1달러당 1300원이라고 가정하고, 500달러어치를 사면 68만원이 청구된다.", "1300원", RoleOther},
		{"물가가 오른다고 가정하면 10년 뒤 담배 한 갑에 6천원을 내야 한다.", "6천원", RoleOther},
		{"정부는 환율 1,300원을 가정한 예산안 600조 원을 냈다.", "600조 원", RoleLevel},
		// 일당 is per a day, no unit; X별로 is per each X, not X별 before a noun.
		{"통역사는 (일당) 25만원을 받는다.", "25만원", RoleLevel},
		{"기업별로 4년간 연 5억원을 지원한다.", "5억원", RoleRate},
		{"세 과학자는 부문별 상금 11억원을 나눠 갖는다.", "11억원", RoleLevel},
		// A topic said to be an amount with 으로 goes on to another clause:
		// a condition there is not the amount's.
		{"전체사업비는 800억원 규모로 내년 시범사업으로 선정될 경우 국비가 더해진다.", "800억원", RoleLevel},
		{"그에게 6000만원을 주면 된다고 했다.", "6000만원", RoleOther},
		{"수출액은 1억 달러로 늘어나면 흑자로 돌아선다.", "1억 달러", RoleOther},
		// A bound before a topic, or before a clause on people: a class.
		{"1000만원 이하 소액보증은 조합에 맡긴다.", "1000만원", RoleOther},
		{"그는 10조원 이상 투자를 했다.", "10조원", RoleLevel},
		{"대출금을 3천만원 이상 미리 갚은 세입자 비중은 18.4%다.", "3천만원", RoleOther},
		{"연간 금융소득 1천만원 이상을 버는 은퇴자 7만여명이 세금을 낸다.", "1천만원", RoleOther},
		{"정부는 1조원 이상을 투입한 사업을 마쳤다.", "1조원", RoleLevel},
		{"6억 달러 이상을 탈취한 해커들은 자금을 세탁했다.", "6억 달러", RoleLevel},
		{"1억 달러 이상 투자가 이뤄졌다.", "1억 달러", RoleLevel},
		// 낮아진다 measured by the amount; a threshold noun before it.
		{"관리비 예치금은 150만원이 줄어든다.", "150만원", RoleChange},
		{"과세 기준선을 현행 2천800만원에서 4천200만원선으로 바꾼다.", "4천200만원", RoleOther},
		// Items in brackets after their nouns share the first one's unit;
		// the verb after the bracket is the noun's, not the amount's.
		{"환경부담금(1병 기준 128원)과 주세(437원), 교육세(219원)가 인상된다.", "219원", RoleRate},
		{"교육세(219원)가 인상된다.", "219원", RoleLevel},
		// Two compared changes with the verb written once, past a base in
		// brackets between them.
		{"이는 작년 조사 결과(39만원)보다 7만원(+19.7%), 재작년 결과(35만원)와 비교해서는 11만원(+33.6%) 증가한 것이다.", "7만원", RoleChange},
		// A supposition of another clause, past -며, supposes nothing here;
		// a verb of its own before a condition takes the amount.
		{"그는 장소가 있다면 텐트를 치겠다고 하였으며, 반대하는 측과 50만원의 내기를 걸었다.", "50만원", RoleLevel},
		{"검찰은 추징금 33억원을 구형해 만약 판결이 구형대로 이뤄질 경우 그는 335억원을 내야 한다.", "33억원", RoleLevel},
		{"검찰은 추징금 33억원을 구형해 만약 판결이 구형대로 이뤄질 경우 그는 335억원을 내야 한다.", "335억원", RoleOther},
	}
	checkRoles(t, tests)
}
