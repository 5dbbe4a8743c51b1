package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// claimPage is an article of testdata/claims/articles.jsonl.
type claimPage struct {
	Story      string   `json:"story"`
	URL        string   `json:"url"`
	Published  string   `json:"published"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
}

// claimPages returns the articles of the given stories of the cross-outlet
// set, in file order.
func claimPages(t *testing.T, stories ...string) []claimPage {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "claims", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []claimPage
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p claimPage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		for _, s := range stories {
			if p.Story == s {
				out = append(out, p)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCrawlExtractClaims serves one announcement as three outlets print
// it, and another announcement of the same amount, from a loopback site
// whose pages name their outlets' canonical URLs; crawl and extract store
// them, and the claims view has the announcement once, with three articles
// from three outlets, and the other as a claim of its own.
func TestCrawlExtractClaims(t *testing.T) {
	pages := claimPages(t, "s01", "d01")
	if len(pages) != 4 {
		t.Fatalf("%d pages of s01 and d01, want 4", len(pages))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nAllow: /\n"))
	})
	var index strings.Builder
	index.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>뉴스</title></head><body><ul>`)
	for i, p := range pages {
		path := fmt.Sprintf("/news/%d.html", i)
		fmt.Fprintf(&index, `<li><a href="%s">%s</a></li>`, path, html.EscapeString(p.Title))
		body := renderClaimPage(p)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(body))
		})
	}
	index.WriteString(`</ul></body></html>`)
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(index.String()))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	dbPath := filepath.Join(t.TempDir(), "news.db")
	if r := runCmd(t, "crawl", "-db", dbPath, "-delay", "0", srv.URL+"/"); r.code != 0 {
		t.Fatalf("crawl exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runCmd(t, "extract", "-db", dbPath); r.code != 0 {
		t.Fatalf("extract exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	db := openDB(t, dbPath)
	var lines string
	err := db.QueryRow(t.Context(), `SELECT coalesce(group_concat(line, char(10)), '') FROM (
		SELECT article_count || ' articles, ' || outlet_count || ' outlets: ' || coalesce(agent, '') || ', ' ||
		       coalesce(purpose, '') || ', ' || role AS line
		FROM claims WHERE currency = 'KRW' AND amount = 300000000000 ORDER BY first_published_at)`).Scan(&lines)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(lines, "\n")
	want := []string{
		"3 articles, 3 outlets: 과학기술정보통신부, AI 반도체 연구개발, level",
		"1 articles, 1 outlets: 대구시, 도심 공원 조성, level",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("claims of 3,000억 원:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// renderClaimPage renders an article of the set as its outlet's page:
// the canonical URL, the publication time and the paragraphs.
func renderClaimPage(p claimPage) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title>`+
		`<link rel="canonical" href="%s"><meta property="og:type" content="article">`+
		`<meta property="article:published_time" content="%s"></head><body><article><h1>%s</h1>`,
		html.EscapeString(p.Title), html.EscapeString(p.URL), p.Published, html.EscapeString(p.Title))
	for _, para := range p.Paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(para))
	}
	b.WriteString("</article></body></html>")
	return b.String()
}
