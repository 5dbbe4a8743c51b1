//go:build unix

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
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/sqlite"
)

const (
	benchPages    = 2000 // articles per crawl
	benchParallel = 8    // requests at once, for both crawlers
)

// benchSizes are the benchmark's page sizes: the bare article of 2.5 KB
// (size 0), and pages the size of the news pages the crawler fetches
// (35–160 KB, most about 100 KB).
var benchSizes = []struct {
	name string
	size int
}{{"2.5KB", 0}, {"100KB", 100 << 10}}

// benchSite serves benchPages articles of size bytes (0: the bare
// article) listed in one sitemap, each after a pause standing for the server's own time.
func benchSite(b testing.TB, pause time.Duration, size int) *httptest.Server {
	b.Helper()
	pages := make([][][]byte, benchPages)
	var shared [3][]byte
	for i := range pages {
		own := benchPage(i, size)
		if size == 0 {
			pages[i] = own[:1]
			continue
		}
		if shared[0] == nil {
			shared = benchShared(size - len(own[0]) - len(own[1]) - len(own[2]))
		}
		pages[i] = [][]byte{own[0], shared[0], own[1], shared[1], own[2], shared[2]}
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
	// A page is sent with one Write and no Content-Length, as a server
	// sends a page it rendered: net/http sends it chunked, being over 2 KB.
	// The parts of a large page are copied into a buffer kept for the next.
	bufs := sync.Pool{New: func() any { return new([]byte) }}
	mux.HandleFunc("/news/{id}", func(w http.ResponseWriter, r *http.Request) {
		var id int
		fmt.Sscan(r.PathValue("id"), &id)
		if pause > 0 {
			time.Sleep(pause)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		parts := pages[id%benchPages]
		if len(parts) == 1 {
			w.Write(parts[0])
			return
		}
		buf := bufs.Get().(*[]byte)
		page := (*buf)[:0]
		for _, p := range parts {
			page = append(page, p...)
		}
		w.Write(page)
		*buf = page
		bufs.Put(buf)
	})
	srv := httptest.NewServer(mux)
	b.Cleanup(srv.Close)
	return srv
}

// benchPage returns what is article i's own. Size 0 is the bare article,
// 2.5 KB, whole in the first part. A larger page is built like a news
// site's: a head of some 18 KB (meta tags, style sheets, rel=canonical
// after them, then scripts), a menu of links, the article, then related
// links and scripts up to size. A page's own parts are the start of its
// head, its canonical link and its article; benchShared makes the rest,
// which the pages share in memory so that 2,000 pages of 100 KB do not
// take 200 MB.
func benchPage(i, size int) [3][]byte {
	var art bytes.Buffer
	for p := range 15 {
		fmt.Fprintf(&art, "<p>정부는 %d번째 문단에서 반도체 설비 투자에 정책금융 %d조 원을 공급한다고 밝혔다. 중소 협력사도 지원 대상이다.</p>", p, i%90+1)
	}
	if size == 0 {
		var buf bytes.Buffer
		fmt.Fprintf(&buf, "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>기사 %d</title></head><body><article>", i)
		buf.Write(art.Bytes())
		buf.WriteString(`</article><a href="/">홈</a></body></html>`)
		return [3][]byte{buf.Bytes()}
	}
	return [3][]byte{
		fmt.Appendf(nil, "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>기사 %d</title><meta property=\"og:url\" content=\"/news/%d\">\n", i, i),
		fmt.Appendf(nil, "<link rel=\"canonical\" href=\"/news/%d\">\n", i),
		fmt.Appendf(nil, "<article><h1>기사 %d</h1>%s</article>", i, art.Bytes()),
	}
}

// benchShared returns, for a page of n more bytes, the parts the pages
// share: the meta tags and style sheets of the head, its scripts with the
// menu, and what follows the article.
func benchShared(n int) [3][]byte {
	var meta, top, tail bytes.Buffer
	for m := range 40 {
		fmt.Fprintf(&meta, "<meta name=\"meta-%d\" content=\"뉴스 속보 정치 경제 사회 국제 문화 스포츠 날씨 %d\">\n", m, m)
	}
	for l := range 12 {
		fmt.Fprintf(&meta, "<link rel=\"stylesheet\" href=\"/static/css/site-%d.css?v=20250418\">\n", l)
	}
	for sc := range 5 {
		fmt.Fprintf(&top, "<script>window.dataLayer%d = window.dataLayer%d || [];", sc, sc)
		for top.Len() < (sc+1)*2500 {
			top.WriteString("dataLayer.push({event: 'view', section: 'economy', tags: ['반도체', '정책금융']});")
		}
		top.WriteString("</script>\n")
	}
	top.WriteString("</head><body><header><nav><ul>")
	for l := range 120 {
		fmt.Fprintf(&top, "<li><a href=\"/section/%d\">섹션 %d</a></li>", l, l)
	}
	top.WriteString("</ul></nav></header><main>")
	tail.WriteString("<aside><ul>")
	for l := range 40 {
		fmt.Fprintf(&tail, "<li><a href=\"/news/related/%d\"><img src=\"/img/%d.jpg\" alt=\"\">관련 기사 %d</a></li>", l, l, l)
	}
	tail.WriteString("</ul></aside></main><footer>")
	end := "</footer></body></html>"
	for meta.Len()+top.Len()+tail.Len()+len(end) < n {
		tail.WriteString("<script>(function(){var s=document.createElement('script');s.async=true;s.src='/static/js/ad.js';})();</script>\n")
	}
	tail.WriteString(end)
	return [3][]byte{meta.Bytes(), top.Bytes(), tail.Bytes()}
}

// BenchmarkCrawl compares, in the same run and over the same loopback
// server, our crawler with politeness off (no delay, benchParallel requests
// at once, robots.txt still read, every page stored in SQLite) against a
// plain net/http loop that fetches the same URLs with as many workers and
// reads the bodies. Each iteration runs both, then a bare colly collector
// over the same URLs (collyFetch); ns/op is their sum. Reported: pages/s
// of ours and plain and their ratio (ours / plain), bare-colly-ratio (bare
// colly / plain: colly's own cost, a ceiling for any crawler built on it
// that stores what it fetches), and the CPU time the
// process spent per page on each side (the server's share included: it
// runs in the process too, and takes about half of the plain loop's).
//
// Pages are the 2.5 KB bare article (size=2.5KB) and pages of 100 KB built
// like a news site's (size=100KB, see benchPage), sent chunked.
//
// With a server that answers at once (server=0s) the machine's CPU is the
// limit, and the crawler spends it on what the plain loop does not do: for
// each page a share of a SQLite transaction (the page row and its three
// indexes, the visited row, the queue row taken then deleted, the WAL
// written and checkpointed), colly's request handling and the page's
// head read for its canonical URL; so the ratio is far below 1 on a
// machine of two cores. With a server that takes a few milliseconds per
// page, as real ones take tens, both are bound by the server and the ratio
// shows what the crawler's own machinery holds back. The database is a
// file in a temporary directory; set BENCH_DB_DIR (e.g. /dev/shm) to put
// it elsewhere. Timings are noisy: compare runs with -count and benchstat.
//
//	go test -tags sqlite_fts5 -run '^$' -bench Crawl -benchtime 5x -count 3 ./crawl/
func BenchmarkCrawl(b *testing.B) {
	for _, pause := range []time.Duration{0, 5 * time.Millisecond} {
		for _, sz := range benchSizes {
			name := fmt.Sprintf("server=%s/size=%s", pause, sz.name)
			b.Run(name, func(b *testing.B) { benchCrawl(b, pause, sz.size) })
		}
	}
}

func benchCrawl(b *testing.B, pause time.Duration, size int) {
	srv := benchSite(b, pause, size)
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

	var ours, plain, bare, oursCPU, plainCPU time.Duration
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(b.Context(), filepath.Join(benchDir(b), fmt.Sprintf("bench%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		t0, c0 := time.Now(), cpuTime()
		r, err := crawl.Run(b.Context(), db, cfg, nil)
		ours += time.Since(t0)
		oursCPU += cpuTime() - c0
		db.Close()
		if err != nil || r.Stored != benchPages {
			b.Fatalf("crawl = %+v, %v; want %d stored", r, err, benchPages)
		}
		t0, c0 = time.Now(), cpuTime()
		if n := plainFetch(b, urls); n != benchPages {
			b.Fatalf("plain loop fetched %d, want %d", n, benchPages)
		}
		plain += time.Since(t0)
		plainCPU += cpuTime() - c0
		t0 = time.Now()
		if n := collyFetch(b, urls); n != benchPages {
			b.Fatalf("bare colly fetched %d, want %d", n, benchPages)
		}
		bare += time.Since(t0)
	}
	n := float64(benchPages * b.N)
	oursRate, plainRate := n/ours.Seconds(), n/plain.Seconds()
	b.ReportMetric(oursRate, "ours-pages/s")
	b.ReportMetric(plainRate, "plain-pages/s")
	b.ReportMetric(oursRate/plainRate, "ratio")
	b.ReportMetric(n/bare.Seconds()/plainRate, "bare-colly-ratio")
	b.ReportMetric(float64(oursCPU.Microseconds())/n, "ours-cpu-µs/page")
	b.ReportMetric(float64(plainCPU.Microseconds())/n, "plain-cpu-µs/page")
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// collyFetch fetches every URL with a bare colly collector, as many
// requests at once and over a transport keeping as many connections as the
// plain loop's, storing nothing: the least a crawler built on colly does.
// It returns the number of responses.
func collyFetch(b testing.TB, urls []string) int {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = benchParallel + 1
	defer tr.CloseIdleConnections()
	c := colly.NewCollector(colly.Async(true), colly.AllowURLRevisit())
	c.WithTransport(tr)
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: benchParallel}); err != nil {
		b.Fatal(err)
	}
	var n atomic.Int64
	c.OnResponse(func(*colly.Response) { n.Add(1) })
	c.OnError(func(_ *colly.Response, err error) { b.Error(err) })
	for _, u := range urls {
		if err := c.Visit(u); err != nil {
			b.Error(err)
		}
	}
	c.Wait()
	return int(n.Load())
}

// plainFetch GETs every URL with benchParallel workers and reads the
// bodies: the least a crawler does. It returns the number of 200s.
func plainFetch(b testing.TB, urls []string) int {
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
