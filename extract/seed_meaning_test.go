package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/facts"
)

// TestSeedMeaning checks what the seed page's six amounts mean (issue 13):
// all levels; 1조 8천억 원 spent by 과학기술정보통신부 (or 과기정통부) on
// the 추경; 1조 4,600억 원 on GPUs, read through 여기에는 from the sentence
// before; 1,723억 원 on leasing GPU 2,600장분; 20억 원 a year, 최대 and
// 연; and the 오늘(18일) of the page's publication day.
func TestSeedMeaning(t *testing.T) {
	page, err := os.ReadFile(seedPage)
	if err != nil {
		t.Fatalf("seed page: %v", err)
	}
	a, err := FromHTML(page, Options{URL: "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001"})
	if err != nil {
		t.Fatal(err)
	}
	var money []facts.Fact
	for _, f := range a.Facts {
		if f.Kind == facts.KindMoney {
			money = append(money, f)
		}
	}
	want := []struct {
		text    string
		agents  []string
		purpose string
		period  string
		per     facts.Per
		quals   string
	}{
		{"1조 8천억 원", []string{"과학기술정보통신부", "과기정통부"}, "추경", "", "", "규모"},
		{"1조 8천억 원", []string{"과학기술정보통신부", "과기정통부"}, "추경", "2025-04-18", "", "규모"},
		{"1조 4,600억 원", []string{"과학기술정보통신부", "과기정통부"}, "GPU", "", "", ""},
		{"1,723억 원", nil, "GPU 2,600장분", "", "", ""},
		{"1,936억 원", nil, "", "", "", ""},
		{"20억 원", nil, "", "", facts.PerYear, "최대 연"},
	}
	if len(money) != len(want) {
		t.Fatalf("%d money facts, want %d", len(money), len(want))
	}
	for i, w := range want {
		f := money[i]
		agentOK := w.agents == nil
		for _, ag := range w.agents {
			agentOK = agentOK || string(f.Agent) == ag
		}
		if f.Text != w.text || f.Role != facts.RoleLevel || !agentOK || !strings.Contains(string(f.Purpose), w.purpose) ||
			string(f.Period) != w.period || f.Per != w.per || strings.Join(f.Qualifiers, " ") != w.quals {
			t.Errorf("%s: role %q agent %q purpose %q period %q per %q qualifiers %q; want level, one of %q, containing %q, %q, %q, %q",
				f.Text, f.Role, f.Agent, f.Purpose, f.Period, f.Per, f.Qualifiers, w.agents, w.purpose, w.period, w.per, w.quals)
		}
	}
}
