package e2e

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/sqlite"
)

// layoutSite is an outlet whose article pages change layout when newLayout
// is set: the old layout serves the article in HTML, the new one renders
// it in the browser from an API the crawler never sees.
type layoutSite struct {
	*httptest.Server
	newLayout atomic.Bool
}

func newLayoutSite(t *testing.T) *layoutSite {
	t.Helper()
	s := &layoutSite{}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("/news/{id}", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimSuffix(r.PathValue("id"), ".html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if s.newLayout.Load() {
			fmt.Fprintf(w, `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>기사 %s - 물빛신문</title></head>
<body><div id="app" data-article="%s"></div><script src="/static/app.js"></script></body></html>`, id, id)
			return
		}
		fmt.Fprintf(w, `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>하천 정비 %[1]s구간 예산 확정 - 물빛신문</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-01T09:00:00+09:00"></head>
<body><div class="view_head"><h1>하천 정비 %[1]s구간 예산 확정</h1><span class="reporter">이용민 기자</span></div>
<div class="view_body"><p>시의회는 하천 정비 %[1]s구간 사업 예산으로 모두 12억 원을 확정했다고 밝혔다.</p>
<p>사업은 올해 하반기에 시작해 내년 말까지 이어지며, 시는 주민 설명회를 세 차례 열 계획이다.</p>
<p>시의회는 예산 집행 상황을 분기마다 점검하고, 공사 구간의 통행 대책도 함께 마련하기로 했다.</p></div></body></html>`, id)
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// TestOutletHealth crawls an outlet for six days, the last two after it
// changed its layout, and extracts after each day: the healthy history
// exits 0, and once the latest day has no articles extract names the
// outlet and the figure and exits 6, keeping what it extracted.
func TestOutletHealth(t *testing.T) {
	site := newLayoutSite(t)
	dbPath := filepath.Join(t.TempDir(), "news.db")
	today := time.Now()
	cfg := crawl.DefaultConfig()
	cfg.Delay = 0
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	const days, perDay = 6, 6
	for d := range days {
		site.newLayout.Store(d >= 4)
		db, err := sqlite.Open(t.Context(), dbPath)
		if err != nil {
			t.Fatal(err)
		}
		at := today.AddDate(0, 0, d-(days-1))
		db.SetNow(func() time.Time { return at })
		var urls []string
		for i := range perDay {
			urls = append(urls, fmt.Sprintf("%s/news/%d%02d.html", site.URL, d, i))
		}
		if _, err := crawl.Run(t.Context(), db, cfg, urls); err != nil {
			t.Fatalf("day %d: crawl: %v", d, err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		r := runCmd(t, "extract", "-db", dbPath)
		switch {
		case d < 4 && r.code != 0:
			t.Fatalf("day %d (old layout): extract exit %d: %s", d, r.code, r.stderr)
		case d == 5:
			if r.code != 6 {
				t.Fatalf("day %d (new layout): extract exit %d, want 6: %s", d, r.code, r.stderr)
			}
			host := strings.TrimPrefix(site.URL, "http://")
			host = host[:strings.IndexByte(host, ':')]
			for _, want := range []string{"outlet extraction looks broken", "outlet=" + host, "figure=article_share", "baseline=1"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("extract log lacks %q:\n%s", want, r.stderr)
				}
			}
		}
	}
	db := openDB(t, dbPath)
	var pages, articles int
	var reasons string
	if err := db.QueryRow(t.Context(), `SELECT pages, articles, no_article_reasons FROM outlet_health ORDER BY day DESC LIMIT 1`).Scan(&pages, &articles, &reasons); err != nil {
		t.Fatal(err)
	}
	if pages != perDay || articles != 0 || !strings.Contains(reasons, "("+fmt.Sprint(perDay)+")") {
		t.Errorf("latest day: %d pages, %d articles, reasons %q", pages, articles, reasons)
	}
	if n := countArticles(t, db); n != 4*perDay {
		t.Errorf("%d articles kept, want the %d of the old layout", n, 4*perDay)
	}
}

func countArticles(t *testing.T, db *sqlite.DB) int {
	t.Helper()
	var n int
	if err := db.QueryRow(t.Context(), `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
