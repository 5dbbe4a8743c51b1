package facts

import "testing"

// TestPurposeDecisions11 reads the purpose of amounts by the eleventh
// round's decisions (docs/meaning.md "Decisions, eleventh round (open
// questions)", E2 and E3), in sentences of our own, each beside a near
// case the rule must leave alone.
func TestPurposeDecisions11(t *testing.T) {
	tests := []purposeCase{
		// E2: a deed done to what the amount sizes is dropped; a deed the
		// amount sizes stays.
		{"여야는 500조원 규모의 2026년 예산안 통과에 합의했다.", "500조원", "2026년 예산안"},
		{"각국은 2천억 달러의 기후 기금 약속 이행을 다짐했다.", "2천억 달러", "기후 기금 약속"},
		{"정부가 추진하는 3조 원 규모의 청년 펀드 출범은 내년으로 미뤄졌다.", "3조 원", "청년 펀드"},
		{"그는 시가 3억원 상당 장물의 처분에 관여했다.", "3억원", "장물"},
		{"미국은 5억 달러 규모의 무기 판매를 승인했다.", "5억 달러", "무기 판매"},
		{"정부는 3조 원 규모의 청년 지원을 약속했다.", "3조 원", "청년 지원"},
		// E3 (a): people, a body or a country with 을 위해 are whom the
		// money is for, no purpose; a deed with 을 위해 is the purpose.
		{"정부는 내전으로 고통 받는 주민들을 위해 5억 달러를 지원하기로 했다.", "5억 달러", ""},
		{"두 단체는 이주 노동자들을 위해 각각 3만 달러를 모금했다.", "3만 달러", ""},
		{"정부는 내전 피해 복구를 위해 5억 달러를 지원하기로 했다.", "5억 달러", "내전 피해 복구"},
		{"정부는 주민들의 생계 지원을 위해 5억 달러를 지원하기로 했다.", "5억 달러", "생계 지원"}, // the receivers with 의 leave too (E3 (c))
		// E3 (b): 현금 alone names no purpose; a compound keeps it.
		{"주민들에게 1인당 100만 원의 현금이 지급된다.", "100만 원", ""},
		{"그의 현금보너스는 600만 달러이다.", "600만 달러", "현금보너스"},
		// E3 (c): a thing's owner with 의 stays, without the unit of its
		// price; a per-capita measure keeps its 1인당.
		// A country with 의 before a deed it undergoes stays, as X에 대한
		// 지원 does; an actor that owns the noun leaves with the agent.
		{"누리국은 아프가니스탄의 재건을 위해 10억 달러를 투입했다.", "10억 달러", "아프가니스탄의 재건"},
		{"누리국은 아프가니스탄의 재건을 지원하기 위해 10억 달러를 추가 지원하기로 했다.", "10억 달러", "아프가니스탄의 재건 지원"},
		{"누리전자의 지난해 영업이익은 10억 달러였다.", "10억 달러", "영업이익"},
		{"누리 복권의 1장 당 가격은 2달러입니다.", "2달러", "누리 복권의 가격"},
		{"누리 복권의 가격은 2달러입니다.", "2달러", "누리 복권의 가격"},
		{"한국의 1인당 GDP는 3만 달러를 넘었다.", "3만 달러", "1인당 GDP"}, // 한국, the agent, leaves
	}
	checkPurposes(t, tests)
}
