package facts

import "testing"

// TestRoleClasses12 reads the role of amounts in the constructions of the
// twelfth round (docs/meaning.md "Twelfth round: time and role on d12"),
// in sentences of our own, each with a near case the rule must leave
// alone.
func TestRoleClasses12(t *testing.T) {
	tests := []roleCase{
		// 모든 and a noun with 에 right before the amount: given for each
		// of them, a rate; a time is no unit.
		{"구단은 모든 경기에 5만달러를 선수에게 지급했다.", "5만달러", RoleRate},
		{"모든 공연에 20만원이 지원된다.", "20만원", RoleRate},
		{"모든 해에 5만달러가 지급되었다.", "5만달러", RoleLevel},
		// 한 개 and a noun with 에, past an adnominal verb: one of many,
		// each given the amount; 한 alone before a body names a certain one.
		{"한 개 기업에 빌려주는 한도는 10억원이다.", "10억원", RoleRate},
		{"한 회사에 빌려준 돈은 10억원이다.", "10억원", RoleLevel},
		// An amount paid with 더 and named by no bare noun is how much
		// more is paid; an extra charge named bare is an item, a level.
		{"온라인으로 사는 고객들은 2만원가량 더 주고 물건을 사야 한다.", "2만원", RoleChange},
		{"손님은 보증금 300원을 더 내고 컵을 받는다.", "300원", RoleLevel},
		// Letters given in brackets for a measure per unit stand for it:
		// an amount they measure is a rate; letters of a total are none.
		{"증권사가 회사의 주당순이익(EPS)을 산출한 결과, EPS는 2023년 500원으로 늘었다.", "500원", RoleRate},
		{"증권사가 회사의 순이익(NI)을 산출한 결과, NI는 2023년 500억원으로 늘었다.", "500억원", RoleLevel},
		// 덜 before a verb after the noun an amount sizes with 의 is less
		// of it: a change; without 덜 it is what is paid, a level.
		{"가구들은 연간 200억 달러 규모의 이자를 덜 지불하게 된다.", "200억 달러", RoleChange},
		{"가구들은 연간 200억 달러 규모의 이자를 지불하게 된다.", "200억 달러", RoleLevel},
		// A series of one rate's values by time goes on past a clause's
		// end when the next value stands after a time of its own; a
		// series of totals stays levels.
		{"쌀 가격은 2020년 1kg에 1천원, 2021년 1천200원이었는데 올해는 1천500원을 넘었다.", "1천500원", RoleRate},
		{"매출은 2020년 10억원, 2021년 12억원이었는데 올해는 15억원을 넘었다.", "15억원", RoleLevel},
		// A rate word whose own amount and its verb stand between it and a
		// later amount is not the later one's; items of a list with no
		// verb between share it.
		{"그는 달러당 50원을 계좌에 입금하는 방식으로 10억원 상당의 돈을 챙겼다.", "10억원", RoleLevel},
		{"회사는 건당 120만원에 '베스트', 70만원에 '클릭'에 소개를 실었다.", "70만원", RoleRate},
		// 대입하면 sets how a figure is counted, no condition: the amount
		// substituted is a level; 지급하면 is a condition.
		{"이를 지난해 수출액 1천만 달러에 대입하면 개당 가격은 11센트다.", "1천만 달러", RoleLevel},
		{"회사가 1천만 달러를 지급하면 소송은 끝난다.", "1천만 달러", RoleOther},
		// A value contrasted with a rate by 인데 반해 is of the same
		// measure; contrasted with a total it stays a level.
		{"한국의 1인당 GDP는 3만 달러인데 반해 북한은 1천 달러로 추정된다.", "1천 달러", RoleRate},
		{"한국의 수출액은 3천억 달러인데 반해 북한은 30억 달러로 추정된다.", "30억 달러", RoleLevel},
		// The figures of a study of a rate (시급을 분석한 결과) are values
		// of that rate; of a study of totals, levels.
		{"누리잡이 구인광고 시급을 분석한 결과 촬영보조가 평균 1만1천원을 받았다.", "1만1천원", RoleRate},
		{"알바천국이 채용공고 매출을 분석한 결과 피팅업체가 평균 1억원을 벌었다.", "1억원", RoleLevel},
		// One piece right before the amount, bare or before a verb of its
		// sale with -면: the price of each; a number of pieces is a total.
		{"그는 우표상에 1세트 230만 원씩 10세트를 팔았다.", "230만 원", RoleRate},
		{"잡지는 한 부 팔리면 5천 원이다.", "5천 원", RoleRate},
		{"그는 우표 10세트 2300만 원을 받았다.", "2300만 원", RoleLevel},
		{"잡지는 1만 부가 팔렸고 매출은 5천만 원이다.", "5천만 원", RoleLevel},
		// A rate per one unit of the amount's own currency prices what
		// is bought: the amount is a level; per another unit, a rate.
		{"그는 1달러당 1300원씩 5만 달러를 샀다.", "5만 달러", RoleLevel},
		{"환율은 1달러당 1300원이다.", "1300원", RoleRate},
		// 더 before a word of more or less is a comparison with its base
		// unwritten: the amount is the difference; without 더 and a base
		// the amount is what is many.
		{"A사가 1억원을 내놓자 B사는 2천만원이 더 많은 돈을 내놓았다.", "2천만원", RoleChange},
		{"B사는 2천만원이 넘는 돈을 내놓았다.", "2천만원", RoleLevel},
		// A verb of leading with the amount its object and a base with
		// 보다: by how much; the amount owned with 의 is the level passed.
		{"올해 수출은 일본보다 3억 달러를 앞질렀다.", "3억 달러", RoleChange},
		{"영국의 GDP는 3조 달러로 인도의 2조9천억 달러를 앞섰다.", "2조9천억 달러", RoleLevel},
		// A topic that is a change (늘어난 부분은) makes the amounts said
		// of it its parts, changes; a level named so (늘어난 예산은) stays.
		{"작년보다 늘어난 부분은 인건비가 3억원, 그리고 임대료에 2억원이다.", "3억원", RoleChange},
		{"작년보다 늘어난 부분은 인건비가 3억원, 그리고 임대료에 2억원이다.", "2억원", RoleChange},
		{"작년보다 늘어난 예산은 인건비가 3억원이다.", "3억원", RoleLevel},
		// A question of whether one can, in the amount's clause, claims
		// nothing; one of the past asks of a deed done.
		{"그렇게 해서 과연 1억원을 모을 수 있을까?", "1억원", RoleOther},
		{"그는 왜 1억원을 썼을까?", "1억원", RoleLevel},
		{"'언제 또 살 수 있을까'하는 생각에 3천원을 냈다.", "3천원", RoleLevel},
		// A negated copula: the amount is said not to be.
		{"목표는 몇 백만 원이 아니다.", "몇 백만 원", RoleOther},
		{"목표는 5백만 원이다.", "5백만 원", RoleLevel},
		// A target of a clause of until is a level, as every goal is
		// (K3); so is an amount after such a clause.
		{"그는 저축이 1억 원이 될 때까지 일했다.", "1억 원", RoleLevel},
		{"제품은 재고가 소진될 때까지 2700원에 판매된다.", "2700원", RoleLevel},
		// A change supposed with a concessive -도; -기도 (also) is done.
		{"주가가 3천 원만 내려가도 손실이 난다.", "3천 원", RoleOther},
		{"주가는 한때 3천 원 내려가기도 했다.", "3천 원", RoleChange},
		{"사용자의 33%는 지금보다 100달러가 더 비싸도 사겠다고 답했다.", "100달러", RoleOther},
		{"새 모델은 지금보다 100달러가 더 비싸다.", "100달러", RoleChange},
		// A habitual -면 in a past narrative, its result a clause on the
		// object of the sentence's verb, tells changes that happened; a
		// -면 that supposes keeps its amount other.
		{"주가는 그 후 500원 내려가면 200원 되돌아오는 등락을 한달 계속하더니 결국 떨어지고 말았다.", "500원", RoleChange},
		{"주가는 그 후 500원 내려가면 200원 되돌아오는 등락을 한달 계속하더니 결국 떨어지고 말았다.", "200원", RoleChange},
		{"만일 주가가 500원 내려가면 200원의 손해가 난다.", "500원", RoleOther},
		{"주가가 500원 내려가면 손해를 본다.", "500원", RoleOther},
		// A sentence that asks the reader to suppose it (…다고 하자,
		// 상정해 보자) supposes every amount; 예를 들어 alone gives an
		// example that happened.
		{"예를 들어 원가가 100만원인 상품을 120만원에 팔았다고 하자.", "100만원", RoleOther},
		{"예를 들어 원가가 100만원인 상품을 120만원에 팔았다고 하자.", "120만원", RoleOther},
		{"종자돈 300만원을 국채에 10년 묻어 둔다고 상정해 보자.", "300만원", RoleOther},
		{"예를 들어 그 나라의 월 평균임금은 80달러에 불과하다.", "80달러", RoleLevel},
		{"그는 원가가 100만원인 상품을 120만원에 팔았다고 한다.", "120만원", RoleLevel},
		// An amount that is the object of 내면 is the condition of a
		// payment; 내고 is paid.
		{"그는 '500만 원을 내면 가르쳐 주겠다'는 사람과 만났다.", "500만 원", RoleOther},
		{"그는 500만 원을 내고 그 종목을 알아냈다.", "500만 원", RoleLevel},
		// A chain of clauses joined by -고, -며 or -지만 that ends in
		// -다면 supposes the amount of its first clause; one that ends in
		// a statement does not.
		{"6월에 100만원의 자금이 부족하지만 7월에는 여유가 생긴다면 이 거래로 충당할 수 있다.", "100만원", RoleOther},
		{"1억 원을 벌었음을 감사히 여기고 검소하게 살아간다면 성공이다.", "1억 원", RoleOther},
		{"6월에 100만원의 자금이 부족하지만 7월에는 여유가 생긴다.", "100만원", RoleLevel},
		{"그는 1억 원을 벌었음을 감사히 여기고 검소하게 살아간다.", "1억 원", RoleLevel},
		// An amount recalled with -던 in the object of a condition is a
		// fact looked back on; one the condition holds is supposed.
		{"한때 1g당 1만 원이었던 때를 생각하면 많이 오른 셈이다.", "1만 원", RoleRate},
		{"값이 1g당 1만 원이 되는 때를 생각하면 많이 오른 셈이다.", "1만 원", RoleOther},
	}
	checkRoles(t, tests)
}

// TestPerClasses12 reads per of amounts in the constructions of the
// twelfth round, each with a near case it must leave alone.
func TestPerClasses12(t *testing.T) {
	tests := []perCase{
		// A word of every period that is another predicate's, with a
		// named year of the amount after that predicate, gives no per.
		{"지원금은 신청자가 해마다 크게 늘어 2019년 10억원이었던 것이 2023년엔 40억원으로 늘었다.", "10억원", ""},
		{"정부는 해마다 10억원을 지원한다.", "10억원", PerYear},
		{"정부는 2019년부터 매년 10억원을 지원했다.", "10억원", PerYear},
		// A word of every period outside a quotation says nothing of the
		// amount inside it.
		{"그는 매일 아침 '1억 원을 벌겠다'고 다짐했다.", "1억 원", ""},
		{"그는 매일 1만 원을 저축했다.", "1만 원", PerDay},
		// 월 with a particle or after a number is a month named.
		{"회사는 6 월에 100만원의 자금이 부족했다.", "100만원", ""},
		{"회사는 월 100만원의 자금이 부족했다.", "100만원", PerMonth},
		// 다달이 (every month) is per month, as 매달 is: an adverb, no
		// noun with 이.
		{"그는 다달이 70만 원씩 저축했다.", "70만 원", PerMonth},
		{"그는 다달이 은행에 갚아야 하는 100만원을 마련했다.", "100만원", PerMonth},
		{"그는 다음달 70만 원을 저축했다.", "70만 원", ""},
		// 1일 right before an amount, with no month before it, is per
		// day; after a month it is a day of that month.
		{"연구원은 1일 90달러 정도의 요금으로 탈 수 있었다.", "90달러", PerDay},
		{"연구원은 3월 1일 90달러의 요금을 냈다.", "90달러", ""},
		{"재무부는 1일 6억 달러를 탈취한 조직을 제재했다.", "6억 달러", ""},
		// An amount restating the one before it, with 로, in another
		// currency is per its period.
		{"그 나라의 월 평균임금은 80달러로 6만 원 수준이다.", "6만 원", PerMonth},
		{"그 나라의 평균임금은 80달러로 6만 원 수준이다.", "6만 원", ""},
		// 한달 or 한해 glued right before the amount is per month or year,
		// as 한 달 is; after 지난 it is a duration.
		{"가게는 한달 150만원의 수입을 올렸다.", "150만원", PerMonth},
		{"가게는 지난 한달 150만원의 수입을 올렸다.", "150만원", ""},
	}
	checkPers(t, tests)
}
