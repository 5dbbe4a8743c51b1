package facts

import "testing"

// TestRoleClasses9 reads the role of amounts in the constructions of the
// ninth round (docs/meaning.md "Ninth round: time and role on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestRoleClasses9(t *testing.T) {
	tests := []roleCase{
		// A unit with 당 in the other ways it is written: glued to 한 and
		// a counter before the noun the amount measures, a noun the fact
		// extractor keeps as a context word, a spaced 당 after its noun.
		{"이 타일은 한장당 가격이 무려 3만원이다.", "3만원", RoleRate},
		{"벼룩 시장의 거래가격은 한 켤레당 3만원이다.", "3만원", RoleRate},
		{"시는 마을 당 최대 3천만원까지 지원한다.", "3천만원", RoleRate},
		{"우리 당 예산 5억원을 썼다.", "5억원", RoleLevel},
		{"그 당 5억원을 썼다.", "5억원", RoleLevel},
		// A unit of volume glossed in brackets, and 하나에 after a noun:
		// the price of one.
		{"생수는 500ml(밀리리터)에 300원이다.", "300원", RoleRate},
		{"그는 그림 하나에 500만원을 받는다.", "500만원", RoleRate},
		{"그는 그림을 하나 팔아 500만원을 받았다.", "500만원", RoleLevel},
		// Brackets of a scale: 구간 after the amount, 이하에서는, a band
		// with its part bounded before a class.
		{"소득 4천만원 이하 구간의 가구는 세금이 준다.", "4천만원", RoleOther},
		{"4천만∼6천만원 구간에서도 세금이 늘었다.", "4천만∼6천만원", RoleOther},
		{"소득 4천만원 이하에서는 세금이 줄어든다.", "4천만원", RoleOther},
		{"2000원 이하에서 머물렀던 값은 2800원까지 올랐다.", "2000원", RoleLevel},
		{"연봉 4천만원대 후반 이하의 직장인은 공제를 받는다.", "4천만원", RoleOther},
		{"그는 4천만원대 초반의 연봉을 받는다.", "4천만원", RoleLevel},
		// A bound before a class of deals, goods or crimes it sorts; not
		// goods that are the object of a deed.
		{"1억원 이상의 횡령죄에 대해 가중처벌한다.", "1억원", RoleOther},
		{"150달러 이하 물건에 관세가 붙지 않는다.", "150달러", RoleOther},
		{"1회 5만달러 이상의 고액거래 20건이 적발됐다.", "5만달러", RoleOther},
		{"3천억 달러어치 이상 규모의 제품을 수출했다.", "3천억 달러", RoleLevel},
		{"800달러 밑으로는 세금이 붙지 않는다.", "800달러", RoleOther},
		// Deeds that may or may not be done: a wish in a condition, 시
		// after a verb, a possibility, an option passed over, a least
		// amount to start from.
		{"그가 2억 달러를 투자하고 싶다면 허락하겠다.", "2억 달러", RoleOther},
		{"그가 2억 달러를 투자하고 싶다고 말했다.", "2억 달러", RoleLevel},
		{"3만원 이상 구매할 시 사은품을 준다.", "3만원", RoleOther},
		{"그녀가 내년 5천만 달러 이상을 받을 가능성이 높다.", "5천만 달러", RoleOther},
		{"북한이 4천만 달러 이상의 비트코인을 현금화하려고 시도할 가능성이 있다.", "4천만 달러", RoleLevel},
		{"그는 20년에 걸쳐 3억달러를 받기보다 한번에 2억달러를 받기로 했다.", "3억달러", RoleOther},
		{"그는 20년에 걸쳐 3억달러를 받기보다 한번에 2억달러를 받기로 했다.", "2억달러", RoleLevel},
		{"1만원부터 후원을 시작할 수 있다.", "1만원", RoleOther},
		{"가격은 1만원부터 3만원까지 다양하다.", "1만원부터 3만원", RoleLevel},
		// Judging from (…인 점으로 본다면) is no condition; a law's maximum
		// stays a level though the next item opens with a condition.
		{"수출액이 173만 달러인 점으로 본다면 많이 판매한 셈이다.", "173만 달러", RoleLevel},
		{"훼손하면 2천만원 이하 벌금, 방치하면 500만원 이하 과태료에 처해진다.", "2천만원", RoleLevel},
		{"피해액이 1천만원 이상이면 과태료를 물린다.", "1천만원", RoleOther},
		// R12: a unit of time shorter than a day makes a rate; 분당 alone
		// is a city.
		{"그가 받는 돈은 1초에 5천만원이다.", "5천만원", RoleRate},
		{"그는 한 시간에 1만원을 번다.", "1만원", RoleRate},
		{"초당 5만원이 나간다.", "5만원", RoleRate},
		{"분당 아파트 값은 10억원이다.", "10억원", RoleLevel},
		{"그는 한 해에 1억원을 번다.", "1억원", RoleLevel},
		// R13: a name made of an amount (a plan, a law) is other; the
		// amount of a fine before the law that sets it is not.
		{"이 할인액은 5만5,000원 요금제 기준으로 3,000원이다.", "5만5,000원", RoleOther},
		{"의원은 '재판 지연 3억원 배상 특례법'을 발의했다.", "3억원", RoleOther},
		{"카페에 '과태료 3만원 주차위반의 비밀'이라는 글을 올렸다.", "3만원", RoleLevel},
		{"이 방법으로 5억원 방법을 찾았다.", "5억원", RoleLevel},
		// A change from one amount: the smaller after a verb of rising is
		// its size; the larger is where it ends (eighth round).
		{"인건비 총액이 9천억 원에서 200억 원 오르고 급식비도 늘었다.", "200억 원", RoleChange},
		{"운임은 1천400원에서 1천600원 인상된다.", "1천600원", RoleLevel},
		{"가격은 5만원에서 2만원 내렸다.", "2만원", RoleLevel},
		{"가격은 5만원에서 8만원 내렸다.", "8만원", RoleChange},
		// A discount from a base compared, and the size of a gap; a
		// discount given is a level.
		{"정가인 2만원보다 5천원 할인된 가격에 판다.", "5천원", RoleChange},
		{"다음 방문 때 5천 원을 할인할 계획이다.", "5천 원", RoleLevel},
		{"그의 자산은 2위의 900억 달러와 500억 달러 이상 큰 격차를 보였다.", "500억 달러", RoleChange},
		// The size of a change said of with 의 (40조원 이상의 증가); goods
		// counted in a list with 등 give no unit.
		{"내년에도 15조원 이상의 증가를 나타낼 전망이다.", "15조원", RoleChange},
		{"올해도 40조원 이상의 예산을 쓸 전망이다.", "40조원", RoleLevel},
		{"그는 반지 8개와 시계 11개 등 시가 7억원 상당 장물을 처분했다.", "7억원", RoleLevel},
		{"쌀 1kg 가격은 3천원이다.", "3천원", RoleRate},
		// A bound whose passing is tested (초과 여부) is a threshold.
		{"입국자는 면세한도(800달러) 초과 여부를 확인받는다.", "800달러", RoleOther},
		{"여행자는 면세한도(600달러)를 점검받는다.", "600달러", RoleLevel},
		// A noun of a price per unit glossed in brackets: 중간가격(기준환율).
		{"센터는 위안화 대비 달러 중간가격(기준환율)을 하루 전보다 내린 7.1235위안으로 발표했다.", "7.1235위안", RoleRate},
		{"센터는 위안화 대비 달러 중간가격(평균)을 7.1235위안으로 발표했다.", "7.1235위안", RoleLevel},
	}
	checkRoles(t, tests)
}
