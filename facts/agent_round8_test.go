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
		{"오씨는 2015년 한 저축은행에서 3억원을 대출받아 빼돌린 혐의를 받고 있다.", "3억원", "오씨"},
		{"한씨는 시행사 측에서 7억원을 받은 혐의로 조사를 받고 있다.", "7억원", "한씨"},
		{"대행 업체에서 반품 비용으로 20만원을 요구했다.", "20만원", "대행 업체"},
		// Who counts, estimates or expects a figure is a source: the
		// owner of what is counted is the agent, else nobody; past a
		// gloss in brackets too.
		{"제조사 측은 부대 비용을 24억 달러(2조7천억원)로 추정했다.", "24억 달러", ""},
		{"경매업체 측은 이 그림의 낙찰가를 3천만∼5천만달러로 예상했다.", "3천만∼5천만달러", ""},
		{"코트라는 북중 무역 총액을 15억 달러로 집계했다.", "15억 달러", "북중"},
		{"제조사 측은 부대 비용으로 24억 달러를 썼다.", "24억 달러", "제조사 측"},
		// A name no dictionary knows opening the sentence as its topic
		// does the deed whose object is the amount or what it measures;
		// not past a clause of its own, not an adverb, not a figure
		// reached or a passive.
		{"다온식품은 지난해 9월에도 주요 제품 가격을 100원 인상했다.", "100원", "다온식품"},
		{"박하늘은 2010년부터 경마에 5억원을 쏟아부었다.", "5억원", "박하늘"},
		{"보리는 지난 1일 기준 3천원을 기록했다.", "3천원", ""},
		{"다온식품은 재료비가 뛰고 있으며, 계산대에 50달러를 환산한 금액을 붙여 놓는다.", "50달러", ""},
		{"그러고는 보수비용을 8천 달러로 늘렸다.", "8천 달러", ""},
		{"다온식품은 kg당 가격이 2천원을 밑돌았다.", "2천원", ""},
		// A bound of an attribute sorting a class is nobody's.
		{"누적 후원액이 5억 원이 넘는 배우들을 살펴봤다.", "5억 원", ""},
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
		{"예상치와의 격차(47원)가 제일 컸다.", "47원", ""},
		{"이 과자는 경쟁제품인 몽쉘(6천원)보다 싸다.", "6천원", ""},
		// The subject before …한 뒤 (후) does the deed after it too.
		{"경리 직원 박아무개씨가 동생과 공모해 유령 업체를 차린 후 30억원을 빼돌린 사실이 드러났다.", "30억원", "박아무개씨"}, // the job before the name goes (sixteenth round, N2)
		// A subject at a clause's start, with 도 too, right before 비슷한
		// or 같은 (which take no subject of their own there) does the
		// deed whose object is the amount.
		{"박하늘은 5억원을 쏟아부었고 최바다도 비슷한 시기 3억원을 베팅했다.", "3억원", "최바다"},
		// A bracket of who a person is (age and sex or job) is no part
		// of the agent.
		{"수사 결과 한(34·여)모씨는 고객들에게서 620만원을 가로챈 것으로 드러났다.", "620만원", "한모씨"},
		// A thing that underwent a passive deed (팔렸다) names no seller:
		// who reports it is no agent; a clause on another subject is not
		// this one's.
		{"지난 6일 호숫가의 한 통나무집이 무려 180만달러에 매각됐다고 미국 일간지가 보도했다.", "180만달러", ""},
		{"고도의 위험이 따르는 직무를 하다 사망하면 1억원이 지급된다고 국방부가 밝혔다.", "1억원", "국방부"},
		// Who finds or tracks money (적발, 추적, 포착) neither owns nor
		// spends it; a verb past a comma is another clause's.
		{"관세청은 지난 5월 이 법인의 불법송금 등 모두 250억원을 적발해 사건을 검찰에 송치했다.", "250억원", ""},
		{"경찰은 계좌에 있는 14만달러의 돈을 추적하고 있다.", "14만달러", ""},
		{"경찰은 김씨가 3천만원의 출연금을 편취하고, 법인 자금을 횡령한 정황도 포착했다.", "3천만원", "김씨"},
		// A ratio (…율, …률) or a deed (…행위) names nobody.
		{"고령화 역시 대응 사업비로 연간 2천억원을 쏟고 있다.", "2천억원", ""},
		{"음란물을 배포하는 행위는 벌금 1000만 원을 받을 수 있다.", "1000만 원", ""},
		// A clause of -자 (when) has its own subject: the topic before
		// it does what follows.
		{"박군은 최씨가 도망을 가자 화가 나 창문을 깨뜨려 20만원 상당의 피해를 낸 혐의를 받고 있다.", "20만원", "박군"},
		{"참가자가 500만원을 냈다.", "500만원", "참가자"},
		// An adverb of -없이 is no subject.
		{"마 씨는 보증을 섰지만 손실액은 3억 원으로, 고스란히 2억 원을 갚아야 할 처지였다.", "2억 원", "마 씨"},
		// The opening topic changes the noun marked with 도 from one
		// level to another.
		{"군은 상시주차 차량의 월 이용요금도 8만원에서 15만원으로 올리기로 했다.", "15만원", "군"},
		{"군은 상시주차 차량의 월 이용요금도 8만원에서 15만원으로 올리기로 했다.", "8만원", "군"},
		// The first topic of the sentence, past adverbials only, does the
		// deed as an opening one does.
		{"방치 혐의로 보리의 주인은 벌금 9000달러를 물 것으로 전해졌다.", "9000달러", "주인"},
		// 이 회사 points to a name no dictionary knows that an earlier
		// clause of its sentence acted on.
		{"박하늘은 사원이 8명이던 다온소프트를 중견 기업으로 성장시켰으며, 이 회사는 올해 초 3억 달러의 투자를 받았다.", "3억 달러", "다온소프트"},
		// A headcount (…인원) and a verb of proposing (…하자) name nobody.
		{"이번 정책의 대상 인원은 500만명이며 필요자금 120억 위안은 모두 지방재정에서 댄다.", "120억 위안", ""},
		{"교사를 고용하는 데 드는 40달러로 아동들을 돕자는 운동이다.", "40달러", ""},
	}
	checkAgents(t, tests)
}
