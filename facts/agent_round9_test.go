package facts

import "testing"

// TestAgentClasses9 reads the agent of amounts in the constructions of
// the ninth round (docs/meaning.md "Ninth round: agent on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses9(t *testing.T) {
	tests := []struct {
		text, amount, want string
	}{
		// A verb whose ending looks like a particle is no subject: 않-,
		// -져, -아도, -게는, the auxiliary 주다.
		{"박씨는 세금을 내지 않고도 들키지 않은 채 5천만원의 연봉을 받아갔다.", "5천만원", "박씨"},
		{"한 상자에 2만원(약 17달러)이 더 비싸도 이를 사겠다는 응답이 나왔다.", "2만원", ""},
		{"나은 씨는 돈을 빌려주는 대가로 3천원씩 모두 90만원을 받아 챙겼다.", "90만원", "나은 씨"},
		// 이 before an office or a rank is the surname Lee, not this; not
		// before a noun a demonstrative points at (이 관계자는).
		{"이 회장의 재산은 작년보다 7억 달러 줄었다.", "7억 달러", "이 회장"},
		{"이 전 의원은 업자에게 3억원을 받은 혐의로 기소됐다.", "3억원", "이 전 의원"},
		{"이 관계자는 올해 예산 10억원이 모두 쓰였다고 말했다.", "10억원", ""},
		// A topic that names an actor outranks the subject, a noun no
		// dictionary knows, of another clause before the amount.
		{"박씨는 괜히 서운한 기분이 들었지만 2만원을 내고 표를 샀다.", "2만원", "박씨"},
		{"박씨는 누리소프트가 2만원을 내고 표를 샀다고 말했다.", "2만원", "누리소프트"},
		// An order or a demand quoted: who orders or claims the amount is
		// its agent, not who is told to pay it; not over an owner.
		{"서울중앙지법 민사1부(김철수 부장판사)는 최씨가 낸 소송에서 최씨는 정씨에게 위자료로 5천만원을 지급하라고 판결했다.", "5천만원", "서울중앙지법 민사1부"},
		{"법원이 방송사에 \"해당 학원에 3000만원을 배상하라\"고 판결했다.", "3000만원", "법원"},
		{"농민들은 정부의 약속인 쌀값 20만원을 보장하라고 요구했다.", "20만원", "정부"},
		{"최씨는 정씨에게 위자료로 5천만원을 지급했다.", "5천만원", "최씨"},
		// A source whose figure the sentence says was counted (집계) only
		// counted it; a price surveyed keeps its source.
		{"누리데이터에 따르면 전체 주식가치 6조원 중 10%가 담보로 설정된 것으로 집계됐다.", "6조원", ""},
		{"‘누리뉴스’에 따르면 지난 4일 기준 쌀 가격은 1kg당 6천원으로 조사됐다.", "6천원", "누리뉴스"},
		// The owner of what only a body has, the subject, has the amount
		// the subject reaches; not past a clause on another noun.
		{"다온전자 창업자인 박하늘의 재산이 올해 처음으로 30억 달러를 돌파했다.", "30억 달러", "박하늘"},
		{"박하늘은 최근 다온전자의 주가가 계속 올라 100달러 이상을 넘어서면서 재산이 늘었다.", "100달러", "다온전자"},
		{"박하늘의 재산은 지난해 수출액 20억 달러를 기록한 다온전자보다 많다.", "20억 달러", "다온전자"},
		// The accused of a charge the amount sizes, only nouns of the
		// deed between; a surname written apart from 모 and 씨.
		{"앞서 검찰은 50억원대 횡령 및 배임 혐의로 최씨에 대한 체포영장을 발부받았다.", "50억원", "최씨"},
		{"법원은 300억원대 사기 혐의로 기소된 정 회장에게 징역 3년을 선고했다.", "300억원", "정 회장"},
		{"경찰은 300억원대 예산을 들여 사기 혐의를 수사했다.", "300억원", "경찰"},
		{"현금 10만 원을 빼앗아 달아난 혐의로 박 모(30) 씨 등 2명이 붙잡혔다.", "10만 원", "박 모 씨"},
		// The head of a chain of verbs without a subject of their own, the
		// first of which takes the amount, did every deed of the chain;
		// a person with 의 heads the phrase the verb modifies; not a
		// work that is the object of the main verb.
		{"요금 5만원을 내지 않으려고 달아나다 행인을 밀친 30대 남성이 붙잡혔다.", "5만원", "30대 남성"},
		{"박씨는 3년 전 500만원을 빌려간 뒤 갚지 않은 친구 A씨에게 연락했다.", "500만원", "친구 A씨"},
		{"법원은 벌금 20만원을 받은 B씨의 항소를 기각했다.", "20만원", "B씨"},
		{"누리고는 예산 3천만원을 들여 교실을 바꾸는 내부공사를 시작했다.", "3천만원", "누리고"},
		// An opening topic no dictionary knows trades the goods at the
		// price with 에 of a verb of selling or contracting, past a list of
		// bare nouns and a clause quoted by 겁니다; not a price it only
		// reaches.
		{"다온커피는 지난 2월에도 옥수수, 고구마, 감자로 만든 간식을 3천800원에 내놓았다.", "3천800원", "다온커피"},
		{"시장에서는 쌀이 6천원이었지만 누리상회는 쌀을 4천200원에 판매했다는 겁니다.", "4천200원", "누리상회"},
		{"다온커피는 지난 2월에도 3천800원에 머물렀다.", "3천800원", ""},
		// A topic of rank or kind identifies with 으로/로 who holds the
		// amount after it; not a body pointed at (이들 회사는).
		{"2위는 누리과학원으로 4천833만원, 3위는 다온재단 4천700만원이었다.", "4천833만원", "누리과학원"},
		{"재산을 가장 많이 불린 이는 박하늘 전 국장으로 3억원이 늘었다.", "3억원", "박하늘 전 국장"},
		{"평균 결제 금액이 가장 낮은 곳은 누리마트로 1만802원이었다.", "1만802원", "누리마트"},
		{"이들 회사는 제재 위반으로 6억 달러의 벌금을 지불했다.", "6억 달러", ""}, // whom the sentence before names: none here
		// Plans and measures state amounts but spend none, as laws do.
		{"두 번째 대책은 5년간 매년 8천억 위안을 부채 상환에 배정하는 것이다.", "8천억 위안", ""},
		{"제보자에 포상금 500만 달러를 지급한다는 방침도 함께 발표했다.", "500만 달러", ""},
		{"재무부는 제보자에 포상금 500만 달러를 지급한다는 방침도 함께 발표했다.", "500만 달러", "재무부"},
		// A11: an agent's phrase as written. A relative is named with
		// whose relative, with that one's occupation; a noun of a role, a
		// rank or a kind of body in apposition with 인 is no part of the
		// name; a former title past the body it was held in stays.
		{"축구선수 크리스티아누 호날두의 어머니가 공항에서 4만 유로를 압류당했다.", "4만 유로", "축구선수 크리스티아누 호날두의 어머니"},
		{"매각주관사인 누리옥션은 미술품 20억원어치를 팔았다.", "20억원", "누리옥션"},
		{"검찰은 박하늘 전 누리그룹 회장 일가가 보유한 1244억원의 재산을 동결했다.", "1244억원", "박하늘 전 누리그룹 회장 일가"},
		{"한 50대 여성이 조카에게 12만 달러 손해배상 소송을 걸었다.", "12만 달러", "50대 여성"},
		// A9: a statutory fine a condition incurs, with no subject in the
		// main clause, is the condition's subject's; not when the main
		// clause has its own.
		{"특례법상 등록 대상 사업자가 거짓 자료를 제출하면 1년 이하 징역이나 500만원 이하 벌금형을 받는다.", "500만원", "등록 대상 사업자"},
		{"사업자가 거짓 자료를 제출하면 법원은 500만원 이하 벌금형을 내린다.", "500만원", "법원"},
		// P3: a bare noun of people glued before a charge they pay is its
		// agent, before the amount or after it with 의.
		{"내년부터는 5천원 정도의 환자 본인부담금을 내야 한다.", "5천원", "환자"},
		{"사립유치원의 학부모 부담금은 연간 230만원을 넘어섰다.", "230만원", "학부모"},
		{"내년부터는 5천원 정도의 진료비를 내야 한다.", "5천원", ""},
		// …, or by the copula that ends the sentence.
		{"우리나라 부자 2위는 6조 7천억 원의 재산을 가지고 있는 누리그룹 박하늘 회장입니다.", "6조 7천억 원", "누리그룹 박하늘 회장"},
		{"우리나라 부자 2위는 6조 7천억 원의 재산을 가지고 있습니다.", "6조 7천억 원", "우리나라 부자"},
		// A bound sorting a class of people or things named right after
		// it is nobody's; not a bound before what is done.
		{"그러나 연봉 6천600만원 이상인 미혼 직장인은 세금이 늘어난다.", "6천600만원", ""},
		{"누리마트는 10만원 미만 상품을 20% 늘린다.", "10만원", ""},
		{"누리마트는 올해 10만원 이상을 광고에 지출했다.", "10만원", "누리마트"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && string(f.Agent) != tt.want {
			t.Errorf("%s\n\t%s: agent %q, want %q", tt.text, tt.amount, f.Agent, tt.want)
		}
	}
}
