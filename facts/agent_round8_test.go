package facts

import "testing"

// TestAgentClasses8 reads the agent of amounts in the constructions of
// the eighth round (docs/meaning.md "Decisions, eighth round (b3)"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses8(t *testing.T) {
	tests := []agentCase{
		// The unit of a rate (a noun glued to 당) is nobody, in a list of
		// items too.
		{"초등반에는 교실당 30만원, 중등반에는 20만원을 지원한다.", "30만원", ""},
		{"삼성그룹 3천억원, LG그룹 2천억원을 냈다.", "3천억원", "삼성그룹"},
		// The accused past what the charge is, in brackets, and past
		// 등 N명; without the age in brackets.
		{"경찰은 회삿돈 10억원을 빼돌린 혐의(업무상 횡령)로 최모(52)씨 등 3명을 입건했다.", "10억원", "최모씨 등 3명"}, // a count after the head stays (N7)
		{"경찰은 회삿돈 10억원을 빼돌린 혐의로 최모(52)씨를 입건했다.", "10억원", "최모씨"},
		// A body with 에서 that a verb of receiving, borrowing or owing
		// takes from is a source; one that demands or pays is a subject.
		{"김씨는 2010년 한 은행에서 5억원을 대출받아 가로챈 혐의를 받고 있다.", "5억원", "김씨"},
		{"박씨는 사업가 측에서 2억원을 받은 혐의를 받고 있다.", "2억원", "박씨"},
		{"대행 업체에서 반품 비용으로 20만원을 요구했다.", "20만원", "대행 업체"},
		// Who counts, estimates or expects a figure is a source: the
		// owner of what is counted is the agent, else nobody; past a
		// gloss in brackets too.
		{"제조사 측은 부대 비용을 24억 달러(2조7천억원)로 추정했다.", "24억 달러", ""},
		{"경매사 측은 이 우표의 낙찰가를 1천만∼2천만달러로 예상했다.", "1천만∼2천만달러", ""},
		{"코트라는 북중 무역 총액을 15억 달러로 집계했다.", "15억 달러", "북중"},
		{"제조사 측은 부대 비용으로 24억 달러를 썼다.", "24억 달러", "제조사 측"},
		// A name no dictionary knows opening the sentence as its topic
		// does the deed whose object is the amount or what it measures;
		// not past a clause of its own, not an adverb, not a figure
		// reached or a passive.
		{"다온식품은 지난해 9월에도 주요 제품 가격을 100원 인상했다.", "100원", "다온식품"},
		{"박하늘은 2010년부터 경마에 5억원을 쏟아부었다.", "5억원", "박하늘"},
		{"보리는 지난 1일 기준 3천원을 기록했다.", "3천원", ""},
		{"다온식품은 원가가 오르고 있으며, 입구에 100달러를 환산한 금액을 적어 놓는다.", "100달러", ""},
		{"그러고는 수리비용을 3천 달러로 늘렸다.", "3천 달러", ""},
		{"다온식품은 kg당 가격이 2천원을 밑돌았다.", "2천원", ""},
		// A bound of an attribute sorting a class is nobody's.
		{"누적 기부액이 10억 원이 넘는 가수들을 모아봤다.", "10억 원", ""},
		// A name no dictionary knows as the opening topic whose earnings
		// a sentence sizes is the agent; a thing is not.
		{"다온식품은 부품을 납품하는 업체로 지난해 매출이 1조원에 육박한다.", "1조원", "다온식품"},
		{"제품은 부품이 많아 지난해 매출이 1조원에 육박한다.", "1조원", ""},
		{"이 제품은 부품이 많아 지난해 매출이 1조원에 육박한다.", "1조원", ""},
		// A name glossed by an amount in brackets, with a subject's
		// particle after them, owns it; a measure or a base of comparison
		// does not.
		{"삼성전자에 이어 다온푸드(28억 달러)가 10위를 했다.", "28억 달러", "다온푸드"},
		{"2위는 제프 쿤스(1억 유로)가 차지했다.", "1억 유로", "제프 쿤스"},
		{"전망치와의 차이(31원)가 가장 컸다.", "31원", ""},
		{"이 과자는 경쟁제품인 몽쉘(6천원)보다 싸다.", "6천원", ""},
		// The subject before …한 뒤 (후) does the deed after it too.
		{"경리 직원 박아무개씨가 동생과 공모해 유령 업체를 차린 후 30억원을 빼돌린 사실이 드러났다.", "30억원", "박아무개씨"}, // the job before the name goes (sixteenth round, N2)
		// A subject at a clause's start, with 도 too, right before 비슷한
		// or 같은 (which take no subject of their own there) does the
		// deed whose object is the amount.
		{"박하늘은 5억원을 쏟아부었고 최바다도 비슷한 시기 3억원을 베팅했다.", "3억원", "최바다"},
		// A bracket of who a person is (age and sex or job) is no part
		// of the agent.
		{"조사 결과 남(21·여)모씨는 피해자들에게서 470만원을 챙긴 것으로 밝혀졌다.", "470만원", "남모씨"},
		// A thing that underwent a passive deed (팔렸다) names no seller:
		// who reports it is no agent; a clause on another subject is not
		// this one's.
		{"지난 6일 해변의 한 오두막집이 무려 250만달러에 팔렸다고 영국 일간지가 전했다.", "250만달러", ""},
		{"고도의 위험이 따르는 직무를 하다 사망하면 1억원이 지급된다고 국방부가 밝혔다.", "1억원", "국방부"},
		// Who finds or tracks money (적발, 추적, 포착) neither owns nor
		// spends it; a verb past a comma is another clause's.
		{"세관은 지난 8월 이 업체의 재산도피 등 총 400억원을 적발한 사건을 검찰에 넘겼다.", "400억원", ""},
		{"경찰은 계좌에 있는 14만달러의 돈을 추적하고 있다.", "14만달러", ""},
		{"경찰은 김씨가 3천만원의 출연금을 편취하고, 법인 자금을 횡령한 정황도 포착했다.", "3천만원", "김씨"},
		// A ratio (…율, …률) or a deed (…행위) names nobody.
		{"출산율 역시 대책 사업비로 연간 4천억원을 투자하고 있다.", "4천억원", ""},
		{"음란물을 배포하는 행위는 벌금 1000만 원을 받을 수 있다.", "1000만 원", ""},
		// A clause of -자 (when) has its own subject: the topic before
		// it does what follows.
		{"박군은 최씨가 도망을 가자 화가 나 창문을 깨뜨려 20만원 상당의 피해를 낸 혐의를 받고 있다.", "20만원", "박군"},
		{"참가자가 500만원을 냈다.", "500만원", "참가자"},
		// An adverb of -없이 is no subject.
		{"홍 씨는 보험에 들었지만 피해액은 5억 원으로, 꼼짝없이 4억 원을 변제해야 할 판이었다.", "4억 원", "홍 씨"},
		// The opening topic changes the noun marked with 도 from one
		// level to another.
		{"군은 정기주차 차량의 월 주차요금도 10만원에서 18만원으로 인상키로 했다.", "18만원", "군"},
		{"군은 정기주차 차량의 월 주차요금도 10만원에서 18만원으로 인상키로 했다.", "10만원", "군"},
		// The first topic of the sentence, past adverbials only, does the
		// deed as an opening one does.
		{"동물학대 혐의로 누리의 주인은 벌금 1만6000달러를 낼 것으로 알려졌다.", "1만6000달러", "주인"},
		// 이 회사 points to a name no dictionary knows that an earlier
		// clause of its sentence acted on.
		{"박하늘은 직원이 12명이던 다온소프트를 큰 조직으로 키웠으며, 이 회사는 작년 말 2억 달러의 투자를 유치했다.", "2억 달러", "다온소프트"},
		// A headcount (…인원) and a verb of proposing (…하자) name nobody.
		{"이번 조치의 수혜 인원은 900만명이며 소요자금 200억 위안은 전액 중앙재정에서 부담한다.", "200억 위안", ""},
		{"사람을 구하는 데 드는 50달러로 여성들을 지원하자는 캠페인이다.", "50달러", ""},
	}
	checkAgents(t, tests)
}
