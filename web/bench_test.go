package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pgcopy"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
	"github.com/newsfacts/newsfacts/web"
)

// benchDB builds, once per process, a database of synthetic articles
// through the production save path (InsertPage, SaveArticle), their facts
// found by the fact extractor: 10,000 articles from five outlets over a
// year, 15 or more facts each (a third of them an amount with context
// words), 150,000 and more in all. It stays in a
// temporary folder (logged); NEWSFACTS_BENCH_DB=PATH uses it again.
var benchDB = sync.OnceValues(func() (string, error) {
	if p := os.Getenv("NEWSFACTS_BENCH_DB"); p != "" {
		return p, nil // one an earlier run built, to save building it again
	}
	dir, err := os.MkdirTemp("", "newsfacts-bench-")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "bench.db")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return "", err
	}
	defer db.Close()
	outlets := []string{"news.kbs.co.kr", "www.yna.co.kr", "www.hankyung.com", "www.mbn.co.kr", "news.example.kr"}
	words := []string{"반도체", "인공지능", "데이터센터", "추경", "배터리", "수출", "전기차", "바이오"}
	kst := time.FixedZone("KST", 9*3600)
	start := time.Date(2025, 1, 1, 9, 0, 0, 0, kst)
	for i := range 10_000 {
		var paras []string
		for j := range 5 {
			w := words[(i+j)%len(words)]
			para := fmt.Sprintf("정부는 %s 산업에 %d억 원을 투입하고 인력 %d명을 양성한다고 밝혔다. 지원 규모는 지난해보다 %d.%d%% 늘었다.",
				w, 100+(i*7+j*13)%9000, 10+(i+j)%500, (i+j)%40, j)
			if j == 4 && i%3 == 0 {
				// An amount with context words, for the filter on them.
				para += fmt.Sprintf(" 근로자에게는 1인당 평균 %d만 원을 준다.", 10+i%90)
			}
			paras = append(paras, para)
		}
		text := strings.Join(paras, "\n")
		published := start.Add(time.Duration(i) * 52 * time.Minute)
		u := fmt.Sprintf("https://%s/news/%d", outlets[i%len(outlets)], i)
		p := newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, ContentType: "text/html",
			Body: []byte("<html><body>" + text + "</body></html>"), FetchedAt: published.Add(time.Hour)}
		if _, err := db.InsertPage(ctx, &p); err != nil {
			return "", err
		}
		a := &extract.Article{URL: u, Title: fmt.Sprintf("%s 지원 %d호", words[i%len(words)], i), Published: published,
			Text: text, Paragraphs: paras, Facts: facts.Facts(text)}
		if _, err := db.SaveArticle(ctx, p.ID, a, "bench"); err != nil {
			return "", err
		}
	}
	return path, nil
})

// benchStores serve the benchmark's database: the SQLite file itself,
// opened read-only, and a copy of it in PostgreSQL (pgcopy, then ANALYZE,
// as autovacuum would soon), served in read-only sessions; the latter is
// skipped without PostgreSQL, except in CI.
var benchStores = []struct {
	name string
	open func(b *testing.B, path string) *httptest.Server
}{
	{"sqlite", func(b *testing.B, path string) *httptest.Server { return serve(b, path) }},
	{"postgres", func(b *testing.B, path string) *httptest.Server {
		u := pgtest.NewDB(b)
		ctx := b.Context()
		src, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		dst, err := postgres.Open(ctx, u)
		if err != nil {
			src.Close()
			b.Fatal(err)
		}
		report, err := pgcopy.Copy(ctx, src, dst, slog.New(slog.DiscardHandler))
		if err == nil {
			err = dst.Exec(ctx, `ANALYZE`)
		}
		src.Close()
		dst.Close()
		if err != nil {
			b.Fatalf("copy to PostgreSQL: %v\n%s", err, report)
		}
		store, err := postgres.OpenWeb(ctx, u)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { store.Close() })
		h, err := web.New(store, web.Options{})
		if err != nil {
			b.Fatal(err)
		}
		srv := httptest.NewServer(h)
		b.Cleanup(srv.Close)
		return srv
	}},
}

// benchRoutes are the routes BenchmarkRoutes times: the stylesheet first,
// the baseline, which reads no database.
var benchRoutes = []string{
	"/style.css",
	"/",
	"/search?q=" + url.QueryEscape("반도체"),
	"/search?q=" + url.QueryEscape("추경"),
	"/facts",
	"/facts?kind=money&min=" + url.QueryEscape("5000억") + "&sort=value",
	"/facts?outlet=www.yna.co.kr&from=2025-03-01&to=2025-03-31",
	"/facts?claims=1",
	"/facts?word=" + url.QueryEscape("평균"),
	"/facts?page=200",
	"/articles/5000",
}

// BenchmarkRoutes reports each route's median and 95th-percentile response
// time on a database of 100,000 facts, in SQLite and in PostgreSQL, and
// their ratio to the same figures for the stylesheet, which reads no
// database, measured in the same run on the same store's server. Run it
// with
//
//	go test -tags sqlite_fts5 -run '^$' -bench Routes -benchtime 100x ./web/
func BenchmarkRoutes(b *testing.B) {
	path, err := benchDB()
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("database %s (NEWSFACTS_BENCH_DB=%[1]s to use it again)", path)
	var n int
	if err := mustQuery(b, path, `SELECT count(*) FROM facts`, &n); n < 100_000 {
		b.Fatalf("%d facts (%v), want at least 100,000", n, err)
	}
	for _, store := range benchStores {
		b.Run(store.name, func(b *testing.B) {
			srv := store.open(b, path)
			var base50, base95 time.Duration
			for _, route := range benchRoutes {
				name := strings.TrimPrefix(route, "/")
				if name == "" {
					name = "overview"
				}
				b.Run(name, func(b *testing.B) {
					var times []time.Duration
					for b.Loop() {
						t0 := time.Now()
						resp, err := http.Get(srv.URL + route)
						if err != nil {
							b.Fatal(err)
						}
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != 200 {
							b.Fatalf("GET %s = %d", route, resp.StatusCode)
						}
						times = append(times, time.Since(t0))
					}
					slices.Sort(times)
					p50, p95 := times[len(times)/2], times[len(times)*95/100]
					b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
					b.ReportMetric(float64(p95.Microseconds())/1000, "p95-ms")
					if route == benchRoutes[0] {
						base50, base95 = p50, p95
					} else if base95 > 0 {
						b.ReportMetric(float64(p50)/float64(base50), "p50/css")
						b.ReportMetric(float64(p95)/float64(base95), "p95/css")
					}
				})
			}
		})
	}
}

func mustQuery(tb testing.TB, path, query string, dst any) error {
	tb.Helper()
	ro, err := sqlite.OpenReadOnly(tb.Context(), path)
	if err != nil {
		return err
	}
	defer ro.Close()
	return ro.QueryRowContext(tb.Context(), query).Scan(dst)
}
