package facts

import "testing"

// TestAgentClasses10 reads the agent of amounts in the constructions of
// the tenth round (docs/meaning.md "Tenth round: agent on d11"), in
// sentences of our own, each with a near case the rule must leave alone.
func TestAgentClasses10(t *testing.T) {
	tests := []agentCase{
		// A numeral glued to the particle before it starts a new word:
		// the topic keeps its particle.
		{"앞서 누리중앙은행은9일 3천억 달러 규모의 채권을 사들였다.", "3천억 달러", "누리중앙은행"},
		{"앞서 누리중앙은행은 9일 3천억 달러 규모의 채권을 사들였다.", "3천억 달러", "누리중앙은행"},
		// X은/는 물론 makes X the first of a list, no topic.
		{"이웃 나라들도 누리국은 물론 주변국들에 5억 달러를 지원하겠다고 약속했다.", "5억 달러", "이웃 나라들"},
		{"누리국은 주변국들에 5억 달러를 지원하겠다고 약속했다.", "5억 달러", "누리국"},
		// Of two topics before a clause quoted with …라며, the first, a
		// comma after it, says it: the second is the quote's own.
		{"누리국 총리는 17일 연설에서, 정부는 이웃 나라에 무기를 보낼 것이라며 5억 달러 규모의 지원안을 발표했다.", "5억 달러", "누리국 총리"},
		{"누리국 총리는 17일 연설에서 이웃 나라에 무기를 보낼 것이라며 5억 달러 규모의 지원안을 발표했다.", "5억 달러", "누리국 총리"},
		{"누리국 총리는 17일 연설에서, 정부는 이웃 나라에 5억 달러를 보낼 것이라고 말했다.", "5억 달러", "정부"},
		// The subject of a clause on a document that is the main clause's
		// topic is that clause's, past objects and commas; a clause on a
		// thing traded keeps its subject, the trader.
		{"누리국이 초안을 작성한 이 결의안은 적어도 3억 달러의 수입을 줄이는 것을 목표로 한다.", "3억 달러", ""},
		{"의회가 지난달 찬성 210, 반대 190으로 통과시킨 이 법안은 최저임금을 시간당 9달러로 올리도록 한다.", "9달러", ""},
		{"지난달 북한이 가장 많이 수입한 품목은 쌀로, 수입액은 900만 달러였다.", "900만 달러", "북한"},
		// 내년도, 전년도 are nouns (a year of account), no 내년 with 도:
		// the owner before them owns the noun after them.
		{"한국의 내년도 국방예산이 37조 원으로 확정됐다.", "37조 원", "한국"},
		{"한국의 국방예산이 37조 원으로 확정됐다.", "37조 원", "한국"},
		// 지난 before a length of time (지난 1년 동안, 지난 10년간) opens
		// no clause on a noun: the subject before it is the main clause's.
		{"누리은행 총재는 이날 세계 최빈국들이 지난 1년 동안 전년도 보다 35% 증가한 620억 달러의 부채를 안고 있다고 말했다.", "620억 달러", "세계 최빈국들"},
		// A determiner before a name of several words is no part of it
		// (A11, as 한, 이 and 해당 are).
		{"이들 지역 노동자들은 이에 따라 시간당 평균 8달러 이상의 임금을 받게 됩니다.", "8달러", "지역 노동자들"},
		{"지역 노동자들은 이에 따라 시간당 평균 8달러 이상의 임금을 받게 됩니다.", "8달러", "지역 노동자들"},
		// A body with 에서 after the subject of its clause is where, not
		// who; with no subject before it, it may be who (정부에서 발표).
		{"국제 금값은 21일 뉴욕 거래소에서 온스당 30달러가 올라 2천100달러를 기록했다.", "2천100달러", ""},
		{"교육부에서 올해 청년 1명에게 300만원을 지원한다.", "300만원", "교육부"},
		// A verb of saying in the present or going on (말하고 있다) makes
		// its topic the speaker, as the past does.
		{"박하늘 누리주 주지사는 누리주 복구에만 300억달러가 필요할 것이라고 말하고 있습니다.", "300억달러", "박하늘 누리주 주지사"},
		{"박하늘 누리주 주지사는 누리주 복구에만 300억달러가 필요할 것이라고 말했습니다.", "300억달러", "박하늘 누리주 주지사"},
		// Who freezes or seizes money is its agent over its owner (A8);
		// a freeze that only modifies the owner's noun leaves the owner.
		{"미국은 지난해 누리은행의 자산 70억 달러를 동결했다.", "70억 달러", "미국"},
		{"미국이 동결한 누리은행의 자산은 70억 달러다.", "70억 달러", "누리은행"},
		// A clause that only measures the noun it modifies by the amount
		// (…에 달하는, …에 이르는) takes no subject before it: that subject
		// is the main verb's.
		{"누리국 대통령이 80억 달러에 달하는 긴급 자금을 요청했습니다.", "80억 달러", "누리국 대통령"},
		// A reflexive subject (자신은) stands for the topic before it.
		{"누리국 총리는 경제와 관련해 자신은 “수십억 달러가 넘는 민간 투자를 유치했다”고 말했습니다.", "수십억 달러", "누리국 총리"},
		{"자신은 수십억 달러의 민간 투자를 유치했다고 말했습니다.", "수십억 달러", ""},
		// A forecaster of a measure that is the topic of the amount's
		// clause is no agent of it; a topic that forecasts its own
		// spending, with no measure between, is.
		{"한편 누리증권은 올해 하반기에도 금값은 온스당 2천 달러 선을 유지하다가 내년 말까지 2천500달러로 오를 것으로 전망했습니다.", "2천500달러", ""},
		{"누리전자는 내년에 반도체 공장에 20억 달러를 투자할 것으로 전망했습니다.", "20억 달러", "누리전자"},
	}
	checkAgents(t, tests)
}
