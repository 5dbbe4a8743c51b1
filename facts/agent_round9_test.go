package facts

import "testing"

// TestAgentClasses9 reads the agent of amounts in the constructions of
// the ninth round (docs/meaning.md "Ninth round: agent on b4"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses9(t *testing.T) {
	tests := []agentCase{
		// A verb whose ending looks like a particle is no subject: 않-,
		// -져, -아도, -게는, the auxiliary 주다.
		{"박씨는 세금을 내지 않고도 들키지 않은 채 5천만원의 연봉을 받아갔다.", "5천만원", "박씨"},
		{"이씨는 서울 등지에서 달리는 버스 안에서 넘어지는 수법으로 230여만 원을 뜯어냈다.", "230여만 원", "이씨"},
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
		{"현금 10만 원을 빼앗아 달아난 혐의로 박 모(30) 씨 등 2명이 붙잡혔다.", "10만 원", "박 모 씨 등 2명"}, // N7
		// The head of a chain of verbs without a subject of their own, the
		// first of which takes the amount, did every deed of the chain;
		// a person with 의 heads the phrase the verb modifies; not a
		// work that is the object of the main verb.
		{"요금 5만원을 내지 않으려고 달아나다 행인을 밀친 30대 남성이 붙잡혔다.", "5만원", "30대 남성"},
		{"박씨는 3년 전 500만원을 빌려간 뒤 갚지 않은 친구 A씨에게 연락했다.", "500만원", "친구 A씨"},
		{"법원은 벌금 20만원을 받은 B씨의 항소를 기각했다.", "20만원", "B씨"},
		{"정부는 1천억 달러를 투자하기로 한 다온전자의 결정을 환영했다.", "1천억 달러", "다온전자"},
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
		// whose relative, without that one's occupation (amended by the
		// sixteenth round's N2: nothing before a name); a noun of a role, a
		// rank or a kind of body in apposition with 인 is no part of the
		// name; a former title past the body it was held in stays.
		{"축구선수 크리스티아누 호날두의 어머니가 공항에서 4만 유로를 압류당했다.", "4만 유로", "크리스티아누 호날두의 어머니"},
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
		{"우리나라 부자 2위는 6조 7천억 원의 재산을 가지고 있습니다.", "6조 7천억 원", "우리나라 부자 2위"}, // no copula names who: the topic holds it
		// A bound sorting a class of people or things named right after
		// it is nobody's; not a bound before what is done.
		{"그러나 연봉 6천600만원 이상인 미혼 직장인은 세금이 늘어난다.", "6천600만원", ""},
		{"누리마트는 10만원 미만 상품을 20% 늘린다.", "10만원", ""},
		{"누리마트는 올해 10만원 이상을 광고에 지출했다.", "10만원", "누리마트"},
		// The head of a clause of a deal at the price with 에 made it,
		// a name no dictionary knows too; not a clause of another verb.
		{"에인절스와 5년간 1억 달러에 계약한 해밀턴은 친정에 복귀한다.", "1억 달러", "해밀턴"},
		{"5년간 1억 달러에 이르는 해밀턴은 친정에 복귀한다.", "1억 달러", ""},
		// A court that opens the sentence as its topic imposes the amount
		// its verb imposes, not a subject of what it found; past a bracket
		// of who heads it.
		{"1·2심은 박씨가 계약에 따라 돈을 받았다고 보고 벌금 300만원을 선고했다.", "300만원", "1·2심"},
		{"서울고법 형사11부(김철수 부장판사)는 기소된 목사 최모씨의 항소심에서 벌금 1천500만원을 선고했다.", "1천500만원", "서울고법 형사11부"},
		{"2심은 김씨가 곡을 편곡한 만큼 저작권료 4천500만원을 지급하라고 판단했다.", "4천500만원", "2심"},
		{"박씨는 벌금 300만원을 냈다.", "300만원", "박씨"},
		// A body in apposition with 인 (X의 경쟁사인 Y) is no thing whose
		// owner X is the agent: what only a body has, sized by the amount,
		// is the topic's.
		{"누리몰의 경쟁사인 다온닷컴은 3천억 위안의 매출을 기록했다.", "3천억 위안", "다온닷컴"},
		{"대통령의 공약인 쌀값 21만원이 지켜졌다.", "21만원", "대통령"},
		// The nearest topic, a measure of trade or what only a body has,
		// is owned by the agent, not by the outer topic that reports it.
		{"누리무역관은 2022년 1~3분기 북한의 대중 교역액은 수출 8천만 달러, 수입 5억 달러 등이라고 밝혔다.", "8천만 달러", "북한"},
		{"누리무역관은 2022년 1~3분기 교역액은 수출 8천만 달러라고 밝혔다.", "8천만 달러", ""}, // no owner written: the reporter is a source (E1)
		// A10: goods priced (…짜리, 시가 … 상당의) are no one's amount when
		// the subject does with them nothing of the definition; one who
		// buys, takes or sells them, or sells a service priced, is its agent.
		{"박씨는 판매점 앞에서 2억원 짜리 벤츠 차량을 골프채로 부순 뒤 달아났다.", "2억원", ""},
		{"박씨는 시가 40억원 상당의 불상을 도굴해 처분했다.", "40억원", ""},
		{"박씨는 새로 150만원짜리 시계를 사려 했다.", "150만원", "박씨"},
		{"박씨는 300만원짜리 금목걸이를 잘라 훔쳤다.", "300만원", "박씨"},
		{"박씨는 시간당 1만원짜리 영업을 한다.", "1만원", "박씨"},
		// The actor an amount in brackets glosses is named whole.
		{"박하늘 누리그룹 회장(559억원), 최바다 다온전자 부회장(493억원) 등이 뒤를 이었다.", "559억원", "박하늘 누리그룹 회장"},
		// What kind of body a name is, apposed with 인, is no part of it;
		// an occupation before a person is (A11).
		{"앞서 독일 기업인 누리텍사는 중국에 8천만 유로를 투자했다.", "8천만 유로", "누리텍사"},
		{"세계 최대 수탁생산 기업인 다온반도체는 120억 달러를 투자했다.", "120억 달러", "다온반도체"},
		// A name starts after a duration, a span's end, a finding's 결과, a
		// verb of -아온, or a title with 도: those belong to other phrases.
		{"보고서에 따르면 5년간 북한 해커들이 20억 달러를 훔쳤다.", "20억 달러", "북한 해커들"},
		{"경찰 조사결과 박씨는 250만원을 주고 탐지기를 샀다.", "250만원", "박씨"},
		{"벌금 300만원을 내지 않아 수배를 받아온 김모(29)씨는 붙잡혔다.", "300만원", "김모씨"},
		// A subject is not one of a clause on a noun for 지난 before a time
		// (코레일이 지난 2006년 …); -ㄴ데다가 ends a clause, and …다고도
		// is a verb quoted.
		{"또 이번 파업으로 누리철도가 지난 2006년 파업 때보다 훨씬 많은 447억원의 피해를 본데다가 큰 혼란이 빚어졌다고도 덧붙였다.", "447억원", "누리철도"},
		{"김 씨가 지난 2013년 소득을 불성실 신고해 세무서로부터 1억 원을 추징당했다.", "1억 원", "김 씨"},
		// A pronoun that no sentence before resolves names no one.
		{"이들은 내부 정보를 빼돌린 혐의를 받고 있다. 특히 이들은 4만 달러 규모의 비트코인을 뇌물로 주고 정보를 빼냈다.", "4만 달러", ""},
		// A law's fine beside a term of prison with 이나 glued to the term
		// is a maximum of the rule, nobody's (fourth round).
		{"헌재는 전단 살포를 금지하고 위반행위에 3년 이하 징역이나 3천만원 이하 벌금에 처하는 법을 심리했다.", "3천만원", ""},
		// Whom a per-capita measure is counted over owns it; 1인당 right
		// before the amount (past how often) is a rate's unit, nobody.
		{"누리연구원은 지난해 우리나라 1인당 명목 GDP는 2만3113달러로 추정된다고 밝혔다.", "2만3113달러", "우리나라"},
		{"국민 1인당 나랏빚에 따른 이자로만 40만원을 부담하게 되는 셈이다.", "40만원", "국민"},
		{"누리부는 금액을 늘려 병사 1인당 매월 3천원씩 통장에 입금할 계획이다.", "3천원", "누리부"},
		// The amounts a bill or a budget holds are nobody's, and the
		// source that reports them is none; a source's own document is no
		// holder.
		{"백악관 발표에 따르면 예산안에는 도로 건설에 1천억 달러, 전력망에 730억 달러가 배정됐다.", "1천억 달러", ""},
		{"누리전자의 비행 계획에 따르면 헬기의 보상금액은 1천만 달러였다.", "1천만 달러", "누리전자"},
		// A subject followed by an adnominal and a noun of manner with
		// 으로 (왕성한 활동으로) stays the subject of the main clause; one
		// followed by a clause on a topic noun does not.
		{"박하늘 씨(46)가 왕성한 활동으로 1000억원을 벌어들였다고 털어놨다.", "1000억원", "박하늘 씨"},
		{"장관이 서명한 법은 1000억원을 지원한다.", "1000억원", ""},
		// Both sides of a pair of bodies (양사, 양당, 노사) act as one.
		{"아울러 양사는 임금협상 결과 지급하기로 한 상품권 20만원도 설에 맞춰 줄 예정이다.", "20만원", "양사"},
		// A country owning a common noun of bodies stays with it (북한의
		// 사이버 범죄자들), but not before a name: the sixteenth round's N2
		// leaves the name alone.
		{"지난 3월 북한의 해킹 조직 라자루스가 게임에서 6억 달러의 암호화폐를 탈취했다.", "6억 달러", "라자루스"},
		{"누리사의 자회사는 북한에 114만 달러어치를 수출했다.", "114만 달러", "누리사의 자회사"},
		// A delimiter on 로부터 is cut down to that case: a source, no
		// subject with 도.
		{"박씨 측근 강씨로부터도 대가로 2억원을 받은 것으로 확인됐다.", "2억원", ""},
		// The subject of a clause of time (…될 때까지) is not the amount's.
		{"옛 제품 4종은 재고가 모두 소진될 때까지 기존과 같은 2700원에 판매된다.", "2700원", ""},
	}
	checkAgents(t, tests)
}
