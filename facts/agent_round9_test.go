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
		{"윤씨는 대구 시내에서 서 있는 택시 옆에서 넘어지는 수법으로 180여만 원을 뜯어냈다.", "180여만 원", "윤씨"},
		{"한 상자에 2만원(약 17달러)이 더 비싸도 이를 사겠다는 응답이 나왔다.", "2만원", ""},
		{"나은 씨는 돈을 빌려주는 대가로 3천원씩 모두 90만원을 받아 챙겼다.", "90만원", "나은 씨"},
		// 이 before an office or a rank is the surname Lee, not this; not
		// before a noun a demonstrative points at (이 관계자는).
		{"이 사장의 자산은 지난해보다 4억 달러 늘었다.", "4억 달러", "이 사장"},
		{"이 전 의원은 업자에게 3억원을 받은 혐의로 기소됐다.", "3억원", "이 전 의원"},
		{"이 관계자는 올해 예산 10억원이 모두 쓰였다고 말했다.", "10억원", ""},
		// A topic that names an actor outranks the subject, a noun no
		// dictionary knows, of another clause before the amount.
		{"박씨는 괜히 서운한 기분이 들었지만 2만원을 내고 표를 샀다.", "2만원", "박씨"},
		{"박씨는 누리소프트가 2만원을 내고 표를 샀다고 말했다.", "2만원", "누리소프트"},
		// An order or a demand quoted: who orders or claims the amount is
		// its agent, not who is told to pay it; not over an owner.
		{"부산지법 민사5부(정하나 부장판사)는 한씨가 낸 소송에서 한씨는 오씨에게 위자료로 3천만원을 지급하라고 선고했다.", "3천만원", "부산지법 민사5부"},
		{"법원이 방송사에 \"해당 학원에 3000만원을 배상하라\"고 판결했다.", "3000만원", "법원"},
		{"농민들은 정부의 약속인 쌀값 20만원을 보장하라고 요구했다.", "20만원", "정부"},
		{"최씨는 정씨에게 위자료로 5천만원을 지급했다.", "5천만원", "최씨"},
		// A source whose figure the sentence says was counted (집계) only
		// counted it; a price surveyed keeps its source.
		{"다온통계에 따르면 전체 채권 규모 8조원 중 15%가 연체 상태인 것으로 집계됐다.", "8조원", ""},
		{"‘누리뉴스’에 따르면 지난 4일 기준 쌀 가격은 1kg당 6천원으로 조사됐다.", "6천원", "누리뉴스"},
		// The owner of what only a body has, the subject, has the amount
		// the subject reaches; not past a clause on another noun.
		{"다온전자 창업자인 박하늘의 재산이 올해 처음으로 30억 달러를 돌파했다.", "30억 달러", "박하늘"},
		{"박하늘은 최근 다온전자의 주가가 계속 올라 100달러 이상을 넘어서면서 재산이 늘었다.", "100달러", "다온전자"},
		{"박하늘의 재산은 지난해 수출액 20억 달러를 기록한 다온전자보다 많다.", "20억 달러", "다온전자"},
		// The accused of a charge the amount sizes, only nouns of the
		// deed between; a surname written apart from 모 and 씨.
		{"앞서 경찰은 70억원대 사기 및 횡령 혐의로 윤씨에 대한 구속영장을 신청했다.", "70억원", "윤씨"},
		{"법원은 300억원대 사기 혐의로 기소된 정 회장에게 징역 3년을 선고했다.", "300억원", "정 회장"},
		{"경찰은 300억원대 예산을 들여 사기 혐의를 수사했다.", "300억원", "경찰"},
		{"지갑 속 30만 원을 훔쳐 달아난 혐의로 정 모(41) 씨 등 3명이 검거됐다.", "30만 원", "정 모 씨 등 3명"}, // N7
		// The head of a chain of verbs without a subject of their own, the
		// first of which takes the amount, did every deed of the chain;
		// a person with 의 heads the phrase the verb modifies; not a
		// work that is the object of the main verb.
		{"택시비 3만원을 내지 않으려고 도망치다 기사를 때린 40대 여성이 입건됐다.", "3만원", "40대 여성"},
		{"한씨는 2년 전 700만원을 빌려간 뒤 돌려주지 않은 동료 B씨에게 연락했다.", "700만원", "동료 B씨"},
		{"법원은 벌금 20만원을 받은 B씨의 항소를 기각했다.", "20만원", "B씨"},
		{"정부는 1천억 달러를 투자하기로 한 다온전자의 결정을 환영했다.", "1천억 달러", "다온전자"},
		{"누리고는 예산 3천만원을 들여 교실을 바꾸는 내부공사를 시작했다.", "3천만원", "누리고"},
		// An opening topic no dictionary knows trades the goods at the
		// price with 에 of a verb of selling or contracting, past a list of
		// bare nouns and a clause quoted by 겁니다; not a price it only
		// reaches.
		{"누리베이커리는 지난 5월에도 사과, 배, 복숭아로 만든 음료를 4천500원에 내놓았다.", "4천500원", "누리베이커리"},
		{"시장에서는 쌀이 6천원이었지만 누리상회는 쌀을 4천200원에 판매했다는 겁니다.", "4천200원", "누리상회"},
		{"누리베이커리는 지난 5월에도 4천500원에 머물렀다.", "4천500원", ""},
		// A topic of rank or kind identifies with 으로/로 who holds the
		// amount after it; not a body pointed at (이들 회사는).
		{"3위는 다온연구소로 3천912만원, 4위는 누리학회 3천800만원이었다.", "3천912만원", "다온연구소"},
		{"재산을 가장 많이 불린 이는 박하늘 전 국장으로 3억원이 늘었다.", "3억원", "박하늘 전 국장"},
		{"월 이용료가 가장 비싼 곳은 다온헬스로 8만4천원이었다.", "8만4천원", "다온헬스"},
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
		{"축구선수 다니엘 로페스의 아버지가 세관에서 3만 달러를 압수당했다.", "3만 달러", "다니엘 로페스의 아버지"},
		{"매각주관사인 누리옥션은 미술품 20억원어치를 팔았다.", "20억원", "누리옥션"},
		{"법원은 정하늘 전 다온건설 사장 일가가 소유한 862억원의 재산을 압류했다.", "862억원", "정하늘 전 다온건설 사장 일가"},
		{"한 70대 남성이 이웃에게 8만 달러 손해배상 소송을 냈다.", "8만 달러", "70대 남성"},
		// A9: a statutory fine a condition incurs, with no subject in the
		// main clause, is the condition's subject's; not when the main
		// clause has its own.
		{"개정법상 신고 의무 업체가 허위 서류를 내면 2년 이하 징역이나 1천만원 이하 벌금형을 받게 된다.", "1천만원", "신고 의무 업체"},
		{"업체가 허위 서류를 제출하면 법원은 1천만원 이하 벌금형을 내린다.", "1천만원", "법원"},
		// P3: a bare noun of people glued before a charge they pay is its
		// agent, before the amount or after it with 의.
		{"다음 달부터는 3천원 안팎의 환자 본인부담금을 물어야 한다.", "3천원", "환자"},
		{"국공립 어린이집의 학부모 부담금은 한 해 120만원을 웃돌았다.", "120만원", "학부모"},
		{"다음 달부터는 3천원 안팎의 진료비를 물어야 한다.", "3천원", ""},
		// …, or by the copula that ends the sentence.
		{"국내 자산가 3위는 4조 2천억 원의 재산을 보유한 다온그룹 정하늘 회장입니다.", "4조 2천억 원", "다온그룹 정하늘 회장"},
		{"국내 자산가 3위는 4조 2천억 원의 재산을 보유하고 있습니다.", "4조 2천억 원", "국내 자산가 3위"}, // no copula names who: the topic holds it
		// A bound sorting a class of people or things named right after
		// it is nobody's; not a bound before what is done.
		{"반면 소득 8천200만원 이상인 1인 가구는 부담이 커진다.", "8천200만원", ""},
		{"다온몰은 5만원 미만 상품을 30% 줄인다.", "5만원", ""},
		{"누리마트는 올해 10만원 이상을 광고에 지출했다.", "10만원", "누리마트"},
		// The head of a clause of a deal at the price with 에 made it,
		// a name no dictionary knows too; not a clause of another verb.
		{"에인절스와 5년간 1억 달러에 계약한 해밀턴은 친정에 복귀한다.", "1억 달러", "해밀턴"},
		{"5년간 1억 달러에 이르는 해밀턴은 친정에 복귀한다.", "1억 달러", ""},
		// A court that opens the sentence as its topic imposes the amount
		// its verb imposes, not a subject of what it found; past a bracket
		// of who heads it.
		{"1·2심은 한씨가 청탁을 받고 돈을 건넸다고 보고 벌금 700만원을 선고했다.", "700만원", "1·2심"},
		{"대전고법 형사3부(오하나 부장판사)는 기소된 교수 윤모씨의 항소심에서 벌금 800만원을 선고했다.", "800만원", "대전고법 형사3부"},
		{"2심은 정씨가 소설을 각색한 만큼 사용료 2천700만원을 배상하라고 판단했다.", "2천700만원", "2심"},
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
		{"박하늘 누리그룹 회장(559억원), 정하늘 다온전자 부회장(493억원) 등이 뒤를 이었다.", "559억원", "박하늘 누리그룹 회장"},
		// What kind of body a name is, apposed with 인, is no part of it;
		// an occupation before a person is (A11).
		{"앞서 독일 기업인 누리텍사는 중국에 8천만 유로를 투자했다.", "8천만 유로", "누리텍사"},
		{"세계 최대 수탁생산 기업인 다온반도체는 120억 달러를 투자했다.", "120억 달러", "다온반도체"},
		// A name starts after a duration, a span's end, a finding's 결과, a
		// verb of -아온, or a title with 도: those belong to other phrases.
		{"보고서에 따르면 5년간 북한 해커들이 20억 달러를 훔쳤다.", "20억 달러", "북한 해커들"},
		{"경찰 조사결과 박씨는 250만원을 주고 탐지기를 샀다.", "250만원", "박씨"},
		{"과태료 80만원을 안 내 수배를 받아온 윤모(35)씨는 검거됐다.", "80만원", "윤모씨"},
		// A subject is not one of a clause on a noun for 지난 before a time
		// (코레일이 지난 2006년 …); -ㄴ데다가 ends a clause, and …다고도
		// is a verb quoted.
		{"또 이번 폭우로 다온항공이 지난 2011년 태풍 때보다 훨씬 많은 312억원의 손실을 본데다가 큰 불편이 생겼다고도 밝혔다.", "312억원", "다온항공"},
		{"오 씨가 지난 2017년 매출을 축소 신고해 국세청으로부터 2억 원을 추징당했다.", "2억 원", "오 씨"},
		// A pronoun that no sentence before resolves names no one.
		{"이들은 내부 정보를 빼돌린 혐의를 받고 있다. 특히 이들은 4만 달러 규모의 비트코인을 뇌물로 주고 정보를 빼냈다.", "4만 달러", ""},
		// A law's fine beside a term of prison with 이나 glued to the term
		// is a maximum of the rule, nobody's (fourth round).
		{"헌재는 전단 살포를 금지하고 위반행위에 3년 이하 징역이나 3천만원 이하 벌금에 처하는 법을 심리했다.", "3천만원", ""},
		// Whom a per-capita measure is counted over owns it; 1인당 right
		// before the amount (past how often) is a rate's unit, nobody.
		{"다온경제원은 올해 한국 1인당 명목 GDP는 2만9870달러로 추산된다고 밝혔다.", "2만9870달러", "한국"},
		{"국민 1인당 공공부채에 따른 이자로만 15만원을 떠안게 되는 셈이다.", "15만원", "국민"},
		{"다온시는 예산을 늘려 학생 1인당 매월 5천원씩 계좌에 넣어줄 계획이다.", "5천원", "다온시"},
		// The amounts a bill or a budget holds are nobody's, and the
		// source that reports them is none; a source's own document is no
		// holder.
		{"백악관 발표에 따르면 예산안에는 도로 건설에 1천억 달러, 전력망에 730억 달러가 배정됐다.", "1천억 달러", ""},
		{"누리전자의 비행 계획에 따르면 헬기의 보상금액은 1천만 달러였다.", "1천만 달러", "누리전자"},
		// A subject followed by an adnominal and a noun of manner with
		// 으로 (왕성한 활동으로) stays the subject of the main clause; one
		// followed by a clause on a topic noun does not.
		{"정하늘 씨(52)가 꾸준한 연주로 300억원을 벌어들였다고 밝혔다.", "300억원", "정하늘 씨"},
		{"장관이 서명한 법은 1000억원을 지원한다.", "1000억원", ""},
		// Both sides of a pair of bodies (양사, 양당, 노사) act as one.
		{"또한 양사는 단체협약 결과 주기로 한 격려금 50만원도 추석에 맞춰 지급할 예정이다.", "50만원", "양사"},
		// A country owning a common noun of bodies stays with it (북한의
		// 사이버 범죄자들), but not before a name: the sixteenth round's N2
		// leaves the name alone.
		{"지난 3월 북한의 해킹 조직 라자루스가 게임에서 6억 달러의 암호화폐를 탈취했다.", "6억 달러", "라자루스"},
		{"누리사의 자회사는 북한에 114만 달러어치를 수출했다.", "114만 달러", "누리사의 자회사"},
		// A delimiter on 로부터 is cut down to that case: a source, no
		// subject with 도.
		{"윤씨 비서 오씨로부터도 사례로 3억원을 받은 것으로 드러났다.", "3억원", ""},
		// The subject of a clause of time (…될 때까지) is not the amount's.
		{"구형 모델 3종은 물량이 모두 팔릴 때까지 종전과 같은 1900원에 공급된다.", "1900원", ""},
	}
	checkAgents(t, tests)
}
