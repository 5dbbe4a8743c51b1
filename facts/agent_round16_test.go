package facts

import "testing"

// TestAgentExtent16 reads the extent of an agent's phrase by the
// sixteenth round's decisions (docs/meaning.md "Decisions, sixteenth
// round (agent extent)"), in sentences of our own, each beside a near
// case the rule must leave alone.
func TestAgentExtent16(t *testing.T) {
	checkAgents(t, []agentCase{
		// N2: nothing before a name — a kind of body, an occupation or a
		// people, 출신, 산하 — but a head that is a common noun of people
		// or bodies keeps its words, and a person's title keeps the body
		// it is held in.
		{"반도체 제조사 누리텍은 내년에 3천억 원을 투자한다.", "3천억 원", "누리텍"},
		{"누리국 해킹조직 라자로스는 지난해 5억 달러를 벌어들였다.", "5억 달러", "라자로스"},
		{"가수 김누리 씨는 심장재단에 10억원을 기부했다.", "10억원", "김누리 씨"},
		{"영국인 누리 드와이트는 경매에서 4만 파운드를 냈다.", "4만 파운드", "누리 드와이트"},
		{"누리국 국방부 산하 국방협력국(NDCA)은 3억 달러의 판매를 승인했다.", "3억 달러", "국방협력국(NDCA)"},
		{"누리그룹 정누리 회장은 5년간 6조 원을 투자하겠다고 밝혔다.", "6조 원", "누리그룹 정누리 회장"},
		{"대기업 생산직 근로자가 1억원을 기부했다.", "1억원", "대기업 생산직 근로자"},
		{"한국 소재 가상화폐 거래소가 2억 달러를 도난당했다.", "2억 달러", "한국 소재 가상화폐 거래소"},
		{"누리인 기술자 계장급은 월 1,500원을 받았다.", "1,500원", "누리인 기술자 계장급"},
		// A person's name the reader takes for a verb (…준, …린) stays
		// before the body and the title it heads; a verb after its
		// object (…을 지낸) does not.
		{"당시 박정준 누리지방검찰청 부장검사가 9억 원을 받은 혐의로 구속됐다.", "9억 원", "박정준 누리지방검찰청 부장검사"},
		{"콜린 칼 누리국 국방부 정책차관은 10억 달러를 지원한다고 밝혔다.", "10억 달러", "콜린 칼 누리국 국방부 정책차관"},
		{"선대위원장을 지낸 박누리 다온복지재단 전 이사장이 48억원을 신고했다.", "48억원", "박누리 다온복지재단 전 이사장"},
		// N3: an owner with 의 before a common noun of people or bodies
		// that is the subject names whose they are and stays; a pronoun
		// owner does not, nor one before a bare noun of people glued to
		// a charge (P3).
		{"무수리의 주민들은 매달 6루피를 내야 한다.", "6루피", "무수리의 주민들"},
		{"누리은행 소유의 타이머 은행은 수백만 달러를 빼돌렸다.", "수백만 달러", "누리은행 소유의 타이머 은행"},
		{"자신의 보좌진이 1억원을 받았다.", "1억원", "보좌진"},
		{"국공립 어린이집의 학부모 부담금은 한 해 120만원을 웃돌았다.", "120만원", "학부모"},
		// N7: a count after a bare head stays in the agent, past a 등;
		// a count of what the amount is given to is no part of it.
		{"노동자 1명이 매달 46만 루블을 바친다.", "46만 루블", "노동자 1명"},
		{"교사와 학부모 4명이 9억원의 사기 피해를 봤다.", "9억원", "교사와 학부모 4명"},
		{"누리시는 가구 3곳에 1억원을 지원했다.", "1억원", "누리시"},
		{"노동자는 1명당 46만 루블을 바친다.", "46만 루블", "노동자"},
	})
}
