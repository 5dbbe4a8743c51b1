package storetest

import (
	"errors"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
)

// testSharedURL: articles of several pages saved under one URL. The same
// text is one article; a different one is refused with ErrURLTaken; the
// page whose own URL it is takes it back, the other article moving to its
// own page's URL.
func testSharedURL[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	const shared = "https://news.example.kr/view?id=100"
	insert := func(u string) int64 {
		p := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte(u)}
		if _, err := db.Store.InsertPage(ctx, p); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	article := func(title, text string) *extract.Article {
		return &extract.Article{URL: shared, Title: title, Text: text}
	}
	const textA = "시는 항만 사업 예산으로 모두 11억 원을 확정했다고 밝혔다. 사업은 올해 하반기에 시작한다."
	p1, p2, p3 := insert("https://news.example.kr/1"), insert("https://news.example.kr/1?m=1"), insert("https://news.example.kr/2")
	first, err := db.Store.SaveArticle(ctx, p1, article("항만 예산 확정", textA), "v1")
	if err != nil {
		t.Fatal(err)
	}
	if id, err := db.Store.SaveArticle(ctx, p2, article("항만 예산 확정", textA+" 모바일 덧붙임"), "v1"); err != nil || id != first {
		t.Errorf("same article from another page: id %d, %v; want %d", id, err, first)
	}
	_, err = db.Store.SaveArticle(ctx, p3, article("급식실 환기 개선", "교육청은 급식실 환기 설비를 바꾸는 데 22억 원을 쓴다고 밝혔다."), "v1")
	if !errors.Is(err, newsfacts.ErrURLTaken) {
		t.Errorf("different article under a taken URL: %v, want ErrURLTaken", err)
	}
	if n := count(t, db, `SELECT count(*) FROM page_extractions WHERE page_id = $1`, p3); n != 0 {
		t.Errorf("a refused article marked its page extracted")
	}
	p4 := insert(shared)
	if _, err := db.Store.SaveArticle(ctx, p4, article("100번 기사", "시의회는 하천 정비 예산 33억 원을 의결했다고 밝혔다."), "v1"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT count(*) FROM articles`); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
	var moved string
	if err := db.QueryRow(ctx, `SELECT url FROM articles WHERE id = $1`, first).Scan(&moved); err != nil || moved != "https://news.example.kr/1?m=1" {
		t.Errorf("the first article is at %q (%v), want its page's URL", moved, err)
	}
}
