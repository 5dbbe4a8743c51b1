package facts

import "testing"

// TestAgentDecisions11 reads the agent of amounts by the eleventh round's
// decision on who reports a figure (docs/meaning.md "Decisions, eleventh
// round (open questions)", E1), in sentences of our own, each beside a
// near case the rule must leave alone.
func TestAgentDecisions11(t *testing.T) {
	tests := []agentCase{
		// Who counts or estimates a figure is its source: the owner if
		// written, else no one; its own need or deed stays its own.
		{"누리정책연구소는 지난 선거에 총 80억 달러가 들어간 것으로 추정했습니다.", "80억 달러", ""},
		{"누리정책연구소는 이번 선거에 80억 달러 넘게 들어갈 것으로 추산했습니다.", "80억 달러", ""},
		{"누리위원회 위원장은 장비를 바꾸려면 30억 달러가 소요될 것으로 추산된다고 설명했습니다.", "30억 달러", ""},
		{"누리주 정부는 복구에 300억 달러가 필요할 것으로 추산하고 있습니다.", "300억 달러", "누리주 정부"},
		{"누리 분석가들은 그러나 현지 생산에 대당 40∼70달러 정도의 비용이 더 들어가면 되는 것으로 계산, 어렵지는 않다고 주장한다.", "40∼70달러", ""},
		{"누리국 정부는 5억 달러를 투입해 피해를 줄였다고 밝혔다.", "5억 달러", "누리국 정부"},
		{"누리정책연구소는 북한이 지난해 17억 달러를 탈취한 것으로 추정했습니다.", "17억 달러", "북한"},
		{"누리재단은 지난해 80억 달러를 투자했다고 밝혔습니다.", "80억 달러", "누리재단"},
		// A figure of an economy that a statistics office or a ministry
		// reports is the economy's, no one's when no owner is written; a
		// country that tells its own is its owner.
		{"누리국 통계청은 이날 3분기 국내총생산(GDP)이 5조 위안으로 4% 증가했다고 발표했습니다.", "5조 위안", ""},
		{"누리국 상무부는 6일 지난 8월 약 600억달러의 적자를 봤다고 밝혔습니다.", "600억달러", ""},
		{"누리국 상무부는 대두 수출이 급증하며 2.2% 상승한 1천억 달러를 기록했다고 밝혔습니다.", "1천억 달러", ""},
		{"누리전자는 반도체 수출이 급증하며 1천억 달러의 매출을 올렸다.", "1천억 달러", "누리전자"},
		{"북한과 중국은 지난해 무역액 10억 달러를 기록했습니다.", "10억 달러", "북한과 중국"},
		// A news medium passes on another's figure; only a market's price
		// that no one it names holds is its own (the fourth round).
		{"누리통신은 다온제약이 생산한 백신 1개의 가격은 약 10달러가 책정된다고 전했습니다.", "10달러", ""},
		{"누리 언론에 따르면 새해에는 뉴욕의 최저임금이 시간당 11달러까지 오릅니다.", "11달러", ""},
		{"누리통신에 따르면 지난달 평양의 쌀 가격은 1kg당 6천원이었다.", "6천원", "누리통신"},
		{"올해 2분기 매출은 전년 동기보다 6% 줄어든 8억 달러에 그쳤다고 WSJ은 덧붙였다.", "8억 달러", ""},
		{"누리전자는 올해 1분기 매출이 12억 달러를 기록했다고 밝혔다.", "12억 달러", "누리전자"},
		// A speaker is no agent of an amount only spoken about: a class's
		// bound, a condition (role other); its own deed stays its own.
		{"아프간 정부는 예산이 모자란 가운데, 누리 대통령은 인구의 39%가 하루 1달러 35센트 미만으로 살아가고 있다고 지적했습니다.", "1달러 35센트", ""},
		{"누리연맹은 또 연봉 2천만원대 이하의 미혼 근로자들은 표준공제가 낫다고 밝혔다.", "2천만원", ""},
		{"누리 대통령은 이재민들에게 1억 달러를 지원하겠다고 말했습니다.", "1억 달러", "누리 대통령"},
		// A proposal states the amounts it holds, as a bill does; the
		// speaker who tells its content is no agent of them.
		{"누리 의원은 이 제안이 국방 예산을 약 110억 달러 줄여 400억 달러로 삭감하는 내용을 담고 있다고 말했습니다.", "400억 달러", ""},
		{"누리 의원은 정부가 국방 예산을 400억 달러로 삭감했다고 말했습니다.", "400억 달러", "정부"},
	}
	checkAgents(t, tests)
}
