package e2e

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
)

// canonicalSite serves five different articles whose pages misdeclare
// their canonical URL: pages 1 to 3 all name the article URL
// /news/view.html?id=100 (a CMS template bug that a URL cannot give
// away), pages 4 and 5 the site's home page.
func canonicalSite(t *testing.T) *httptest.Server {
	t.Helper()
	topics := []string{"", "항만 물동량", "전기차 충전", "청년 월세", "갯벌 복원", "급식실 환기"}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>새벽일보</title></head><body><ul>`)
		for i := 1; i < len(topics); i++ {
			fmt.Fprintf(&b, `<li><a href="/news/%d.html">기사 %d</a></li>`, i, i)
		}
		b.WriteString(`</ul></body></html>`)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/news/{id}", func(w http.ResponseWriter, r *http.Request) {
		var id int
		if _, err := fmt.Sscanf(r.PathValue("id"), "%d.html", &id); err != nil || id < 1 || id >= len(topics) {
			http.NotFound(w, r)
			return
		}
		canonical := "http://" + r.Host + "/news/view.html?id=100"
		if id >= 4 {
			canonical = "http://" + r.Host + "/"
		}
		topic := topics[id]
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>%[1]s 예산 %[2]d억 원 확정</title><link rel="canonical" href="%[3]s">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-06-0%[2]dT09:00:00+09:00">
</head><body><div class="article_body">
<p>시는 %[1]s 사업 예산으로 모두 %[2]d억 원을 확정했다고 밝혔다.</p>
<p>%[1]s 사업은 올해 하반기에 시작해 내년 말까지 이어진다. 시는 주민 설명회를 %[2]d차례 열 계획이다.</p>
<p>시의회는 %[1]s 예산 집행 상황을 분기마다 점검하기로 했다.</p>
</div></body></html>`, topic, id*10+id, canonical)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestSharedCanonical crawls and extracts five different articles that
// share bogus canonical URLs: every one must be kept with its facts, the
// shared article URL held by one of them and the others keyed by the URL
// they were fetched from, and the log must say so.
func TestSharedCanonical(t *testing.T) {
	srv := canonicalSite(t)
	dbPath := filepath.Join(t.TempDir(), "news.db")
	if r := runCmd(t, "crawl", "-db", dbPath, "-delay", "0", srv.URL+"/"); r.code != 0 {
		t.Fatalf("crawl exit %d: %s", r.code, r.stderr)
	}
	r := runCmd(t, "extract", "-db", dbPath)
	if r.code != 0 {
		t.Fatalf("extract exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "5 articles") {
		t.Errorf("extract stdout %q, want 5 articles", r.stdout)
	}
	if got := strings.Count(r.stderr, "canonical url shared by different articles"); got != 2 {
		t.Errorf("log names %d shared canonicals, want 2:\n%s", got, r.stderr)
	}
	db := openDB(t, dbPath)
	if n := fixture.Int(t, db, `SELECT count(*) FROM articles`); n != 5 {
		t.Errorf("%d articles stored, want 5", n)
	}
	if n := fixture.Int(t, db, `SELECT count(DISTINCT title) FROM articles`); n != 5 {
		t.Errorf("%d different titles stored, want 5", n)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM articles WHERE url = ?`, srv.URL+"/news/view.html?id=100"); n != 1 {
		t.Errorf("%d articles under the shared article URL, want 1", n)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM articles WHERE url = ?`, srv.URL+"/"); n != 0 {
		t.Errorf("%d articles under the home page URL, want 0", n)
	}
	// Every article's amount is a fact of its own: 11억, 22억 … 55억 원.
	if n := fixture.Int(t, db, `SELECT count(DISTINCT amount) FROM money WHERE amount IN (1100000000, 2200000000, 3300000000, 4400000000, 5500000000)`); n != 5 {
		t.Errorf("%d of the five amounts stored, want 5", n)
	}
}
