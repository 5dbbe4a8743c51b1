package facts

import "testing"

// TestAgentRound17 reads which noun is the agent by the seventeenth
// round's rules (docs/meaning.md "Seventeenth round: agent — which noun is
// the agent"): a name that opens the sentence as its topic, and an actor
// that opens it as its subject past a clause on a noun; in sentences of our
// own, each beside a near case the rule must leave alone.
func TestAgentRound17(t *testing.T) {
	checkAgents(t, []agentCase{
		// A name opening the sentence as its topic does the deed done to
		// an object in the amount's clause, whatever the verb.
		{"박누리는 누리구단과 총액 30억원으로 계약을 맺었다.", "30억원", "박누리"},
		{"3년 연속 우승에 실패한 누리 타이거즈는 감독과 총액 9억원에 재계약을 체결했다.", "9억원", "누리 타이거즈"},
		{"누리시네마는 조조 요금(주말 7천원)을 적용하고 있다.", "7천원", "누리시네마"},
		// Not a measure that moves, nor what a thing is (a copula), nor
		// an amount in a clause on another noun, nor a clause with no
		// object, nor a title quoted.
		{"누리산 경질유는 3달러 급락한 배럴당 90달러에 거래를 마감했다.", "90달러", ""},
		{"그러나 주당 배당은 시장의 전망치 3 달러를 넘는 수준이다.", "3 달러", ""},
		{"누리식당은 입구에 50달러를 원화로 환산한 가격을 표기해 놓는다.", "50달러", ""},
		{"과세구간은 지금의 8억원에서 6억원으로 내려간다.", "8억원", ""},
		{"'누리 나이트’는 개봉 첫주 1억 달러의 수익을 올리며 1위를 차지했다.", "1억 달러", ""},
		// An actor with 이/가 that opens the sentence, before a clause on a
		// noun that is no subject, with no subject after it, is the
		// sentence's subject; not a bare common noun of bodies, nor one
		// before a noun that is a subject, nor one after a topic.
		{"누리국 정부가 극심한 가뭄 피해를 겪고 있는 이웃 나라에 1억 달러를 추가 지원합니다.", "1억 달러", "누리국 정부"},
		{"누리국 법무부가 돈세탁에 연루된 기업 3곳에 대해 300만 달러 몰수 소송을 제기했습니다.", "300만 달러", "누리국 법무부"},
		{"업계가 강력히 반대해온 규제 실시를 미루고 지원 규모를 2조 원으로 늘리는 대책을 내놓았다.", "2조 원", ""},
		{"누리국 법무부가 연루된 기업 3곳이 300만 달러를 냈다.", "300만 달러", "기업 3곳"},
		// A price in brackets glossing a thing that another is compared
		// with or counted from is nobody's; not the same measure earlier,
		// nor a price applied.
		{"누리쿠키는 경쟁상품인 다온칩(4천원)보다 15% 싸다고 누리제과는 밝혔다.", "4천원", ""},
		{"누리 의원은 배상금액을 기준액(3만원)의 5배를 넘지 못하도록 하는 법안을 냈다.", "3만원", ""},
		{"누리공사에 따르면 배추 한포기 소매가격은 한달 전(10,886원)보다 33% 내렸다.", "10,886원", "누리공사"},
	})
}
