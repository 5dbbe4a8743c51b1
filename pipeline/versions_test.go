package pipeline_test

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/pipeline"
)

// versionPage is a news page at one URL whose rel=canonical names the
// article it holds, with an amount of its own; canonical "" is a page with
// no article (the article was taken down).
func versionPage(canonical string, won int) []byte {
	if canonical == "" {
		return []byte(`<!DOCTYPE html><html><head><title>안내</title></head><body><nav><a href="/">홈</a></nav></body></html>`)
	}
	var body string
	for i := range 4 {
		body += fmt.Sprintf("<p>정부는 %d번째 문단에서 올해 예산 %d억 원을 반도체 설비 투자에 쓰겠다고 밝혔습니다. 중소 협력사도 지원 대상입니다.</p>", i, won)
	}
	return fmt.Appendf(nil, `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>예산 %d억 원</title>
<link rel="canonical" href="%s"></head><body><article><h1>예산 %d억 원</h1>%s</article></body></html>`, won, canonical, won, body)
}

// TestPageVersions follows one URL through changes of its content: each
// extraction leaves exactly the article the page's current content holds,
// with its facts, whatever earlier versions held, including when the page
// changes back to content stored before.
func TestPageVersions(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	const u = "https://news.example.kr/view?id=1"
	a, b := "https://news.example.kr/a", "https://news.example.kr/b"
	e := &pipeline.Extractor{Version: "v1", FromHTML: extract.FromHTML, Log: quiet}
	steps := []struct {
		name      string
		canonical string
		won       int
		version   string
		want      map[string]int64 // article URL → its money fact in won
	}{
		{"first", a, 100, "v1", map[string]int64{a: 100_0000_0000}},
		{"canonical changes", b, 200, "v1", map[string]int64{b: 200_0000_0000}},
		{"back to the first content", a, 100, "v1", map[string]int64{a: 100_0000_0000}},
		{"taken down", "", 0, "v1", map[string]int64{}},
		{"back again", b, 200, "v1", map[string]int64{b: 200_0000_0000}},
		{"new extractor version", b, 200, "v2", map[string]int64{b: 200_0000_0000}},
	}
	for _, s := range steps {
		p := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200,
			ContentType: "text/html; charset=utf-8", Body: versionPage(s.canonical, s.won)}
		if _, err := db.InsertPage(ctx, p); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		// A failed fetch in between changes nothing.
		failed := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 503, Body: []byte("busy " + s.name)}
		if _, err := db.InsertPage(ctx, failed); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		e.Version = s.version
		if _, err := e.Extract(ctx, db); err != nil {
			t.Fatalf("%s: extract: %v", s.name, err)
		}
		got := map[string]int64{}
		var list string
		if err := db.QueryRow(ctx, `SELECT coalesce(group_concat(url || ' ' || value, ' '), '') FROM
			(SELECT DISTINCT a.url, f.value FROM articles a JOIN facts f ON f.article_id = a.id WHERE f.kind = 'money')`).Scan(&list); err != nil {
			t.Fatal(err)
		}
		for f := strings.Fields(list); len(f) >= 2; f = f[2:] {
			won, _ := strconv.ParseInt(f[1], 10, 64)
			got[f[0]] = won
		}
		if !reflect.DeepEqual(got, s.want) {
			t.Errorf("%s: articles and amounts %v, want %v", s.name, got, s.want)
		}
		if n := fixture.Int(t, db, `SELECT count(*) FROM articles`); n != len(s.want) {
			t.Errorf("%s: %d articles, want %d", s.name, n, len(s.want))
		}
		if n := fixture.Int(t, db, `SELECT count(*) FROM articles WHERE extractor_version <> ?`, s.version); n != 0 {
			t.Errorf("%s: %d articles of another extractor version", s.name, n)
		}
		if n := fixture.Int(t, db, `SELECT count(*) FROM facts WHERE article_id NOT IN (SELECT id FROM articles)`); n != 0 {
			t.Errorf("%s: %d orphaned facts", s.name, n)
		}
		// Nothing is left to do.
		if ids, err := db.PendingPages(ctx, s.version); err != nil || len(ids) != 0 {
			t.Errorf("%s: pending after extraction: %v, %v", s.name, ids, err)
		}
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM pages WHERE status = 200`); n != 3 {
		t.Errorf("%d successful versions stored, want 3 (each content once)", n)
	}
}
