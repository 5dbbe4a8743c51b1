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
