package sqlite_test

import (
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// TestOutletName: an article takes the outlet's name of the page it was
// extracted from, and keeps outlet as the host name; the web view lists it.
func TestOutletName(t *testing.T) {
	db := fixture.OpenDB(t)
	u := "https://news.kbs.co.kr/news/pc/view/view.do?ncd=1"
	p := newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte("<p>x</p>"),
		FetchedAt: time.Now(), Source: "KBS 뉴스"}
	if _, err := db.InsertPage(t.Context(), &p); err != nil {
		t.Fatal(err)
	}
	a := &extract.Article{URL: u, Title: "제목", Text: "본문", Paragraphs: []string{"본문"}}
	if _, err := db.SaveArticle(t.Context(), p.ID, a, fixture.Version); err != nil {
		t.Fatal(err)
	}
	var outlet, name string
	if err := db.QueryRow(t.Context(), `SELECT outlet, outlet_name FROM articles`).Scan(&outlet, &name); err != nil {
		t.Fatal(err)
	}
	if outlet != "news.kbs.co.kr" || name != "KBS 뉴스" {
		t.Errorf("outlet %q, outlet_name %q; want news.kbs.co.kr and KBS 뉴스", outlet, name)
	}
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ws := sqlite.NewWebStore(ro)
	defer ws.Close()
	outlets, err := ws.Outlets(t.Context())
	if err != nil || len(outlets) != 1 || outlets[0].Name != "KBS 뉴스" {
		t.Errorf("Outlets() = %v, %v; want KBS 뉴스", outlets, err)
	}
}
