package sqlite_test

import (
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// wire is one article for the claims test: its URL, publication time and
// text; its facts are read by facts.Extract.
func wire(url string, published time.Time, text string) *extract.Article {
	return &extract.Article{URL: url, Title: url, Published: published, Text: text,
		Facts: facts.Extract(text, facts.Options{Published: published})}
}

// TestClaims saves the same announcement from three outlets, another
// announcement of the same amount, and the first outlet's article again:
// the three reports are one claim, the other is its own, and the claim
// survives the re-extraction.
func TestClaims(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	kst := time.FixedZone("KST", 9*3600)
	day := time.Date(2025, 5, 2, 9, 0, 0, 0, kst)
	const ann = "과기정통부는 2일 AI 반도체 연구개발에 올해 3,000억 원을 투입한다고 밝혔다."
	articles := []*extract.Article{
		wire("https://www.yna.co.kr/view/1", day, ann+"\n지원 대상은 팹리스 기업 40곳이다."),
		wire("https://news.kbs.co.kr/view/2", day.Add(2*time.Hour), "과학기술정보통신부는 2일 AI 반도체 연구개발에 올해 3,000억 원을 투입한다고 밝혔다.\n업계는 환영했다."),
		wire("https://www.mbn.co.kr/news/3", day.Add(26*time.Hour), "AI 반도체 지원 확대\n"+ann),
		wire("https://www.hankyung.com/article/4", day.Add(time.Hour), "서울시는 청년 주택 공급에 3,000억 원을 쓴다."),
	}
	save := func(a *extract.Article, n int) {
		t.Helper()
		p := &newsfacts.Page{URL: a.URL, RequestedURL: a.URL, FinalURL: a.URL, Status: 200,
			Body: []byte("<p>" + a.Text + "</p>"), FetchedAt: day.Add(time.Duration(n) * time.Minute)}
		if _, err := db.InsertPage(ctx, p); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SaveArticle(ctx, p.ID, a, "v1"); err != nil {
			t.Fatal(err)
		}
	}
	for i, a := range articles {
		save(a, i)
	}
	claimOf := func(url string) int {
		return fixture.Int(t, db, `SELECT claim_id FROM money m WHERE url = ?`, url)
	}
	c := claimOf(articles[0].URL)
	if claimOf(articles[1].URL) != c || claimOf(articles[2].URL) != c {
		t.Errorf("claims %d, %d, %d: want one", c, claimOf(articles[1].URL), claimOf(articles[2].URL))
	}
	if claimOf(articles[3].URL) == c {
		t.Error("서울시's 3,000억 원 joined the claim of 과기정통부's")
	}
	if n := fixture.Int(t, db, `SELECT article_count FROM claims WHERE claim_id = ?`, c); n != 3 {
		t.Errorf("claim %d: %d articles, want 3", c, n)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM claims WHERE amount = 300000000000`); n != 2 {
		t.Errorf("%d claims of 3,000억 원, want 2", n)
	}
	if n := fixture.Int(t, db, `SELECT outlet_count FROM claims WHERE claim_id = ? AND first_url = ?`, c, articles[0].URL); n != 3 {
		t.Errorf("claim %d: %d outlets or another first report, want 3 and %s", c, n, articles[0].URL)
	}
	// Re-extracting the first report keeps the claim of the three.
	p, err := db.Page(ctx, int64(fixture.Int(t, db, `SELECT page_id FROM articles WHERE url = ?`, articles[0].URL)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveArticle(ctx, p.ID, articles[0], "v2"); err != nil {
		t.Fatal(err)
	}
	if got := claimOf(articles[0].URL); got != c {
		t.Errorf("re-extracted: claim %d, want %d", got, c)
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
}
