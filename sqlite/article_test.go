package sqlite_test

import (
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
