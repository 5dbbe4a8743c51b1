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
		{"1~5월", pub, "2025-01"},
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
