package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedPage is the team's hand-written page for the seed article in the
// 2025 KBS layout, kept with the crawler's test site.
var seedPage = filepath.Join("..", "testdata", "site", "news", "8230001.html")

// TestSeedPage checks the seed article against the acceptance of issue 2:
// each body paragraph exactly once (the page also carries a hidden print
// copy and a read-aloud script copy), no furniture, and the metadata.
func TestSeedPage(t *testing.T) {
	page, err := os.ReadFile(seedPage)
	if err != nil {
		t.Skipf("seed page: %v", err)
	}
	opt := Options{URL: "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001"}
	checkGolden(t, filepath.Join("testdata", "seed-kbs-8230001", "want.txt"), page, opt)

	a, err := FromHTML(page, opt)
	if err != nil {
		t.Fatal(err)
	}
	if want := "“AI 분야 추경 81%는 GPU 구입에…연내 확보해 세계적 AI 개발”"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if a.Byline != "강나루" {
		t.Errorf("Byline = %q, want 강나루", a.Byline)
	}
	for _, tt := range []struct {
		name string
		got  time.Time
		want string
	}{
		{"Published", a.Published, "2025-04-18T11:00:08+09:00"},
		{"Modified", a.Modified, "2025-04-18T11:11:31+09:00"},
	} {
		if s := tt.got.Format(time.RFC3339); s != tt.want {
			t.Errorf("%s = %s, want %s", tt.name, s, tt.want)
		}
	}
	if len(a.Paragraphs) != 10 {
		t.Errorf("%d paragraphs, want the 10 of the body", len(a.Paragraphs))
	}
	for _, p := range a.Paragraphs {
		if n := strings.Count(a.Text, p); n != 1 {
			t.Errorf("paragraph %q appears %d times", p, n)
		}
	}
	for _, f := range []string{
		"읽어주기", "제보", "카카오톡", "좋아요", "응원해요", "기자의 기사 모음", "naru@kbs.co.kr",
		"많이 본 뉴스", "핫 클릭", "Copyright", "센스리더", "Internet Explorer", "입력", "사진 출처",
		"댓글", "기사 본문 영역",
	} {
		if strings.Contains(a.Text, f) {
			t.Errorf("furniture %q in text", f)
		}
	}
	if a.Text != strings.Join(a.Paragraphs, "\n") {
		t.Error("Text is not Paragraphs joined by newlines")
	}
}
