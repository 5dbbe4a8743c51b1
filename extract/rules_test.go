package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestNewProfileErrors(t *testing.T) {
	tests := []struct {
		rules Rules
		key   string
	}{
		{Rules{Body: "div[class="}, "body"},
		{Rules{Drop: ".ok, :nosuchpseudo"}, "drop"},
		{Rules{Caption: ">>"}, "caption"},
		{Rules{Title: "h1["}, "title"},
		{Rules{Date: "span)"}, "date"},
		{Rules{Section: "a[href"}, "section"},
		{Rules{Date: ".date", DateLayout: "15:04"}, "date_layout"},
		{Rules{DateLayout: "2006.01.02 15:04"}, "date_layout"},
	}
	for _, tt := range tests {
		_, err := NewProfile("물빛", []string{"example.kr"}, tt.rules)
		var re *RulesError
		if !errors.As(err, &re) || !errors.Is(err, ErrBadRule) || re.Key != tt.key || re.Outlet != "물빛" {
			t.Errorf("NewProfile(%+v) error = %v, want a RulesError for key %s", tt.rules, err, tt.key)
		}
	}
	if _, err := NewProfile("물빛", []string{"example.kr"}, Rules{Body: "#a, div.b > p", Date: "em.date", DateLayout: "입력 2006.01.02 15:04"}); err != nil {
		t.Errorf("NewProfile(good rules) error = %v", err)
	}
}

// TestBuiltinProfiles keeps every built-in profile compiling.
func TestBuiltinProfiles(t *testing.T) {
	for _, b := range builtinRules {
		if _, err := NewProfile(b.name, b.hosts, b.rules); err != nil {
			t.Errorf("built-in profile %s: %v", b.name, err)
		}
	}
	if got, want := len(builtinProfiles()), len(builtinRules); got != want {
		t.Errorf("%d built-in profiles compiled, want %d", got, want)
	}
}

// operatorPage is an outlet's page whose body the general rules would
// take whole, notice box and all, and whose date and headline stand in
// elements only the operator's rules name.
const operatorPage = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>물빛신문</title></head><body>
<div class="wrap"><div class="hd"><span class="tt">하천 정비 예산 120억 원 확정</span><span class="when">2024/03/05 08h41</span></div>
<div class="cnt">
<div class="notice_in">구독자 여러분께 알립니다. 다음 주부터 종이 신문 배달 시간이 바뀝니다. 자세한 내용은 고객센터로 문의해 주십시오.</div>
<p>시의회는 5일 하천 정비 사업 예산 120억 원을 확정했다고 밝혔다.</p>
<p>사업은 올해 하반기에 시작해 2026년까지 이어진다. 시는 주민 설명회를 세 차례 열 계획이다.</p>
<p>시의회는 예산 집행 상황을 분기마다 점검하기로 했다.</p>
</div></div></body></html>`

func TestOperatorRules(t *testing.T) {
	p, err := NewProfile("물빛", []string{"mulbit.example.kr"}, Rules{
		Body: "div.cnt", Drop: ".notice_in", Title: ".hd .tt",
		Date: ".hd .when", DateLayout: "2006/01/02 15h04",
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := FromHTML([]byte(operatorPage), Options{URL: "https://www.mulbit.example.kr/news/1", Profiles: NewProfiles(p)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "하천 정비 예산 120억 원 확정" {
		t.Errorf("Title = %q", a.Title)
	}
	if want := time.Date(2024, 3, 5, 8, 41, 0, 0, kst); !a.Published.Equal(want) || a.Published.Location() != kst {
		t.Errorf("Published = %v, want %v", a.Published, want)
	}
	if strings.Contains(a.Text, "구독자") || len(a.Paragraphs) != 3 {
		t.Errorf("Paragraphs = %q, want the three of the article", a.Paragraphs)
	}
	// Without the rules the notice stays and the time is unknown: the
	// rules are what made the difference.
	b, err := FromHTML([]byte(operatorPage), Options{URL: "https://www.mulbit.example.kr/news/1"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Text, "구독자") || !b.Published.IsZero() {
		t.Errorf("without rules: text %q published %v; the test page no longer needs the rules", b.Text, b.Published)
	}
}

// TestOperatorOverridesBuiltin checks that an operator's entry for a host
// with a built-in profile replaces the keys it gives and adds its drop
// selectors to the built-in ones.
func TestOperatorOverridesBuiltin(t *testing.T) {
	user, err := NewProfile("kbs", []string{"news.kbs.co.kr"}, Rules{Drop: ".promo-line", Date: "em.input-date", DateLayout: "입력 2006.01.02 (15:04)"})
	if err != nil {
		t.Fatal(err)
	}
	ps := NewProfiles(user)
	p := ps.forPage("https://news.kbs.co.kr/news/pc/view/view.do?ncd=1", nil)
	if p == nil || p.Rules.Body != "#cont_newstext" || !strings.Contains(p.Rules.Drop, "#mailHtmlContentsTop") ||
		!strings.Contains(p.Rules.Drop, ".promo-line") || p.Rules.Date != "em.input-date" || p.Rules.Section != ".category-name" {
		t.Fatalf("merged profile = %+v", p)
	}
	const s1 = "첫째 문장은 프로필이 고른 본문에 들어 있습니다."
	const s2 = "둘째 문장도 본문에 들어 있고 한 번만 나와야 합니다."
	page := `<html lang="ko"><body><div class="dates"><em class="input-date">입력 2025.07.14 (19:35)</em></div>
<div id="cont_newstext" class="detail-body font-size">` + s1 + `<br><br><span class="promo-line">앱에서 더 많은 뉴스를 만나 보세요 지금 바로 설치하세요</span><br><br>` + s2 + `</div>
<div id="mailHtmlContentsTop"><div class="view_con_text">` + s1 + `</div></div></body></html>`
	a, err := FromHTML([]byte(page), Options{URL: "https://news.kbs.co.kr/news/pc/view/view.do?ncd=1", Profiles: ps})
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != s1+"\n"+s2 {
		t.Errorf("Text = %q", a.Text)
	}
	if want := time.Date(2025, 7, 14, 19, 35, 0, 0, kst); !a.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", a.Published, want)
	}
}
