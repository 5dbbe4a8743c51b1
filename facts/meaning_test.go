package facts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/shared"
)

// seedPublished is when KBS published the seed article.
var seedPublished = time.Date(2025, 4, 18, 11, 0, 8, 0, kst)

// seedMeaning is what Extract must read of the six amounts of the seed
// article (issue 13): who, for what, when and per what.
var seedMeaning = []struct {
	text, agent, purpose, period, periodText string
	per                                      Per
}{
	{"1조 8천억 원", "과학기술정보통신부", "추경", "", "", ""},
	{"1조 8천억 원", "과기정통부", "추경", "2025-04-18", "오늘(18일)", ""},
	{"1조 4,600억 원", "과기정통부", "GPU", "", "", ""},
	{"1,723억 원", "", "GPU 2,600장분", "", "", ""},
	{"1,936억 원", "", "", "", "", ""},
	{"20억 원", "", "", "", "", PerYear},
}

// checkSeedMeaning checks the money facts of the seed's body: every role
// a level, the agents and periods as written, the purposes containing
// the words the issue asks for.
func checkSeedMeaning(t *testing.T, text string) {
	t.Helper()
	var money []Fact
	for _, f := range Extract(text, Options{Published: seedPublished}) {
		if f.Kind == KindMoney {
			money = append(money, f)
		}
	}
	if len(money) != len(seedMeaning) {
		t.Fatalf("%d money facts, want %d", len(money), len(seedMeaning))
	}
	for i, w := range seedMeaning {
		f := money[i]
		if f.Text != w.text || f.Role != RoleLevel || string(f.Agent) != w.agent ||
			!strings.Contains(string(f.Purpose), w.purpose) || string(f.Period) != w.period ||
			string(f.PeriodText) != w.periodText || f.Per != w.per {
			t.Errorf("fact %d %s: role %q agent %q purpose %q period %q (%q) per %q; want level, %q, containing %q, %q (%q), %q",
				i, f.Text, f.Role, f.Agent, f.Purpose, f.Period, f.PeriodText, f.Per,
				w.agent, w.purpose, w.period, w.periodText, w.per)
		}
	}
	if q := money[5].Qualifiers; len(q) != 2 || q[0] != "최대" || q[1] != "연" {
		t.Errorf("20억 원: qualifiers %q, want [최대 연]", q)
	}
}

// TestExplainSeed reads the meaning of the seed article's amounts.
func TestExplainSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir, "seed", "kbs-2025-04-18-ai-gpu.txt"))
	if os.IsNotExist(err) {
		shared.Missing(t, filepath.Join(sharedDir, "seed", "kbs-2025-04-18-ai-gpu.txt"), err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var body []string
	for _, line := range strings.Split(string(b), "\n") {
		if body == nil && !strings.HasPrefix(line, "과학기술정보통신부가 인공지능(AI) 분야에") {
			continue
		}
		body = append(body, line)
		if strings.HasPrefix(line, "유상임") {
			break
		}
	}
	checkSeedMeaning(t, strings.Join(body, "\n"))
}

// TestExplainMoneyOnly: counts and percents carry no meaning, and their
// JSON says null.
func TestExplainMoneyOnly(t *testing.T) {
	fs := Extract("매출은 올해 5조 원으로 20% 늘었고 직원은 300명이다.", Options{Published: seedPublished})
	if len(fs) != 3 {
		t.Fatalf("%d facts, want 3", len(fs))
	}
	if fs[0].Role != RoleLevel || fs[0].Purpose != "매출" || fs[0].Period != "2025" {
		t.Errorf("5조 원: %+v", fs[0])
	}
	for _, f := range fs[1:] {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{`"role":null`, `"agent":null`, `"purpose":null`, `"period":null`, `"period_text":null`, `"per":null`} {
			if !strings.Contains(string(b), k) {
				t.Errorf("%s: JSON lacks %s: %s", f.Text, k, b)
			}
		}
	}
}

func TestNormPeriod(t *testing.T) {
	pub := seedPublished // 2025-04-18
	tests := []struct {
		in   string
		pub  time.Time
		want string
	}{
		{"2024년", time.Time{}, "2024"},
		{"2026년도", time.Time{}, "2026"},
		{"올해", pub, "2025"},
		{"올해", time.Time{}, ""},
		{"연내", pub, "2025"},
		{"올 한 해", pub, "2025"},
		{"지난해", pub, "2024"},
		{"작년", pub, "2024"},
		{"내년", pub, "2026"},
		{"내년도", pub, "2026"},
		{"2분기", pub, "2025-Q2"},
		{"올 2분기", pub, "2025-Q2"},
		{"2024년 2분기", time.Time{}, "2024-Q2"},
		{"지난해 4분기", pub, "2024-Q4"},
		{"상반기", pub, "2025-H1"},
		{"하반기", pub, "2025-H2"},
		{"3월", pub, "2025-03"},
		{"지난 11월", pub, "2024-11"},
		{"1~3월", pub, "2025-Q1"},
		{"1~5월", pub, "2025-01/2025-05"},
		{"4월 18일", pub, "2025-04-18"},
		{"지난달", pub, "2025-03"},
		{"이달", pub, "2025-04"},
		{"이번 달", pub, "2025-04"},
		{"다음 달", pub, "2025-05"},
		{"이날", pub, "2025-04-18"},
		{"오늘", pub, "2025-04-18"},
		{"오늘(18일)", pub, "2025-04-18"},
		{"어제", pub, "2025-04-17"},
		{"전날", pub, "2025-04-17"},
		{"18일", pub, "2025-04-18"},
		{"20일", pub, "2025-03-20"},
		{"지난 2일", pub, "2025-04-02"},
		{"이날", time.Time{}, ""},
	}
	for _, tt := range tests {
		got, ok := normPeriod(tt.in, tt.pub)
		if !ok || got != tt.want {
			t.Errorf("normPeriod(%q, %v) = %q, %v; want %q", tt.in, tt.pub.Format(time.DateOnly), got, ok, tt.want)
		}
	}
	for _, bad := range []string{"13월", "2월 30일", "5~3월"} {
		if got, ok := normPeriod(bad, pub); ok && got != "" {
			t.Errorf("normPeriod(%q) = %q, want none", bad, got)
		}
	}
}

// TestExplain reads role, agent, purpose, period and per in sentences of
// our own, one rule each.
func TestExplain(t *testing.T) {
	pub := seedPublished
	tests := []struct {
		text, amount                  string
		role                          Role
		agent, purpose, period, ptext string
		per                           Per
	}{
		{"정부는 반도체에 1조 원을 투입한다.", "1조 원", RoleLevel, "정부", "반도체", "", "", ""},
		{"매출은 전년 대비 2조 원 증가했다.", "2조 원", RoleChange, "", "매출", "", "", ""},
		{"매출이 5조 원으로 늘었다.", "5조 원", RoleLevel, "", "매출", "", "", ""},
		{"가격은 전년보다 500원 오른 3,000원이다.", "500원", RoleChange, "", "가격", "", "", ""},
		{"가구당 평균 30만 원을 받는다.", "30만 원", RoleRate, "", "", "", "", ""},
		{"달러당 1,400원에 거래됐다.", "1,400원", RoleRate, "", "", "", "", ""},
		{"1억 원을 넘으면 세금을 낸다.", "1억 원", RoleOther, "", "", "", "", ""},
		{"5만 원 이상은 신고해야 한다.", "5만 원", RoleOther, "", "", "", "", ""},
		{"매출 1조 원 클럽에 들었다.", "1조 원", RoleOther, "", "매출", "", "", ""},
		{"삼성전자의 영업이익 6조 원은 시장 예상을 웃돌았다.", "6조 원", RoleLevel, "삼성전자", "영업이익", "", "", ""},
		{"1조 원을 투입한다고 정부가 밝혔다.", "1조 원", RoleLevel, "정부", "", "", "", ""},
		{"유상임 과기정통부 장관은 올해 5천억 원을 더 쓴다고 말했다.", "5천억 원", RoleLevel, "유상임 과기정통부 장관", "", "2025", "올해", ""},
		{"매년 정부가 300억 원을 지원한다.", "300억 원", RoleLevel, "정부", "", "", "", PerYear},
		{"하루 평균 20억 원이 거래된다.", "20억 원", RoleLevel, "", "", "", "", PerDay},
		{"2020년부터 시작된 사업에 올해 5억 원이 들어간다.", "5억 원", RoleLevel, "", "사업", "2025", "올해", ""},
		{"지난해 3분기 순이익은 8천억 원이었다.", "8천억 원", RoleLevel, "", "순이익", "2024-Q3", "지난해 3분기", ""},
		{"민간이 보유한 GPU를 2천억 원에 산다.", "2천억 원", RoleLevel, "", "GPU", "", "", ""},

		// Rates: a unit with 에, a price per unit, a unit in brackets.
		{"한 그릇에 8천 원 하는 냉면이 잘 팔린다.", "8천 원", RoleRate, "", "냉면", "", "", ""},
		{"금값은 1g에 10만 원까지 올랐다.", "10만 원", RoleRate, "", "금값", "", "", ""},
		{"원·달러 환율은 1,400원이다.", "1,400원", RoleRate, "", "원·달러 환율", "", "", ""},
		{"배추 한 포기 가격은 5천 원이다.", "5천 원", RoleRate, "", "배추 한 포기 가격", "", "", ""},
		{"쌀값 20만 원(한 가마니 80kg)을 보장하라고 요구했다.", "20만 원", RoleRate, "", "쌀값", "", "", ""},
		{"업체들은 건당 10만 원, 5만 원에 광고를 실었다.", "5만 원", RoleRate, "업체들", "", "", "", ""},
		{"배추는 한 포기에 3천 원이던 게 5천 원으로 올랐다.", "5천 원", RoleRate, "", "배추", "", "", ""},
		{"원·달러 환율은 전날보다 12원 올랐다.", "12원", RoleChange, "", "원·달러 환율", "", "", ""},

		// Classes and conditions are other; maxima, fines and passed
		// thresholds are levels.
		{"매출 1조 원 이상 기업은 공시해야 한다.", "1조 원", RoleOther, "", "매출", "", "", ""},
		{"위반하면 3천만 원 이하의 벌금을 물린다.", "3천만 원", RoleLevel, "", "벌금", "", "", ""},
		{"10억 원 이상의 투자를 유치했다.", "10억 원", RoleLevel, "", "투자", "", "", ""},
		{"응답자들은 ‘10만 원 미만’이라고 답했다.", "10만 원", RoleOther, "응답자들", "", "", "", ""},
		{"누구든 100만 원을 건네면 처벌받는다.", "100만 원", RoleOther, "", "", "", "", ""},
		{"만약 패소할 경우 회사는 500억 원을 물어야 한다.", "500억 원", RoleOther, "회사", "", "", "", ""},
		{"수출액이 100억 달러를 넘어섰다.", "100억 달러", RoleLevel, "", "수출액", "", "", ""},

		// Changes: a verb of change takes the amount as its measure.
		{"정부는 담뱃값을 2천 원 올린다.", "2천 원", RoleChange, "정부", "담뱃값", "", "", ""},
		{"엔비디아는 매출 393억 달러를 올렸다.", "393억 달러", RoleLevel, "엔비디아", "매출", "", "", ""},
		{"부채가 자산을 10억 원 초과했다.", "10억 원", RoleChange, "", "부채", "", "", ""},
		{"정부는 5천억 원의 적자를 줄였다.", "5천억 원", RoleChange, "정부", "적자", "", "", ""},

		// Agents: names in brackets or quotes, titles, lists shared out,
		// a subject of a clause on the amount, receivers never.
		{"세계은행(WB)이 10억 달러를 지원했다.", "10억 달러", RoleLevel, "세계은행(WB)", "", "", "", ""},
		{"‘한빛 상사’가 5억 원의 벌금을 냈다.", "5억 원", RoleLevel, "한빛 상사", "벌금", "", "", ""},
		{"조 바이든 대통령은 1조 달러를 요청했다.", "1조 달러", RoleLevel, "조 바이든 대통령", "", "", "", ""},
		{"미국과 일본은 각각 10억 달러와 5억 달러를 냈다.", "5억 달러", RoleLevel, "일본", "", "", "", ""},
		{"해커들이 훔친 암호화폐는 3억 달러에 이른다.", "3억 달러", RoleLevel, "해커들", "암호화폐", "", "", ""},
		{"정부는 농가에 1조 원을 지원한다.", "1조 원", RoleLevel, "정부", "", "", "", ""},
		{"수출한 혐의를 받던 한 부품업체와는 50만 달러의 벌금에 합의했다.", "50만 달러", RoleLevel, "", "벌금", "", "", ""},
		{"화재로 인한 손실이 5억 원에 달했다.", "5억 원", RoleLevel, "", "손실", "", "", ""},
		{"합병법인은 자산 3조원 규모가 된다.", "3조원", RoleLevel, "합병법인", "자산", "", "", ""},
		{"주민들에게 물은 결과 응답자의 20%가 ‘10만원 이상’이라고 답했다.", "10만원", RoleOther, "응답자", "", "", "", ""},
		{"변호인 측은 위자료로 3천만원을 청구했다.", "3천만원", RoleLevel, "변호인 측", "위자료", "", "", ""},
		{"인터넷 서점 알파는 1천만 원의 과태료를 부과받았다.", "1천만 원", RoleLevel, "인터넷 서점 알파", "과태료", "", "", ""},
		{"잠비아가 500만 달러를 받았다.", "500만 달러", RoleLevel, "잠비아", "", "", "", ""},
		{"5억 원을 가로챈 내부 직원 김아무개씨가 붙잡혔다.", "5억 원", RoleLevel, "내부 직원 김아무개씨", "", "", "", ""},
		{"재무부는 5일 ‘한빛 무역’이 위반 혐의를 인정하고 10만 달러의 벌금을 내기로 했다고 밝혔다.", "10만 달러", RoleLevel, "한빛 무역", "벌금", "", "", ""},
		{"김 지사는 주민들이 원할 경우 5억 원을 더 쓸 것이라고 말했다.", "5억 원", RoleLevel, "김 지사", "", "", "", ""},
		{"알파문고는 2천만 원, 베타서점과 감마북스는 각각 500만 원의 과태료를 부과받았다.", "500만 원", RoleLevel, "베타서점과 감마북스", "과태료", "", "", ""},
		{"알파문고는 2천만 원, 베타서점과 감마북스는 각각 500만 원의 과태료를 부과받았다.", "2천만 원", RoleLevel, "알파문고", "과태료", "", "", ""},
		{"연구소는 설문을 실시한 결과, 응답자는 300명으로 나타났으며, 평균 비용은 20만 원으로 조사됐다고 밝혔다.", "20만 원", RoleLevel, "연구소", "평균 비용", "", "", ""},
		{"응답자의 40%가 ‘5만 원 미만’이라고 답했다.", "5만 원", RoleOther, "응답자", "", "", "", ""},
		{"국회에서 500조 원 규모의 예산안을 통과시켰다.", "500조 원", RoleLevel, "국회", "예산안", "", "", ""},
		{"가나전자의 미국에 대한 100억 달러 투자가 발표됐다.", "100억 달러", RoleLevel, "가나전자", "미국에 대한 투자", "", "", ""},
		{"대기업은 100만 원으로 중소기업(50만 원)보다 많다.", "50만 원", RoleLevel, "중소기업", "", "", "", ""},
		{"한국개발원의 연구 결과에 따르면 경제 효과는 3천억 원이다.", "3천억 원", RoleLevel, "한국개발원", "경제 효과", "", "", ""},
		{"북한의 지난해 최대 수출품은 가발이었으며, 총 2억 달러 규모였다.", "2억 달러", RoleLevel, "북한", "수출품", "2024", "지난해", ""},
		{"가장 큰 손해를 본 곳은 1억 달러의 손실을 낸 독일이었다.", "1억 달러", RoleLevel, "독일", "손실", "", "", ""},
		{"배추는 한 포기에 3천 원에 팔린다.", "3천 원", RoleRate, "", "배추", "", "", ""},

		// Purposes: the noun modified, coordinated, concerned, paid for.
		{"미국은 이라크에 대한 5억 달러 지원을 약속했다.", "5억 달러", RoleLevel, "미국", "이라크에 대한 지원", "", "", ""},
		{"일본은 30억 달러 규모의 경제와 군사 지원을 약속했다.", "30억 달러", RoleLevel, "일본", "경제와 군사 지원", "", "", ""},
		{"공장 설립과 운영에는 5조 원이 투입된다.", "5조 원", RoleLevel, "", "공장 설립과 운영", "", "", ""},
		{"그는 차기 전투기 개발 명목으로 3억 원을 받았다.", "3억 원", RoleLevel, "", "차기 전투기 개발", "", "", ""},
		{"가계의 처분가능소득(300만 원)은 줄었다.", "300만 원", RoleLevel, "가계", "처분가능소득", "", "", ""},
		{"그 회사는 5천억 원의 돈을 벌었다.", "5천억 원", RoleLevel, "", "", "", "", ""},
		{"한빛전자가 신제품을 냈다. 그 회사는 5천억 원의 돈을 벌었다.", "5천억 원", RoleLevel, "한빛전자", "신제품", "", "", ""},
		{"새 청사는 2020년 착공, 총 500억 원이 투입됐다.", "500억 원", RoleLevel, "", "새 청사", "", "", ""},
		// Receivers are no purposes; 각각 shares a list of items out; the
		// item of a list follows a label or shares its noun; a noun joined
		// by 와 is not what the amount measures.
		{"시는 피해 주민들에게 10만 원씩 나눠 준다.", "10만 원", RoleLevel, "시", "", "", "", ""},
		{"한빛은행은 베트남에 3억 달러를 빌려줬다.", "3억 달러", RoleLevel, "한빛은행", "", "", "", ""},
		{"밀과 보리는 kg당 각각 3천 원, 2천 원이다.", "2천 원", RoleRate, "", "보리", "", "", ""},
		{"밀과 보리는 kg당 각각 3천 원 안팎, 2천 원 안팎이던 게 4천 원, 2천500원으로 올랐다.", "2천500원", RoleRate, "", "보리", "", "", ""},
		{"갤럭시 A와 갤럭시 B의 출고가는 각각 50만 원과 70만 원이다.", "70만 원", RoleLevel, "", "갤럭시 B", "", "", ""},
		{"법원은 징역 2년과 500만 원을 선고했다.", "500만 원", RoleLevel, "법원", "선고", "", "", ""},
		{"위반하면 1차 100만원, 2차 200만원, 3차 300만원의 과태료를 문다.", "100만원", RoleLevel, "", "과태료", "", "", ""},
		// Heads with their modifiers; what an amount is, is near, sizes.
		{"올해 매출은 작년 매출 10억 원의 3배다.", "10억 원", RoleLevel, "", "매출", "2024", "작년", ""},
		{"시민들이 모은 1억 원에 가까운 성금이 전달됐다.", "1억 원", RoleLevel, "", "성금", "", "", ""},
		{"행사 기간에는 하루에 수천만 원의 광고비가 나간다.", "수천만 원", RoleLevel, "", "광고비", "", "", PerDay},
		{"회사는 200억 원 규모의 새로운 물류 투자를 발표했다.", "200억 원", RoleLevel, "회사", "새로운 물류 투자", "", "", ""},
		{"정부는 300조원 규모의 2026년 예산안을 냈다.", "300조원", RoleLevel, "정부", "2026년 예산안", "2026", "2026년", ""},
		{"닌텐도 스위치의 가격은 40만 원이다.", "40만 원", RoleLevel, "", "닌텐도 스위치의 가격", "", "", ""},
		{"공식 판매가인 3만 원에 팔린다.", "3만 원", RoleLevel, "", "공식 판매가", "", "", ""},
		{"전체 수출액에서 약 50억 원이 줄어든다.", "50억 원", RoleChange, "", "수출액", "", "", ""},
		{"두 공항 건설을 합쳐 총 8조 원이 들어간다.", "8조 원", RoleLevel, "", "두 공항 건설", "", "", ""},
		{"대선 캠페인에서는 5천억 원 넘게 들어갈 전망이다.", "5천억 원", RoleLevel, "", "대선 캠페인", "", "", ""},
		{"행사 진행비 명목으로 회삿돈 3억 원을 빼돌렸다.", "3억 원", RoleLevel, "", "행사 진행비", "", "", ""},
		{"유족은 정신적 고통에 대해 각각 3천만 원을 청구했다.", "3천만 원", RoleLevel, "유족", "정신적 고통", "", "", ""},
		{"5억 원(원금 2억 원) 이상의 빚을 졌다.", "5억 원", RoleLevel, "", "빚", "", "", ""},
		{"5억 원(원금 2억 원) 이상의 빚을 졌다.", "2억 원", RoleLevel, "", "원금", "", "", ""},
		{"구호품 1천 점(2천만 원 상당)의 물품을 보냈다.", "2천만 원", RoleLevel, "", "물품", "", "", ""},
		{"그는 현금으로 5억 원을 받았다.", "5억 원", RoleLevel, "", "", "", "", ""},
		{"그는 상금으로 5만 디나르(약 500만 원)를 받는다.", "500만 원", RoleLevel, "", "상금", "", "", ""},
		{"주가는 5만 원까지 올랐다가 4만 원으로 내렸다.", "4만 원", RoleLevel, "", "주가", "", "", ""},
		{"관광객이 늘어 총 금액으로는 작년과 비슷한 수준인 50억 원인 것으로 나타났다.", "50억 원", RoleLevel, "", "", "", "", ""},

		// Periods: spans, open spans, reports dated, lists of times.
		{"2013년부터 2017년까지 500억 원이 투입됐다.", "500억 원", RoleLevel, "", "", "2013/2017", "2013년부터 2017년까지", ""},
		{"정부는 2030년까지 1조 원을 투자한다.", "1조 원", RoleLevel, "정부", "", "", "2030년까지", ""},
		{"값은 지난달 21일 기준 1천900원이었다.", "1천900원", RoleLevel, "", "값", "2025-03-21", "지난달 21일", ""},
		{"정부는 18일 반도체에 1조 원을 지원하겠다고 밝혔다.", "1조 원", RoleLevel, "정부", "반도체", "", "", ""},
		{"검찰은 지난해 10월과 올해 1월 두 차례 5억 원을 압류했다.", "5억 원", RoleLevel, "검찰", "압류", "", "지난해 10월과 올해 1월", ""},
		{"2012년 제5호 태풍으로 100억 원의 피해가 났다.", "100억 원", RoleLevel, "", "피해", "", "", ""},
		{"법원은 징역 6월에 벌금 500만 원을 선고했다.", "500만 원", RoleLevel, "법원", "벌금", "", "", ""},
		{"5년 후에는 매년 10조 원이 필요하다.", "10조 원", RoleLevel, "", "", "2030", "5년 후", PerYear},
		{"교역액은 전년(10억 달러) 대비 두 배가 됐다.", "10억 달러", RoleLevel, "", "교역액", "2024", "전년", ""},
		{"회사는 2020년부터 3년간 600억 원을 투자했다.", "600억 원", RoleLevel, "회사", "", "2020/2022", "2020년부터 3년간", ""},
		{"기금은 2024년까지 5년간 1조 원을 모은다.", "1조 원", RoleLevel, "", "기금", "2020/2024", "2024년까지 5년간", ""},
		{"2021년 첫 6개월 수출액은 3억 달러였다.", "3억 달러", RoleLevel, "", "수출액", "2021-01/2021-06", "2021년 첫 6개월", ""},
		{"2019년과 2020년 상반기 수입액은 각각 5억 달러와 7억 달러였다.", "7억 달러", RoleLevel, "", "수입액", "2020-H1", "2019년과 2020년 상반기", ""},
		{"장관이 지난해 5월 서명한 법은 1조 원의 보조금을 규정한다.", "1조 원", RoleLevel, "", "보조금", "", "", ""},
		{"그는 “2019년엔 거래가 있었다”며 “회사는 3억 원을 냈다”고 말했다.", "3억 원", RoleLevel, "회사", "", "", "", ""},
		{"국방부의 2025년도 예산안에 따르면 정부는 5조 원을 편성했다.", "5조 원", RoleLevel, "정부", "", "2025", "2025년도", ""},
		{"작년 한 해에만 해커들이 훔친 암호화폐는 3억 달러에 이른다.", "3억 달러", RoleLevel, "해커들", "암호화폐", "2024", "작년 한 해", ""},
		{"작년 1분기 기준 하위 가구가 난방비로 쓴 금액은 월평균 10만 원으로 소득(200만 원) 대비 5%였다.", "200만 원", RoleLevel, "하위 가구", "소득", "2024-Q1", "작년 1분기", ""},
		{"한빛 1호(100억 투자)는 2010년에 40억 원에, 한빛 2호(300억 투자)는 2011년에 5억 원에 팔렸다.", "300억", RoleLevel, "", "한빛 2호", "", "", ""},
		{"한빛 1호(100억 투자)는 2010년에 40억 원에, 한빛 2호(300억 투자)는 2011년에 5억 원에 팔렸다.", "40억 원", RoleLevel, "", "한빛 1호", "2010", "2010년", ""},
		{"2020년부터 2022년까진 적자가 10억 달러 아래였다.", "10억 달러", RoleLevel, "", "적자", "2020/2022", "2020년부터 2022년까진", ""},
		{"회사가 2013년부터 2년간 구입한 50억원대 상품권 중 10억원 상당의 상품권이 사라졌다.", "10억원", RoleLevel, "회사", "상품권", "", "", ""},

		// Periods of text the rules were not written on (voa-b1): a
		// fiscal year glued, the year of the thing the amount sizes, bases
		// of a comparison written apart, a day that dates an announcement,
		// a quotation's own times, a report's month before what it reports.
		{"정부는 18일 300조원 규모의 2026회계연도 예산안을 제출했다.", "300조원", RoleLevel, "정부", "2026회계연도 예산안", "2026", "2026회계연도", ""},
		{"예산은 전년도 보다 5조 원 늘었다.", "5조 원", RoleChange, "", "예산", "", "", ""},
		{"수입액은 10억 달러로 7월과 전년도 8월 대비 각각 늘었다.", "10억 달러", RoleLevel, "", "수입액", "", "", ""},
		{"통계청은 이날, 3분기 소득이 300만 원으로 늘었다고 발표했다.", "300만 원", RoleLevel, "통계청", "소득", "2025-Q3", "3분기", ""},
		{"그는 지난 2월 “회사가 수만 달러를 북한에 보냈다”고 말했다.", "수만 달러", RoleLevel, "회사", "", "", "", ""},
		{"회장이 26일 80억 원 규모의 지원안을 발표했다.", "80억 원", RoleLevel, "회장", "지원안", "", "", ""},
		{"국무부가 19일 2억 달러 규모의 판매를 승인했다.", "2억 달러", RoleLevel, "국무부", "판매", "2025-03-19", "19일", ""},
		{"한빛제철은 지난해 12월 알파사를 149억 원에 매수할 계획이라고 발표했다.", "149억 원", RoleLevel, "한빛제철", "알파사 매수", "", "", ""},
		{"VOA는 지난해 2월 중국이 7만 달러어치를 거래했다고 전했다.", "7만 달러", RoleLevel, "중국", "", "", "", ""},
		{"정부는 수만 달러를 모금한 기관 2곳을 19일 제재했다.", "수만 달러", RoleLevel, "기관 2곳", "", "", "", ""},
		{"1천406만 달러를 기록한 8월을 제외하면 줄곧 줄었다.", "1천406만 달러", RoleLevel, "", "", "2025-08", "8월", ""},
		{"VOA가 해관총서의 올해 상반기 자료를 살펴본 결과 중국은 3만 달러어치를 북한에 수출했다.", "3만 달러", RoleLevel, "중국", "", "2025-H1", "올해 상반기", ""},
		{"내년도 전체 자금 중 9천만 달러가 코로나 대응에 사용된다.", "9천만 달러", RoleLevel, "", "코로나 대응", "2026", "내년도", ""},
		{"2019년만 하더라도 수출액은 139만 달러였지만 지금은 늘었다.", "139만 달러", RoleLevel, "", "수출액", "2019", "2019년", ""},
		{"비용이 3천 달러였는데 지금은 약 2만 달러에 이른다.", "2만 달러", RoleLevel, "", "비용", "2025-04-18", "지금", ""},
		{"그는 올여름 500억 달러의 대출을 약속했다.", "500억 달러", RoleLevel, "", "대출", "2025", "올여름", ""},
		{"2020년 봄철 평균 가격은 1천413원이었다.", "1천413원", RoleLevel, "", "평균 가격", "2020", "2020년 봄철", ""},
		{"미국은 지난달 말에도 20억 달러 규모의 판매안을 승인했다.", "20억 달러", RoleLevel, "미국", "판매안", "2025-03", "지난달 말", ""},
		{"해커들은 6월 22일 6천만 달러를 훔쳤으며, 같은 날 3천700만 달러를 탈취했다.", "3천700만 달러", RoleLevel, "해커들", "탈취", "2025-06-22", "같은 날", ""},
		{"해커들은 6월 22일 6천만 달러를 훔쳤다. 같은 달 2일에도 1억 달러를 훔쳤다.", "1억 달러", RoleLevel, "", "", "2025-06-02", "같은 달 2일", ""},
		{"북한의 7월 수출액은 4만 달러로, 전달의 1만7천 달러보다 늘었다.", "1만7천 달러", RoleLevel, "북한", "수출액", "2025-06", "전달", ""},
		{"유니세프는 2026년도에 1천만 명을 지원한다고 밝혔다. 이를 위해 94억 원이 필요하다.", "94억 원", RoleLevel, "유니세프", "1천만 명 지원", "2026", "2026년도", ""},
		{"국회는 500조 원 규모의 2026년도 예산안을 통과시켰다. 이는 전년도 보다 6조 원 늘어난 것이다.", "6조 원", RoleChange, "국회", "2026년도 예산안", "2026", "2026년도", ""},
		{"북한의 대중국 월 가발 수출액이 1천만 달러를 넘었다.", "1천만 달러", RoleLevel, "북한", "대중국 월 가발 수출액", "", "", PerMonth},

		// Agents of text the rules were not written on (voa-b1): bodies
		// the dictionary knows, a speaker no dictionary knows, the subject
		// of the sentence when the amount's clause has none and the verb
		// is one of doing or saying, a subject before a phrase of 위해 or
		// 따라; never a loan (차관), a law or an item counted.
		{"9천만 달러가 코로나 대응에 사용된다고 유니세프는 설명했다.", "9천만 달러", RoleLevel, "유니세프", "코로나 대응", "", "", ""},
		{"1억 원이 장학금으로 쓰인다고 알파는 설명했다.", "1억 원", RoleLevel, "알파", "장학금", "", "", ""},
		{"호주가 미사일 생산을 위해 최대 180억 달러 투자 계획을 발표했다.", "180억 달러", RoleLevel, "호주", "투자", "", "", ""},
		{"조 바이든 대통령이 9일, 반도체 생산 등에 2천억 달러를 투자하는 내용을 담은 법안에 서명했다.", "2천억 달러", RoleLevel, "조 바이든 대통령", "반도체 생산", "2025-04-09", "9일", ""},
		{"FBI가 기업들에게 수억 달러 규모의 도난 사건에 대해 주의하도록 경고했다.", "수억 달러", RoleLevel, "", "도난 사건", "", "", ""},
		{"식량 차관이 7억 달러, 원자재 차관이 8천만 달러다.", "8천만 달러", RoleLevel, "", "원자재 차관", "", "", ""},
		{"대통령이 법안에 서명했다. 이 법안은 520억 달러 이상의 자금을 반도체 산업에 지원한다.", "520억 달러", RoleLevel, "", "반도체 산업", "", "", ""},
		{"백악관은 성명에서 바이든 대통령이 “대외원조법에 따라 5억 달러 상당의 물품 사용 권한을 위임했다”고 밝혔다.", "5억 달러", RoleLevel, "바이든 대통령", "물품 사용 권한", "", "", ""},
		{"하나는 우크라이나군을 위한 12억 달러 규모 추가 물자 제공이다.", "12억 달러", RoleLevel, "", "추가 물자 제공", "", "", ""},

		// Purposes of text the rules were not written on (voa-b1): a
		// measure with its noun (수출 규모), goods whose worth an amount is,
		// a noun after the amount past a country, what a clause of content
		// is in, the main object after a relative clause, 또는, a basis
		// (당시 시세로) stepped over, adverbs no nouns.
		{"중국의 총 대북한 수출 규모는 5천만 달러로 늘었다.", "5천만 달러", RoleLevel, "중국", "대북한 수출 규모", "", "", ""},
		{"미국이 제공한 군수 지원 규모는 총 90억 달러에 달한다.", "90억 달러", RoleLevel, "미국", "군수 지원 규모", "", "", ""},
		{"중국은 북한에 유류 제품 26만 리터, 약 29만 달러 어치를 수출했다.", "29만 달러", RoleLevel, "중국", "유류 제품", "", "", ""},
		{"북한은 총 1억 달러어치, 1천959t의 인모를 수입했다.", "1억 달러", RoleLevel, "북한", "인모", "", "", ""},
		{"중국이 냉장 장치 3개 약 7만 달러어치를 거래했다.", "7만 달러", RoleLevel, "중국", "냉장 장치", "", "", ""},
		{"북한이 수입한 도정 또는 반도정미는 516만 달러다.", "516만 달러", RoleLevel, "북한", "도정 또는 반도정미", "", "", ""},
		{"조 바이든 대통령이 30일, 총액 25억 달러 규모 우크라이나 추가 군수 지원 패키지를 발표했다.", "25억 달러", RoleLevel, "조 바이든 대통령", "우크라이나 추가 군수 지원 패키지", "", "", ""},
		{"중국 당국이 283억 달러를 조기 투입하는 내용의 경기부양책을 발표했다.", "283억 달러", RoleLevel, "중국 당국", "경기부양책", "", "", ""},
		{"호주는 70억 달러를 들여 항공기를 타격할 수 있는 SM-6 미사일을 도입하기로 했다.", "70억 달러", RoleLevel, "호주", "SM-6 미사일 도입", "", "", ""},
		{"피해 금액은 당시 시세로 4천만 달러였다.", "4천만 달러", RoleLevel, "", "피해 금액", "", "당시", ""},
		{"북한의 대중국 수출액이 또다시 1천만 달러를 넘었다.", "1천만 달러", RoleLevel, "북한", "대중국 수출액", "", "", ""},

		// Who acts: an exchange, a founder, an army; a plural pronoun
		// named earlier in the same sentence, subject or object of another
		// clause (docs/meaning.md: the same sentence first).
		{"검찰은 한국 소재 가상화폐 거래소가 1억 달러어치의 암호화폐를 절취당했다고 밝혔다.", "1억 달러", RoleLevel, "한국 소재 가상화폐 거래소", "암호화폐", "", "", ""},
		{"법무부는 리베라와 로즈홀트를 기소했으며, 이들은 10만 달러를 받기로 했다.", "10만 달러", RoleLevel, "리베라와 로즈홀트", "", "", "", ""},
		{"북한이 해외에서 식당을 운영하고 있으며, 이들은 연간 7억 달러의 수익을 올린다.", "7억 달러", RoleLevel, "식당", "수익", "", "", PerYear},
		{"러시아군은 5억 달러를 썼다.", "5억 달러", RoleLevel, "러시아군", "", "", "", ""},
		{"2천억 달러는 미국이 담당할 것이라고 바이든 대통령은 밝혔다.", "2천억 달러", RoleLevel, "미국", "", "", "", ""},
		{"카푸토 장관은 전임 정부들이 통제해 온 아르헨티나 페소 가치를 800페소로 조정한다는 방침을 밝혔다.", "800페소", RoleLevel, "카푸토 장관", "아르헨티나 페소 가치", "", "", ""},
		{"미국의 경우 2천억 달러를 조달할 것으로 전해졌다.", "2천억 달러", RoleLevel, "미국", "", "", "", ""},
		{"가격이 30만원이 되더라도 사겠다는 응답이 많았다.", "30만원", RoleOther, "", "가격", "", "", ""},
		{"김정은은 연간 3억 달러를 거둬들인다.", "3억 달러", RoleLevel, "김정은", "", "", "", PerYear},
		{"재무부는 해킹조직 라자루스가 지난 3월 게임 회사 ‘액시’에서 탈취한 암호화폐 6억 달러 중 일부를 세탁했다고 밝혔다.", "6억 달러", RoleLevel, "해킹조직 라자루스", "암호화폐", "2025-03", "지난 3월", ""},
		{"영국의 민간단체 ‘코리아 퓨처’가 보고서를 냈다. 이 단체는 지하시장 규모가 1억 달러에 달한다고 추정했다.", "1억 달러", RoleLevel, "코리아 퓨처", "지하시장 규모", "", "", ""},
		{"이 용의자는 10만 달러를 약속받았다.", "10만 달러", RoleLevel, "", "", "", "", ""},
		{"한 스타트업 설립자가 수만 달러를 송금했다.", "수만 달러", RoleLevel, "스타트업 설립자", "송금", "", "", ""},

		// What the amount is said of: the subject of its clause that names
		// a measure, or, for a base of comparison or a change, the
		// sentence's; never past an actor's own clause.
		{"북한이 한국으로부터 빌려간 차관은 원금과 이자를 모두 합쳐 1조 원 규모다.", "1조 원", RoleLevel, "북한", "차관", "", "", ""},
		{"북한의 대중 수입액이 1억5천만 달러를 기록해 전달의 1억6천만 달러보다 1천만 달러 넘게 떨어졌다.", "1억6천만 달러", RoleLevel, "북한", "대중 수입액", "2025-03", "전달", ""},
		{"2016년 교역액은 50억 달러로, 북한은 중국으로부터 28억 달러어치를 수입했다.", "28억 달러", RoleLevel, "북한", "", "2016", "2016년", ""},

		// What it is spent for, needed for, was spent on; a fiscal year
		// written apart in the noun it sizes.
		{"나머지 1천만 달러는 보건과 식수 등 사업을 위해 쓰인다고 덧붙였다.", "1천만 달러", RoleLevel, "", "사업", "", "", ""},
		{"검찰은 그가 마약 재활에 쓴 7만 달러를 포함해 막대한 돈을 썼다고 밝혔다.", "7만 달러", RoleLevel, "검찰", "마약 재활", "", "", ""},
		{"유니세프는 동아시아 지역 지원 사업에 1억 달러가 필요하다고 밝혔다.", "1억 달러", RoleLevel, "유니세프", "동아시아 지역 지원 사업", "", "", ""},
		{"대통령이 5조 8천억 달러 규모의 2023 회계연도 예산안을 공개했다.", "5조 8천억 달러", RoleLevel, "대통령", "2023 회계연도 예산안", "2023", "2023 회계연도", ""},

		// Sentences of our own in the style of wire copy: a base of
		// comparison of the same month, a common actor inside a purpose
		// (북한 주민 지원), a budget written as 예산안으로, the means that pays
		// for what comes after, a noun–noun owner, bodies pointed at.
		{"산업통상자원부에 따르면 지난달 수출액은 전년 같은 달보다 8.3% 늘어난 580억 달러를 기록했다.", "580억 달러", RoleLevel, "산업통상자원부", "수출액", "2025-03", "지난달", ""},
		{"세계식량계획(WFP)은 북한 주민 지원을 위해 내년에 3천만 달러가 필요하다고 호소했다.", "3천만 달러", RoleLevel, "세계식량계획(WFP)", "북한 주민 지원", "2026", "내년", ""},
		{"서울시는 내년도 예산안으로 역대 최대인 47조 원을 편성했다고 밝혔다.", "47조 원", RoleLevel, "서울시", "예산안", "2026", "내년도", ""},
		{"현대자동차는 미국 조지아주에 55억 달러를 들여 전기차 공장을 짓고 있다.", "55억 달러", RoleLevel, "현대자동차", "전기차 공장", "", "", ""},
		{"직원 1인당 상여금은 대기업 평균이 100만원이다.", "100만원", RoleRate, "대기업", "상여금", "", "", ""},
		{"재무부는 중국 기업 3곳을 제재했다. 이들 기업은 지난해 약 5천만 달러를 북한으로 송금했다.", "5천만 달러", RoleLevel, "중국 기업", "송금", "2024", "지난해", ""},
		{"이 회사의 지난해 매출은 3조 원이었다.", "3조 원", RoleLevel, "", "매출", "2024", "지난해", ""},

		// Roles: raised by (높여), a threshold passed (밑돌았다), then and now
		// (…였다면, 지금은 …), a quotation that is no label, 비하면.
		{"정부는 국방 예산을 500억 달러 높여 잡았다.", "500억 달러", RoleChange, "정부", "국방 예산", "", "", ""},
		{"옥수수는 kg당 가격이 2천원을 밑돌았다.", "2천원", RoleRate, "", "가격", "", "", ""},
		{"예전에는 비용이 3천 달러였다면, 지금은 약 2만 달러에 이른다.", "2만 달러", RoleLevel, "", "비용", "2025-04-18", "지금", ""},
		{"그는 “북한이 4천만 달러 이상의 비트코인을 현금화하려 한다”고 말했다.", "4천만 달러", RoleLevel, "북한", "비트코인", "", "", ""},
		{"이는 2019년 무역액인 27억 달러에 비하면 88% 감소한 것이다.", "27억 달러", RoleLevel, "", "무역액", "2019", "2019년", ""},

		// 이나 (or) marks no subject; titles of officials (조정관); a
		// phrase through 통해 keeps its subject; 대한 is a verb.
		{"국무부는 그의 신원이나 위치에 대한 정보를 제공하는 사람에게 최대 1천만 달러의 보상금을 제시하고 있다.", "1천만 달러", RoleLevel, "국무부", "보상금", "", "", ""},
		{"존 커비 백악관 전략소통 조정관은 우크라이나에 2억 달러 상당의 무기 지원 계획을 밝혔다.", "2억 달러", RoleLevel, "커비 백악관 전략소통 조정관", "무기 지원", "", "", ""},
		{"한국의 영국에 대한 210억 파운드, 약 262억 달러 투자는 상당하다.", "210억 파운드", RoleLevel, "한국", "투자", "", "", ""},
		{"재무부는 자회사가 북한에 주류를 판매했으며, 이에 해당하는 판매액 114만 달러가 미국 금융기관을 통해 지급됐다고 전했다.", "114만 달러", RoleLevel, "자회사", "판매액", "", "", ""},

		{"제재 대상에 오른 개인 2명은 북한 정권을 위해 수백만 달러의 자금을 세탁했다.", "수백만 달러", RoleLevel, "개인 2명", "자금", "", "", ""},

		// Who leads, what a body's budget sizes, who acts after 위반할 시,
		// a subject after a comma is another clause's; a generic noun of
		// money is no purpose; X 등에 before X를 위해; the whole of a part.
		{"24억 달러는 국방부 주도로 진행된다.", "24억 달러", RoleLevel, "국방부", "", "", "", ""},
		{"그는 연간 예산 1천억 달러가 넘는 교통부 조직을 이끌게 된다.", "1천억 달러", RoleLevel, "교통부", "연간 예산", "", "", PerYear},
		{"제재를 위반할 시 개인은 78만 달러의 벌금형에 처해질 수 있고, 법인은 313만 달러의 벌금형에 처해질 수 있다.", "313만 달러", RoleLevel, "법인", "벌금형", "", "", ""},
		{"피해 금액은 10억 달러 상당으로, 당국은 북한 소행임을 확인했다고 전했다.", "10억 달러", RoleLevel, "", "피해 금액", "", "", ""},
		{"미국이 제공한 금액은 85억 달러에 이르러, 모두 합하면 약 180억 달러에 달한다.", "180억 달러", RoleLevel, "미국", "", "", "", ""},
		{"대통령이 경쟁력 강화를 위해 반도체 생산과 연구 지원 등에 2천억 달러를 투자하는 법안에 서명했다.", "2천억 달러", RoleLevel, "대통령", "반도체 생산과 연구 지원", "", "", ""},
		{"6천억 달러 자금은 개도국 사업들에 배정한다. 이 중에 2천억 달러는 미국이 담당한다.", "2천억 달러", RoleLevel, "미국", "개도국 사업들", "", "", ""},
		{"장관은 아르헨티나 페소 가치를 달러 당 391페소에서 800페소로 조정한다는 방침을 밝혔다.", "391페소", RoleRate, "장관", "아르헨티나 페소 가치", "", "", ""},

		{"호주가 미사일 생산을 위해 180억 호주 달러(미화 약 120억 달러) 투자 계획을 발표했다.", "180억 호주 달러", RoleLevel, "호주", "투자", "", "", ""},
		{"북중 교역액은 2019년(27억 달러) 대비 82%까지 회복했다.", "27억 달러", RoleLevel, "북중", "교역액", "2019", "2019년", ""},

		// Per: a named year's total is none; a total after a rate is none;
		// pay per month written once after a list.
		{"2024년 연간 교역액은 20억 달러였다.", "20억 달러", RoleLevel, "", "연간 교역액", "2024", "2024년", ""},
		{"녹색기후기금은 연간 1억 달러, 총 8천억 달러를 모은다.", "8천억 달러", RoleLevel, "녹색기후기금", "", "", "", ""},
		{"과장이 300만 원, 사원이 200만 원의 월급을 받았다.", "300만 원", RoleLevel, "과장", "월급", "", "", PerMonth},
		{"월평균 지출은 10만 원으로 소득(200만 원)의 5%였다.", "200만 원", RoleLevel, "", "소득", "", "", ""},
	}
	for _, tt := range tests {
		var f *Fact
		fs := Extract(tt.text, Options{Published: pub})
		for i := range fs {
			if fs[i].Text == tt.amount {
				f = &fs[i]
			}
		}
		if f == nil {
			t.Errorf("%s: no fact %q", tt.text, tt.amount)
			continue
		}
		if f.Role != tt.role || string(f.Agent) != tt.agent || string(f.Purpose) != tt.purpose ||
			string(f.Period) != tt.period || string(f.PeriodText) != tt.ptext || f.Per != tt.per {
			t.Errorf("%s\n\t%s: role %q agent %q purpose %q period %q (%q) per %q\n\twant   role %q agent %q purpose %q period %q (%q) per %q",
				tt.text, tt.amount, f.Role, f.Agent, f.Purpose, f.Period, f.PeriodText, f.Per,
				tt.role, tt.agent, tt.purpose, tt.period, tt.ptext, tt.per)
		}
	}
}
