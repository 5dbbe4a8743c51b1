package facts

import "testing"

// TestPurposeClasses9 reads the purpose of amounts in the constructions of
// the ninth round (docs/meaning.md "Ninth round: purpose on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestPurposeClasses9(t *testing.T) {
	tests := []purposeCase{
		// A litre written l, L or ℓ before 당 is a unit of a rate, no noun
		// the amount measures: the topic is.
		{"이날 경유 평균값은 l당 1천380원이다.", "1천380원", "경유 평균값"},
		{"등유 최저가는 ℓ당 1100원으로 내렸다.", "1100원", "등유 최저가"},
		{"경유 평균값은 kg당 1천380원이다.", "1천380원", "경유 평균값"},
		// The price of goods its verb sells, their noun that verb's object
		// apart from the amount: past verbs that chain into the sale, or
		// after 받고, with a verb that sells or does the deed (하다,
		// 시키다). A verb that gives (제공한) is neither; an object right
		// before the amount keeps its deed (US스틸 매수).
		{"그는 골동품 도자기를 몰래 빼돌려 단돈 300만원에 처분했다.", "300만원", "골동품 도자기"},
		{"그는 진통제를 상자 당 3천 원에 판매하기 시작했다.", "3천 원", "진통제"},
		{"그는 손님에게 10만원을 받고 불법 시술을 한 혐의로 입건됐다.", "10만원", "불법 시술"},
		{"그는 경매에서 5만 달러를 받고 조각상 한 점을 내다 팔았다.", "5만 달러", "조각상"},
		{"그는 요원에게 수천 달러를 받고 기밀 문서를 제공한 혐의를 받고 있다.", "수천 달러", ""},
		{"일본제철은 US스틸을 149억달러에 매수할 계획이다.", "149억달러", "US스틸 매수"},
		{"회사는 유조선을 약 60만 달러에 구매한 뒤 이를 밀수에 썼다.", "60만 달러", "유조선 구매"},
		{"자신이 훔친 시계가 고가인 줄 모르고 그는 고작 5만 원에 팔았다.", "5만 원", ""},
		// A bound noun (짜리) or qualifiers (이상, 씩) written apart from
		// the amount tie it to the noun after them, in no part of it.
		{"그가 찬 것은 3억원 짜리 손목시계였다.", "3억원", "손목시계"},
		{"그는 대학마다 5만 달러 이상씩의 자문료를 받았다.", "5만 달러", "자문료"},
		{"그는 3억원짜리 손목시계를 찼다.", "3억원", "손목시계"},
		// The noun a clause on the amount modifies, when nothing else
		// says what it is for: past adverbs and verbs that chain into
		// the adnominal verb; an event or a time it modifies (사건, 시점)
		// is none.
		{"그들은 피해자에게 매달 50만원씩 지급되는 생계비를 빼앗았다.", "50만원", "생계비"},
		{"세 기관이 95억원을 공동 투자해 건립한 연구 센터는 다음 달 문을 연다.", "95억원", "연구 센터"},
		{"최대 80만 달러에 이르는 이 그림은 경매에 나온다.", "80만 달러", "그림"},
		{"거래소에서 3천만 달러가 탈취된 사건도 북한 소행으로 지목됐다.", "3천만 달러", ""},
		{"작년엔 5억 달러를 달성한 시점이 12월이었다.", "5억 달러", ""},
		// A penalty before an order on it (선고, 약식명령) is what the
		// amount is; a penalty after it closing an item of a list too.
		{"재판부는 그녀에게 벌금 150만 원의 선고유예 판결을 했다.", "150만 원", "벌금"},
		{"그는 징역형과 벌금 30만 달러를 선고받았다.", "30만 달러", "벌금"},
		{"공정위는 시정 명령과 과태료 1500만원을 부과했다.", "1500만원", "과태료"},
		{"그에게 내려진 과태료 80만원 처분에 불복했다.", "80만원", "과태료"},
		{"무단 개조는 징역 1년 이하 또는 1천만원 이하 벌금, 단순 누락은 과태료 30만원을 문다.", "1천만원", "벌금"},
		// The values of a ranking measure what it ranks by (X이 가장
		// 많았던) or what the value before measures (…로 그 뒤를 이었다).
		{"이번 공개 대상자 가운데 정 전 장관이 42억원을 신고해 재산이 제일 많았고 오 시장이 37억원으로 뒤를 이었다.", "37억원", "재산"},
		{"이번 공개 대상자 가운데 정 전 장관이 42억원을 신고해 재산이 제일 많았고 오 시장이 37억원으로 뒤를 이었다.", "42억원", "재산"},
		{"수출이 가장 많았던 나라는 500억 달러의 미국으로 나타났다.", "500억 달러", "수출"},
		{"수출액 80만 달러를 기록한 잠비아가 2위였고, 태국이 50만 달러로 그 뒤를 이었다.", "50만 달러", "수출액"},
		{"태국이 50만 달러로 1위였다.", "50만 달러", ""},
		// A measure reaching a figure (기록, 돌파) past clauses on other
		// nouns whose subjects are actors or modify a noun.
		{"북한의 적자액은 북한이 수입을 크게 줄인 2020년과 2021년 각각 3억 달러와 1억 달러를 기록했다.", "1억 달러", "적자액"},
		{"그의 재산이 전 세계 부호 가운데 처음으로 2천억 달러를 돌파했다.", "2천억 달러", "재산"},
		{"하지만 불황이 끝난 2015년에 70억달러를 기록했다.", "70억달러", ""},
		// A measure given by items that name actors: the items are no
		// purpose, the measure before them is.
		{"1인당 소득은 인도가 300 달러 수준이다.", "300 달러", "1인당 소득"},
		// P5: a verb that only moves or takes money names nothing it is
		// for; one whose noun says what the money is (배상, 보상) does.
		{"그 가수는 수재민을 위해 써달라며 2억원을 기부했다.", "2억원", ""},
		{"세무서는 체납자의 예금 3천만원 상당을 압류했다.", "3천만원", "예금"},
		{"검찰은 그 결과 약 500억원 상당을 압류했다.", "500억원", ""},
		{"회사는 피해자들에게 최고 3천만원을 보상할 계획이다.", "3천만원", "보상"},
		{"법원은 회사가 유족에게 8억 원을 배상하라고 판결했다.", "8억 원", "배상"},
		// P7: a noun of pay per period is a purpose, 일당 too.
		{"업체는 지원자들에게 일당 7만 원을 주고 종일 전단지를 돌리게 했다.", "7만 원", "일당"},
		{"'황제 노역 일당 3억원' 논란이 일었다.", "3억원", "황제 노역 일당"},
		{"그는 올해 연봉 2억원에 재계약했다.", "2억원", "연봉"},
		{"그는 하루 5만 원을 받았다.", "5만 원", ""},
		// P4: a trailing 등 is dropped, the list it closes kept across its
		// commas; a quoted name that holds its 등 keeps it.
		{"판매자는 포장비, 보험료 등의 명목으로 20만원을 청구했다.", "20만원", "포장비, 보험료"},
		{"예산은 보건 사업 등에 50만 달러가 배정됐다.", "50만 달러", "보건 사업"},
		// P1: a 등 inside the phrase keeps the items it closes.
		{"북한은 상반기 중국에 총 3천만 달러어치의 가발과 속눈썹 등 인조 모발 제품을 수출했다.", "3천만 달러", "가발과 속눈썹 등 인조 모발 제품"},
		{"그는 부동산과 주식 등 자산 2천억 달러를 보유하고 있다.", "2천억 달러", "부동산과 주식 등 자산"},
		// P1 amended: X에 대한 before a noun of money X receives names the
		// receiver, out of the purpose; before a deed done to X it stays.
		{"의회는 이 기관에 대한 예산으로 3억 달러를 배정했다.", "3억 달러", "예산"},
		{"상무부는 인텔에 대한 보조금 50억 달러를 확정했다.", "50억 달러", "보조금"},
		// P1 amended: a bracket after the head is no part of the purpose;
		// a name's original spelling (Latin letters) stays with it.
		{"도는 개당 3만원 상당의 전기방석(온열기) 500개를 나눠준다.", "3만원", "전기방석"},
		{"통신은 업체가 팍스로비드(Paxlovid)를 상자 당 2천 위안에 판매하기 시작했다고 전했다.", "2천 위안", "팍스로비드(Paxlovid)"},
		{"이들 주택은 각각 100만 달러에 팔렸다.", "100만 달러", "주택"},
		{"재판부는 밀린 부양료 1500만원을 지급하라고 판결했다.", "1500만원", "부양료"},
		{"행사는 입장료 미화 30달러를 받는다.", "30달러", "입장료"},
		{"그녀는 비서 오씨로부터도 알선 대가 등으로 3억원을 받은 것으로 드러났다.", "3억원", "알선 대가"},
		{"러시아는 EU에 대한 석탄 수출로 한 해 30억 유로를 벌어들인다.", "30억 유로", "EU에 대한 석탄 수출"},
		// P2: a fiscal year stays in the purpose; a bare year before a
		// measure is its time only.
		{"국방부가 제출한 2024회계연도 전체 국방예산 8천억 달러의 5%에 달한다.", "8천억 달러", "2024회계연도 전체 국방예산"},
		{"의회는 2025 회계연도 예비비 30억 달러를 승인했다.", "30억 달러", "2025 회계연도 예비비"},
		{"북한의 2021년 무역액은 3억 달러였다.", "3억 달러", "무역액"},
		// P3: a bare noun of people before a charge they pay is its
		// agent, out of the purpose; an owner that is a thing stays.
		{"다음 달부터 3천원 안팎의 환자 본인부담금을 물어야 한다.", "3천원", "본인부담금"},
		{"세월호의 장부가액은 126억원이었다.", "126억원", "세월호의 장부가액"},
		// A bound (초과, 이상) on the measure written before the amount
		// sorts the class after it: the measure is the purpose; with no
		// measure before, the class is.
		{"연봉 7천만원 초과 구간 근로자는 세금이 늘어난다.", "7천만원", "연봉"},
		{"5천만 달러 이하의 해킹 공격이 늘었다.", "5천만 달러", "해킹 공격"},
		// A step of a scale (구간) with no measure before it measures what
		// the scale's other bound does.
		{"연봉 4천만원 이하에서는 세부담이 없고, 4천만∼5천만원 구간에서는 세금이 적다.", "4천만∼5천만원", "연봉"},
		// Counts of goods: a native numeral with its counter closes no
		// purpose (멜론 한 쌍(2개) → 멜론, 작품 하나 → 작품); goods joined
		// with their counts keep the first item's noun (치킨 2마리와 피자);
		// 한 달 is a time, no count of goods.
		{"일본에서 수박 한 쌍(2개)이 80만 엔에 팔렸다.", "80만 엔", "수박"},
		{"그녀는 매장에서 치킨 3마리와 피자 1판(7만원 상당)을 훔쳐 달아난 혐의를 받고 있다.", "7만원", "치킨 3마리와 피자"},
		{"가수 개리가 한 달 행사료 3000만 원을 받는다.", "3000만 원", "행사료"},
		// What an amount is paid as with 내다 (팁으로 … 내놓은); a noun of
		// manner with 으로 (수법, 활동) says how, not what as.
		{"손님들은 팁으로 300달러까지 내놓았다.", "300달러", "팁"},
		{"그들은 이런 수법으로 지난해에만 200만 달러를 벌었다.", "200만 달러", ""},
		{"러시아는 석탄 수출로 한 해 약 30억 유로를 벌어들인다.", "30억 유로", "석탄 수출"},
		// X 시 after a noun is "when X", a condition, as 위반할 시 is: no
		// noun the amount measures.
		{"1회 주문 시 20만원 이상은 배송이 금지돼 있다.", "20만원", ""},
		// P1: 기존 before the noun is the noun's own; before the amount it
		// is said of the amount (eighth round).
		{"기존 판매가격이 개당 3만원이었다.", "3만원", "기존 판매가격"},
		{"과표구간은 기존 5억원에서 3억원으로 낮아진다.", "5억원", "과표구간"},
		// P6: goods one can buy at the price, which the amount's clause
		// modifies, outrank a topic said to be them.
		{"이 세트는 온라인에서 3만원에 구매할 수 있는 기념품이다.", "3만원", "기념품"},
		{"화면 속 가방은 온라인에서 8만원 가량에 살 수 있는 에코백인데요.", "8만원", "에코백"},
		// P7: a court's order quoted in a suit takes the suit's claim.
		{"재판부는 C씨가 D사를 상대로 제기한 손해배상 소송에서 \"700만원을 지급하라\"며 원고 일부 승소 판결을 내렸다.", "700만원", "손해배상"},
		{"재판부는 D사가 700만원을 지급하라고 판결했다.", "700만원", ""},
		// P7: the cost of a deed with 데 is for the deed's objects, the
		// first of its clauses'; its count of goods left out.
		{"책과 담요를 사고 노인을 보살필 사람을 쓰는 데 드는 40달러로 가정들을 돕는다.", "40달러", "책과 담요"},
		{"2030년에는 소주 한 병을 사는데 3천원을 내야 한다.", "3천원", "소주"},
		{"새 청사를 짓는데 500억원이 들었다.", "500억원", "새 청사"},
		// A program an amount a move-only verb pays goes through is its
		// purpose (P1: the head after the name kept); a body or a medium
		// of saying is none.
		{"재단은 ‘희망장학금’ 프로그램을 통해 탈북민들에게 모두 20만 달러를 지급했다.", "20만 달러", "‘희망장학금’ 프로그램"},
		{"그녀는 적십자를 통해 이재민들에게 3억원을 기부했다.", "3억원", ""},
		{"국무부는 별도의 성명을 통해 제보자에게 최대 500만 달러를 지급하겠다고 밝혔다.", "500만 달러", ""},
		{"두 번째로 많이 수입한 품목은 담배였으며, 설탕(38만 달러·1천t)과 고무 시트(26만 달러·900t)가 뒤를 이었다.", "26만 달러", "고무 시트"},
	}
	checkPurposes(t, tests)
}

// TestVerbForms9 tells from nouns the verb forms the ninth round found
// read as nouns (purposes 나아, 보여주, 떼어내, 급감하더니): -더니, -아/-어
// 내다, 올라 (오르다), 모은, 붙는, -아/-어 주다, and 나아가; nouns that end
// alike stay nouns.
func TestVerbForms9(t *testing.T) {
	tests := []struct {
		w    string
		verb bool
	}{
		{"급감하더니", true}, {"떼어내", true}, {"받아내", true}, {"올라", true}, {"떠올라", true},
		{"올라온", true}, {"모은", true}, {"붙는", true}, {"알아주는", true}, {"보여주는", true},
		{"사다주는", true}, {"나아가", true}, {"앉은", true},
		{"수준이지만", true}, {"아내", false}, {"치킨", false}, {"사진", false}, {"아내가", false}, {"나라", false}, {"캘리포니아주는", false}, {"세금", false},
	}
	for _, tt := range tests {
		if got := splitWords(tt.w)[0].verb; got != tt.verb {
			t.Errorf("splitWords(%q)[0].verb = %v, want %v", tt.w, got, tt.verb)
		}
	}
}
