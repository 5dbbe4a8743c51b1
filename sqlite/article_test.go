package sqlite_test

import (
	"errors"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

func dec(coef int64, scale int32) *facts.Decimal { return &facts.Decimal{Coef: coef, Scale: scale} }

func TestSaveArticleReplacesFacts(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	p := &newsfacts.Page{URL: "file:///a.html", RequestedURL: "file:///a.html", FinalURL: "file:///a.html", Status: 200, Body: []byte("x")}
	if _, err := db.InsertPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	kst := time.FixedZone("KST", 9*3600)
	a := &extract.Article{
		URL: "https://news.example.kr/1", Title: "제목", Byline: "강나루",
		Published: time.Date(2025, 4, 18, 11, 0, 8, 0, kst),
		Text:      "예산 1조 8천억 원과 2.75 달러.",
		Facts: []facts.Fact{
			{Kind: facts.KindMoney, Text: "1조 8천억 원", Value: dec(1_800_000_000_000, 0), Currency: "KRW", Start: 3, End: 11, Sentence: "예산 1조 8천억 원과 2.75 달러."},
			{Kind: facts.KindMoney, Text: "2.75 달러", Value: dec(275, 2), Currency: "USD", Start: 13, End: 20, Sentence: "예산 1조 8천억 원과 2.75 달러."},
		},
	}
	id, err := db.SaveArticle(ctx, p.ID, a, "v1")
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	var typ string
	if err := db.QueryRow(ctx, `SELECT sum(value), typeof(sum(value)) FROM facts WHERE kind = 'money' AND currency = 'KRW'`).Scan(&sum, &typ); err != nil {
		t.Fatal(err)
	}
	if sum != 1_800_000_000_000 || typ != "integer" {
		t.Errorf("sum of KRW = %d (%s), want 1800000000000 (integer)", sum, typ)
	}
	var surface string
	if err := db.QueryRow(ctx, `SELECT substr(a.text, f.char_start + 1, f.char_end - f.char_start) FROM facts f JOIN articles a ON a.id = f.article_id WHERE f.currency = 'USD'`).Scan(&surface); err != nil {
		t.Fatal(err)
	}
	if surface != "2.75 달러" {
		t.Errorf("substr of stored offsets = %q, want %q", surface, "2.75 달러")
	}

	// Re-extraction by a newer version keeps the article ID and replaces facts.
	a.Facts = a.Facts[:1]
	id2, err := db.SaveArticle(ctx, p.ID, a, "v2")
	if err != nil {
		t.Fatal(err)
	}
	if id2 != id {
		t.Errorf("re-extraction changed article ID %d to %d", id, id2)
	}
	var n int
	if err := db.QueryRow(ctx, `SELECT count(*) FROM facts WHERE article_id = ?`, id).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("facts after re-extraction = %d, want 1", n)
	}
	var published string
	if err := db.QueryRow(ctx, `SELECT published_at FROM articles WHERE id = ?`, id).Scan(&published); err != nil {
		t.Fatal(err)
	}
	if published != "2025-04-18T11:00:08+09:00" {
		t.Errorf("published_at = %q, want 2025-04-18T11:00:08+09:00", published)
	}
	if pending, _ := db.PendingPages(ctx, "v2"); len(pending) != 0 {
		t.Errorf("PendingPages(v2) = %v after extraction, want none", pending)
	}
	if err := db.MarkNoArticle(ctx, p.ID, "v3", "no article text found"); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(ctx, `SELECT count(*) FROM facts`).Scan(&n); err != nil || n != 0 {
		t.Errorf("facts after MarkNoArticle = %d, %v; want 0", n, err)
	}
}

// TestSaveArticleSharedURL saves articles of three pages under one URL:
// the same text is one article, a different one is refused with
// ErrURLTaken, and the page whose own URL it is takes it back, the other
// article moving to its own page's URL.
func TestSaveArticleSharedURL(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	const shared = "https://news.example.kr/view?id=100"
	insert := func(u string) int64 {
		p := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte(u)}
		if _, err := db.InsertPage(ctx, p); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	article := func(title, text string) *extract.Article {
		return &extract.Article{URL: shared, Title: title, Text: text}
	}
	const textA = "시는 항만 사업 예산으로 모두 11억 원을 확정했다고 밝혔다. 사업은 올해 하반기에 시작한다."
	p1, p2, p3 := insert("https://news.example.kr/1"), insert("https://news.example.kr/1?m=1"), insert("https://news.example.kr/2")
	first, err := db.SaveArticle(ctx, p1, article("항만 예산 확정", textA), "v1")
	if err != nil {
		t.Fatal(err)
	}
	// The same article from another page: one article.
	if id, err := db.SaveArticle(ctx, p2, article("항만 예산 확정", textA+" 모바일 덧붙임"), "v1"); err != nil || id != first {
		t.Errorf("same article from another page: id %d, %v; want %d", id, err, first)
	}
	// A different article under the same URL: refused.
	if _, err := db.SaveArticle(ctx, p3, article("급식실 환기 개선", "교육청은 급식실 환기 설비를 바꾸는 데 22억 원을 쓴다고 밝혔다."), "v1"); !errors.Is(err, newsfacts.ErrURLTaken) {
		t.Errorf("different article under a taken URL: %v, want ErrURLTaken", err)
	}
	// The page whose own URL it is takes it; the other article moves.
	p4 := insert(shared)
	if _, err := db.SaveArticle(ctx, p4, article("진짜 100번 기사", "시의회는 하천 정비 예산 33억 원을 의결했다고 밝혔다."), "v1"); err != nil {
		t.Fatal(err)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM articles`); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
	var moved string
	if err := db.QueryRow(ctx, `SELECT url FROM articles WHERE id = ?`, first).Scan(&moved); err != nil || moved != "https://news.example.kr/1?m=1" {
		t.Errorf("the first article is at %q (%v), want its page's URL", moved, err)
	}
}
