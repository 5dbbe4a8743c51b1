package crawl_test

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/sqlite"
)

const (
	benchPages    = 2000 // articles per crawl
	benchParallel = 8    // requests at once, for both crawlers
)

// benchSite serves benchPages articles of about 4 KB listed in one
// sitemap, each after a pause standing for the server's own time.
func benchSite(b *testing.B, pause time.Duration) *httptest.Server {
	b.Helper()
	pages := make([][]byte, benchPages)
	for i := range pages {
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>기사 %d</title></head><body><article>", i)
		for p := range 15 {
			fmt.Fprintf(&buf, "<p>정부는 %d번째 문단에서 반도체 설비 투자에 정책금융 %d조 원을 공급한다고 밝혔다. 중소 협력사도 지원 대상이다.</p>", p, i%90+1)
		}
		buf.WriteString(`</article><a href="/">홈</a></body></html>`)
		pages[i] = buf.Bytes()
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range benchPages {
			fmt.Fprintf(&buf, "<url><loc>http://%s/news/%d</loc></url>", r.Host, i)
		}
		buf.WriteString("</urlset>")
		w.Write(buf.Bytes())
	})
	mux.HandleFunc("/news/{id}", func(w http.ResponseWriter, r *http.Request) {
		var id int
		fmt.Sscan(r.PathValue("id"), &id)
		if pause > 0 {
			time.Sleep(pause)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(pages[id%benchPages])
	})
	srv := httptest.NewServer(mux)
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkCrawl compares, in the same run and over the same loopback
// server, our crawler with politeness off (no delay, benchParallel requests
// at once, robots.txt still read, every page stored in SQLite) against a
// plain net/http loop that fetches the same URLs with as many workers and
// reads the bodies. Each iteration runs both; ns/op is their sum. Reported:
// pages/s of each and their ratio (ours / plain).
//
// With a server that answers at once (server=0s) the machine's CPU is the
// limit, and the crawler spends it on SQLite and colly where the plain loop
// spends none; with a server that takes a few milliseconds per page, as
// real ones take tens, both are bound by the server and the ratio shows
// what the crawler's own machinery holds back. The database is a file in
// a temporary directory; set BENCH_DB_DIR (e.g. /dev/shm) to put it
// elsewhere.
//
//	go test -tags sqlite_fts5 -run '^$' -bench Crawl -benchtime 5x ./crawl/
func BenchmarkCrawl(b *testing.B) {
	for _, pause := range []time.Duration{0, 5 * time.Millisecond} {
		b.Run(fmt.Sprintf("server=%s", pause), func(b *testing.B) { benchCrawl(b, pause) })
	}
}

func benchCrawl(b *testing.B, pause time.Duration) {
	srv := benchSite(b, pause)
	urls := make([]string, benchPages)
	for i := range urls {
		urls[i] = fmt.Sprintf("%s/news/%d", srv.URL, i)
	}
	cfg := crawl.DefaultConfig()
	cfg.Delay = 0
	cfg.Parallelism = benchParallel
	cfg.MaxDepth = 0
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg.Sources = []crawl.Source{{Name: "bench", Sitemaps: []string{srv.URL + "/sitemap.xml"}}}

	var ours, plain time.Duration
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(b.Context(), filepath.Join(benchDir(b), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		r, err := crawl.Run(b.Context(), db, cfg, nil)
		ours += time.Since(t0)
		db.Close()
		if err != nil || r.Stored != benchPages {
			b.Fatalf("crawl = %+v, %v; want %d stored", r, err, benchPages)
		}
		t0 = time.Now()
		if n := plainFetch(b, urls); n != benchPages {
			b.Fatalf("plain loop fetched %d, want %d", n, benchPages)
		}
		plain += time.Since(t0)
	}
	n := float64(benchPages * b.N)
	oursRate, plainRate := n/ours.Seconds(), n/plain.Seconds()
	b.ReportMetric(oursRate, "ours-pages/s")
	b.ReportMetric(plainRate, "plain-pages/s")
	b.ReportMetric(oursRate/plainRate, "ratio")
}

// plainFetch GETs every URL with benchParallel workers and reads the
// bodies: the least a crawler does. It returns the number of 200s.
func plainFetch(b *testing.B, urls []string) int {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = benchParallel + 1
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	work := make(chan string)
	var (
		mu sync.Mutex
		ok int
		wg sync.WaitGroup
	)
	for range benchParallel {
		wg.Go(func() {
			for u := range work {
				resp, err := client.Get(u)
				if err != nil {
					b.Error(err)
					continue
				}
				_, err = io.ReadAll(resp.Body)
				resp.Body.Close()
				if err == nil && resp.StatusCode == http.StatusOK {
					mu.Lock()
					ok++
					mu.Unlock()
				}
			}
		})
	}
	for _, u := range urls {
		work <- u
	}
	close(work)
	wg.Wait()
	return ok
}

func benchDir(b *testing.B) string {
	if d := os.Getenv("BENCH_DB_DIR"); d != "" {
		dir, err := os.MkdirTemp(d, "bench")
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { os.RemoveAll(dir) })
		return dir
	}
	return b.TempDir()
}
