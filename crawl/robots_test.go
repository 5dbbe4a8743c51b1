package crawl_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestRobotsRulesAndCrawlDelay checks that the crawler follows the
// robots.txt group for its own name (not the "*" one, which here shuts
// everyone else out), skips what it disallows and spaces its requests by
// its Crawl-delay, though -delay is 0 and -parallel 4.
func TestRobotsRulesAndCrawlDelay(t *testing.T) {
	const robots = `User-agent: *
Disallow: /

User-agent: newsfacts-crawler
Disallow: /private/
Crawl-delay: 0.4
`
	var (
		mu     sync.Mutex
		starts []time.Time
	)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(robots)) })
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><a href="/a">a</a><a href="/b">b</a><a href="/c">c</a><a href="/private/d">d</a></body></html>`))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write(page(r.URL.Path)) })
	srv, h := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Parallelism = 4
	r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Stored != 4 || r.Skipped != 1 || r.Failed != 0 {
		t.Errorf("run = %+v, want 4 stored (/, a, b, c) and /private/d skipped", r)
	}
	if n := h.get("/private/d"); n != 0 {
		t.Errorf("/private/d fetched %d times, want 0", n)
	}
	mu.Lock()
	defer mu.Unlock()
	sort.Slice(starts, func(i, j int) bool { return starts[i].Before(starts[j]) })
	if len(starts) != 5 {
		t.Fatalf("%d requests, want 5 (robots.txt, /, a, b, c)", len(starts))
	}
	// The first request (robots.txt) sets the delay for those after it:
	// four gaps of 400ms. Requests are paced when sent; they are counted
	// here when they arrive, which a busy machine may delay one by one, so
	// the test asks for the span and the typical gap.
	if span := starts[4].Sub(starts[0]); span < 1200*time.Millisecond {
		t.Errorf("5 requests within %s, want them ≥ 400ms apart (Crawl-delay)", span)
	}
	gaps := make([]time.Duration, 0, 4)
	for i := 1; i < len(starts); i++ {
		gaps = append(gaps, starts[i].Sub(starts[i-1]))
	}
	sort.Slice(gaps, func(i, j int) bool { return gaps[i] < gaps[j] })
	if median := gaps[2]; median < 390*time.Millisecond {
		t.Errorf("gaps between requests %v, want them ≥ 400ms (Crawl-delay)", gaps)
	}
}

// robotsDown serves a robots.txt that answers 503 while down is true, and
// is absent (404: everything allowed) otherwise.
func robotsDown(down *atomic.Bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		http.NotFound(w, r)
	}
}

// TestRobotsUnavailable checks that a robots.txt answering 503 lets nothing
// be fetched from its host this run, that robots.txt, not the pages, is
// recorded as failed, and that the pages stay queued, untried, however many
// runs the outage lasts.
func TestRobotsUnavailable(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", robotsDown(&down))
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`<a href="/a">a</a>`)) })
	var aCalls atomic.Int32
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		if aCalls.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Write(page("a"))
	})
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	// A first run, robots.txt readable, leaves /a queued, tried once.
	down.Store(false)
	cfg := testConfig(t)
	cfg.Retries = 0
	if _, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"}); err != nil {
		t.Fatal(err)
	}
	tries := func() string {
		return fmt.Sprintf("/ %d, /a %d",
			fixture.Int(t, db, `SELECT coalesce(max(tries), -1) FROM crawl_queue WHERE url = ?`, srv.URL+"/"),
			fixture.Int(t, db, `SELECT coalesce(max(tries), -1) FROM crawl_queue WHERE url = ?`, srv.URL+"/a"))
	}
	if got := tries(); got != "/ -1, /a 1" {
		t.Fatalf("queue tries after the first run: %s, want /a queued, tried once", got)
	}
	down.Store(true)
	for run := range 4 {
		robots := h.get("/robots.txt")
		r, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/"})
		if err != nil {
			t.Fatal(err)
		}
		if n := h.get("/robots.txt") - robots; n != 3 {
			t.Errorf("run %d: robots.txt requested %d times, want 3 (503 is retried)", run, n)
		}
		got := failures(t, db, r.ID, srv.URL)
		if f := got["/robots.txt"]; r.Failed != 1 || len(got) != 1 || f.status != 503 || f.attempts != 3 ||
			!strings.Contains(f.err, "robots.txt unavailable: 503") {
			t.Errorf("run %d: run = %+v, failures %+v; want robots.txt failed with 503 after 3 attempts, nothing else", run, r, got)
		}
		if got := tries(); got != "/ 0, /a 1" {
			t.Errorf("run %d: queue tries %s, want / and /a kept, no try counted", run, got)
		}
	}
	if n := h.get("/a"); n != 1 {
		t.Errorf("/a fetched %d times though robots.txt is unavailable", n)
	}
	down.Store(false)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 0 || h.get("/a") != 2 || fixture.Int(t, db, `SELECT count(*) FROM pages WHERE url = ?`, srv.URL+"/a") != 1 {
		t.Errorf("run = %+v, /a fetched %d times; want /a stored once robots.txt is back", r, h.get("/a"))
	}
}

// TestRedirectRobotsUnavailable follows an article that redirects to
// another host of its outlet, whose robots.txt is down: the article stays
// queued, no try counted, and is stored once that robots.txt is back.
func TestRedirectRobotsUnavailable(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	other := http.NewServeMux()
	other.HandleFunc("/robots.txt", robotsDown(&down))
	other.HandleFunc("/news/1", func(w http.ResponseWriter, r *http.Request) { w.Write(page("moved")) })
	otherSrv, _ := serve(t, other)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`<a href="/a">a</a>`)) })
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, otherSrv.URL+"/news/1", http.StatusMovedPermanently)
	})
	srv, _ := serve(t, mux)
	db := mustOpenDB(t)
	host := func(s string) string { u, _ := url.Parse(s); return u.Host }
	cfg := testConfig(t)
	cfg.Retries = 0
	cfg.Sources = []crawl.Source{{Name: "two-hosts", Start: []string{srv.URL + "/"}, Hosts: []string{host(srv.URL), host(otherSrv.URL)}}}
	for run := range 2 {
		r, err := crawl.Run(t.Context(), db, cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		tries := fixture.Int(t, db, `SELECT coalesce(max(tries), -1) FROM crawl_queue WHERE url = ?`, srv.URL+"/a")
		if n := fixture.Int(t, db, `SELECT count(*) FROM fetch_failures WHERE run_id = ? AND url = ?`, r.ID, srv.URL+"/a"); n != 0 || tries != 0 {
			t.Errorf("run %d: /a has %d failures, queue tries %d; want kept, no failure, no try", run, n, tries)
		}
		// The unreadable robots.txt is what failed, and the run says so.
		if n := fixture.Int(t, db, `SELECT count(*) FROM fetch_failures WHERE run_id = ? AND url = ? AND status = 503`, r.ID, otherSrv.URL+"/robots.txt"); n != 1 || r.Failed != 1 {
			t.Errorf("run %d: %d failures recorded for the other host's robots.txt, run failed = %d; want 1, 1", run, n, r.Failed)
		}
	}
	down.Store(false)
	if _, err := crawl.Run(t.Context(), db, cfg, nil); err != nil {
		t.Fatal(err)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM pages WHERE final_url = ?`, otherSrv.URL+"/news/1"); n != 1 {
		t.Errorf("%d pages stored from the redirect once robots.txt is back, want 1", n)
	}
}

// TestRobotsDisallowedCountedOnce checks that a URL robots.txt disallows is
// counted as skipped, and logged, once per run, however many pages link
// to it.
func TestRobotsDisallowedCountedOnce(t *testing.T) {
	const pages = 11
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		for i := range pages {
			fmt.Fprintf(&b, `<a href="/p%d">%d</a>`, i, i)
		}
		w.Write([]byte("<html><body>" + b.String() + "</body></html>"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><p>page</p><a href="/private/d">d</a></body></html>`))
	})
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.MaxDepth = 2
	var log lockedBuffer
	// Per-URL lines are logged at debug level.
	cfg.Logger = slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if n := h.get("/private/d"); n != 0 {
		t.Errorf("/private/d fetched %d times, want 0", n)
	}
	lines := strings.Count(log.String(), "skipped by robots.txt")
	if r.Skipped != 1 || lines != 1 || r.Stored != pages+1 {
		t.Errorf("run = %+v, %d log lines; want %d stored, /private/d skipped and logged once", r, lines, pages+1)
	}
}

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
