package facts

import "testing"

// TestAgentClasses14 reads the agent of amounts in the constructions of
// the fourteenth round (docs/meaning.md "Fourteenth round: agent"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses14(t *testing.T) {
	checkAgents(t, []agentCase{
		// A clause has one subject: when the amount, or the noun it
		// measures before it, is its clause's subject (…이/가), a subject
		// after the amount is another clause's.
		{"금고에 둔 수표 700만 원이 없어져 경찰이 조사에 나섰다.", "700만 원", ""},
		{"당첨금이 약 5억 달러에 달하는 누리주 복권의 당첨자가 나왔다.", "5억 달러", ""},
		{"우체국에서 찾은 500만원을 가방에 넣어 가다가 잃어버린 한씨는 길을 되짚어갔다.", "500만원", "한씨"},
		{"이 중 2천억 달러는 누리국이 맡을 것이라고 총리는 밝혔다.", "2천억 달러", "누리국"},
		// A country, a place or a thing with 에서는 is where, as with 에서:
		// no subject; a body with it may be who (한은에서는 …).
		{"누리국에서는 해마다 마약 거래에 약 5억 달러가 쓰이고 있다.", "5억 달러", ""},
		{"또 온라인 상영관에서는 이미 1억 달러 이상의 수익을 올렸다.", "1억 달러", ""},
		{"한국은행에서는 올해 3조 원을 시중에 풀기로 했다.", "3조 원", "한국은행"},
		// X에 따르면 names no agent of others' money (E1): only a market's
		// price or rate, or the source's own account, keeps the source.
		{"28일 누리부에 따르면 지난 2000년부터 올해 6월 말까지 이주민들에게 지원된 정착금은 모두 2천억원입니다.", "2천억원", ""},
		{"‘누리프레스’에 따르면 지난 21일 현재 누리시 쌀 가격은 1kg당 6천원을 기록했습니다.", "6천원", "누리프레스"},
		{"‘누리프레스’에 따르면 지난해 kg당 쌀이 5천원대 중반이었습니다.", "5천원", "누리프레스"},
		{"누리전자의 사업 계획에 따르면 올해 설비 투자비는 1천억원이다.", "1천억원", "누리전자"},
		// A clause has one subject: a body with 에서 is where when a
		// subject stands in its clause after it, or before it past a time
		// with a comma or a verb that modifies a noun; alone, it may be who.
		{"이날 누리상품거래소에서 8월 인도분 경질유는 80센트 오르며 배럴당 144달러에 거래됐다.", "144달러", ""},
		{"국제 금값이 11일, 누리 거래소에서 또 다시 사상 최고치를 기록하며 온스당 2천달러를 넘어섰다.", "2천달러", ""},
		{"서울시에서 올해 청년 1명에게 300만원을 지원한다.", "300만원", "서울시"},
		// Whoever forecasts a measure, its topic or its subject, owns none
		// of it, the forecast told by a verb or impersonally (… 전망이다);
		// a topic that forecasts its own deed keeps it.
		{"누리항공 측은 부대 비용을 2억달러로 추정해 총 계약액은 10억달러가 될 전망이다.", "10억달러", ""},
		{"다온자원 대표는 찾아낸 은의 가치가 2억달러 이상 될 것으로 예상했다.", "2억달러", ""},
		{"누리전자는 내년에 반도체 공장에 20억 달러를 투자할 전망이다.", "20억 달러", "누리전자"},
		// The owner of a report or of a law's article that is the topic
		// is its source (E1), no agent of what it tells of; the owner of a
		// budget that is the topic owns it.
		{"동물보호법 제12조는 반려견을 데리고 온 손님이 공공시설을 이용할 때 정당한 사유 없이 거절해서는 안 되며, 이를 위반하면 200만원까지 과태료를 매기도록 정하고 있다.", "200만원", ""},
		{"또한 MS 보고서는 지난해 북한의 암호화폐 탈취가 늘면서 한 해에만 총 6억 달러 규모에 달하는 탈취 사건에 연루됐다고 지적했습니다.", "6억 달러", ""},
		{"27일 국무회의에서 의결된 내년 통일부 예산안은 일반회계 2천293억원 규모입니다.", "2천293억원", "통일부"},
		// An agent's phrase that opens with a percent or an amount (8.9%적은,
		// misread as a topic) names no one; counts and ordinals do.
		{"누리국과 일본은 기여금을 지난해에 비해 4.2%적은 3215억원에 합의했다.", "3215억원", ""},
		{"1·2심은 벌금 700만원을 선고했다.", "700만원", "1·2심"},
	})
}
