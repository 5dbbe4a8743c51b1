package storetest

import (
	"errors"
	"testing"
	"time"

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

// testCanonicalAcrossRuns: a page that names as its canonical URL one
// that a page of an earlier run, fetched from elsewhere, holds with other
// content is stored under its own URL: it neither becomes a new version of
// that URL nor replaces its article. The URL's own page still makes new
// versions, and content the URL had stays a version of it.
func testCanonicalAcrossRuns[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	const canon = "https://news.example.kr/article/100"
	page := func(u, final, body string) *newsfacts.Page {
		return &newsfacts.Page{URL: u, RequestedURL: final, FinalURL: final, Status: 200, Body: []byte(body)}
	}
	current := func(u string) int64 {
		t.Helper()
		return count(t, db, `SELECT page_id FROM page_current WHERE url = $1`, u)
	}
	// Run 1: the article fetched from a URL of its own, naming canon.
	a := page(canon, "https://news.example.kr/view?id=100", "<p>항만 예산 11억 원 확정</p>")
	if _, err := db.Store.InsertPage(ctx, a); err != nil {
		t.Fatal(err)
	}
	if a.URL != canon {
		t.Fatalf("the first page naming %s is stored under %s", canon, a.URL)
	}
	if _, err := db.Store.SaveArticle(ctx, a.ID, &extract.Article{URL: canon, Title: "항만 예산 확정", Text: "시는 항만 사업 예산으로 11억 원을 확정했다."}, "v1"); err != nil {
		t.Fatal(err)
	}
	// Run 2, through a frontier: another article names the same URL.
	f, _ := frontier(t, db, time.Time{})
	it := item("https://news.example.kr/view?id=200", 7, newsfacts.KindPage)
	b := page(canon, it.URL, "<p>급식실 환기 설비 22억 원</p>")
	c := complete(t, f, newsfacts.Outcome{Item: it, Done: true, Page: b})
	if b.URL != it.URL || c.Unclaimed != canon || !c.Inserted {
		t.Errorf("the later page is at %s (unclaimed %q, inserted %v), want its own URL %s with %s unclaimed", b.URL, c.Unclaimed, c.Inserted, it.URL, canon)
	}
	if got := current(canon); got != a.ID {
		t.Errorf("%s's current version is page %d, want %d", canon, got, a.ID)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE url = $1 AND title = $2`, canon, "항만 예산 확정"); n != 1 {
		t.Errorf("the first article is gone from %s", canon)
	}
	// The same later page again: unchanged, still under its own URL.
	b2 := page(canon, it.URL, "<p>급식실 환기 설비 22억 원</p>")
	if inserted, err := db.Store.InsertPage(ctx, b2); err != nil || inserted || b2.ID != b.ID {
		t.Errorf("the later page again: inserted %v, id %d, %v; want unchanged page %d", inserted, b2.ID, err, b.ID)
	}
	// The article's own fetch URL with new content, and its canon itself,
	// make new versions of canon.
	a2 := page(canon, "https://www.news.example.kr/view?id=100", "<p>항만 예산 11억 원 확정(수정)</p>")
	if _, err := db.Store.InsertPage(ctx, a2); err != nil || a2.URL != canon || current(canon) != a2.ID {
		t.Errorf("a new version from the same document: stored under %s (%v), current %d, want %s and %d", a2.URL, err, current(canon), canon, a2.ID)
	}
	a3 := page(canon, canon, "<p>항만 예산 11억 원 확정(재수정)</p>")
	if _, err := db.Store.InsertPage(ctx, a3); err != nil || a3.URL != canon || current(canon) != a3.ID {
		t.Errorf("the URL's own page: stored under %s (%v), current %d, want %s and %d", a3.URL, err, current(canon), canon, a3.ID)
	}
	// Content canon had before, claimed from elsewhere: a version of it.
	old := page(canon, "https://news.example.kr/print?id=100", "<p>항만 예산 11억 원 확정</p>")
	if _, err := db.Store.InsertPage(ctx, old); err != nil || old.URL != canon || old.ID != a.ID {
		t.Errorf("earlier content of %s: stored under %s as page %d (%v), want page %d", canon, old.URL, old.ID, err, a.ID)
	}
}
