package storetest

import (
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
)

// testOutletHealth: outlet_health counts an outlet's current pages (by host,
// named after their source) per KST day of fetching: articles, the median body length, the shares of
// articles with a time, a byline and a fact, and the no-article reasons.
func testOutletHealth[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	kst := time.FixedZone("KST", 9*3600)
	// 00:30 KST on 2026-03-02 is still 2026-03-01 in UTC: the day is KST's.
	day2 := time.Date(2026, 3, 2, 0, 30, 0, 0, kst)
	day1 := day2.AddDate(0, 0, -1)
	n := 0
	// news.example.kr's pages were crawled for a source named in a sources
	// file, other.example.kr's for a bare URL: outlet_health names the
	// first by its source and the second by its host.
	sources := map[string]string{"news.example.kr": "예시 뉴스"}
	insert := func(host string, at time.Time) int64 {
		n++
		u := "https://" + host + "/news/" + strings.Repeat("1", n)
		p := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte(u), FetchedAt: at,
			Source: sources[host]}
		if _, err := db.Store.InsertPage(ctx, p); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	save := func(id int64, u string, chars int, published bool, byline string) {
		a := &extract.Article{URL: u, Title: u, Text: strings.Repeat("가", chars), Byline: byline}
		if published {
			a.Published = day1
		}
		if _, err := db.Store.SaveArticle(ctx, id, a, "v1"); err != nil {
			t.Fatal(err)
		}
	}
	save(insert("news.example.kr", day2), "https://news.example.kr/a1", 100, true, "강나루")
	save(insert("news.example.kr", day2), "https://news.example.kr/a2", 300, true, "")
	save(insert("news.example.kr", day2), "https://news.example.kr/a3", 200, false, "")
	for range 2 {
		if err := db.Store.MarkNoArticle(ctx, insert("news.example.kr", day2), "v1", "not an article page: no article text found"); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Store.MarkNoArticle(ctx, insert("news.example.kr", day2), "v1", "no markup: not an html document"); err != nil {
		t.Fatal(err)
	}
	save(insert("news.example.kr", day1), "https://news.example.kr/b1", 500, true, "윤서진")
	save(insert("other.example.kr", day2), "https://other.example.kr/c1", 50, true, "")

	days, err := db.Store.OutletHealth(ctx, "2026-03-01")
	if err != nil {
		t.Fatal(err)
	}
	want := []newsfacts.OutletDay{
		{Outlet: "news.example.kr", OutletName: "예시 뉴스", Day: "2026-03-01", Pages: 1, Articles: 1, MedianChars: 500, PublishedShare: 1, BylineShare: 1},
		{Outlet: "news.example.kr", OutletName: "예시 뉴스", Day: "2026-03-02", Pages: 6, Articles: 3, MedianChars: 200, PublishedShare: 0.6667, BylineShare: 0.3333,
			NoArticleReasons: "not an article page: no article text found (2); no markup: not an html document (1)"},
		{Outlet: "other.example.kr", OutletName: "other.example.kr", Day: "2026-03-02", Pages: 1, Articles: 1, MedianChars: 50, PublishedShare: 1},
	}
	if len(days) != len(want) {
		t.Fatalf("outlet_health rows %+v, want %+v", days, want)
	}
	for i := range want {
		if days[i] != want[i] {
			t.Errorf("outlet_health row %d = %+v, want %+v", i, days[i], want[i])
		}
	}
	if days, err := db.Store.OutletHealth(ctx, "2026-03-02"); err != nil || len(days) != 2 {
		t.Errorf("OutletHealth(since 2026-03-02) = %d rows, %v; want 2", len(days), err)
	}
}
