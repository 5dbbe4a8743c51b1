package crawl_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// page is a small valid article page.
// failFirst returns a handler that answers the first request with status
// code and the next ones with a page.
func failFirst(code int) func(int, http.ResponseWriter, *http.Request) {
	return func(calls int, w http.ResponseWriter, r *http.Request) {
		if calls == 1 {
			http.Error(w, http.StatusText(code), code)
			return
		}
		w.Write(page("ok"))
	}
}

func page(text string) []byte {
	return []byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + text +
		"</title></head><body><p>" + text + "</p></body></html>")
}

// gzipBomb is 32 MiB of zeros, gzipped to about 32 KiB.
var gzipBomb = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for range 32 {
		zw.Write(zero)
	}
	zw.Close()
	return buf.Bytes()
})

// TestFaults aims the crawler at servers that misbehave on purpose and
// checks, for each, what is stored and what is recorded as failed.
func TestFaults(t *testing.T) {
	t.Parallel()
	gzipBomb() // made before the clock of any request starts
	tests := []struct {
		name    string
		handler func(calls int, w http.ResponseWriter, r *http.Request) // calls: 1 for the first request of the test's page
		cfg     func(*crawl.Config)
		stored  bool    // the page is stored, complete
		failure failure // the recorded failure; zero for none
		errText string  // part of the failure's error
		calls   int     // requests the page got
		minTime time.Duration
	}{
		{
			name: "429 with Retry-After then 200",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				if calls == 1 {
					w.Header().Set("Retry-After", "1")
					http.Error(w, "slow down", http.StatusTooManyRequests)
					return
				}
				w.Write(page("ok"))
			},
			stored: true, calls: 2, minTime: time.Second,
		},
		{
			name: "429 asking for an hour",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "3600")
				http.Error(w, "come back later", http.StatusTooManyRequests)
			},
			failure: failure{429, 1, "429 Too Many Requests"}, calls: 1,
		},
		{
			name:    "500 then 200",
			handler: failFirst(http.StatusInternalServerError),
			stored:  true, calls: 2,
		},
		{
			name:    "507 then 200",
			handler: failFirst(http.StatusInsufficientStorage),
			stored:  true, calls: 2,
		},
		{
			name: "503 every time",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				http.Error(w, "down", http.StatusServiceUnavailable)
			},
			failure: failure{503, 3, "503 Service Unavailable"}, calls: 3,
		},
		{
			name: "slow past the timeout",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				select {
				case <-time.After(5 * time.Second):
				case <-r.Context().Done():
				}
			},
			cfg:     func(c *crawl.Config) { c.Timeout = 200 * time.Millisecond; c.Retries = 1 },
			failure: failure{0, 2, ""}, errText: "request timed out after 200ms", calls: 2,
		},
		{
			name: "body slower than the timeout",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "10000")
				w.Write(bytes.Repeat([]byte("a"), 100))
				w.(http.Flusher).Flush()
				select {
				case <-time.After(5 * time.Second):
				case <-r.Context().Done():
				}
			},
			cfg:     func(c *crawl.Config) { c.Timeout = 200 * time.Millisecond; c.Retries = 0 },
			failure: failure{0, 1, ""}, errText: "request timed out", calls: 1,
		},
		{
			name: "connection reset mid-body, every time",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				cutBody(w, page("complete page")[:20], 5000)
			},
			failure: failure{0, 3, ""}, errText: "unexpected EOF", calls: 3,
		},
		{
			name: "connection reset mid-body, then whole",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				if calls == 1 {
					cutBody(w, page("complete page")[:20], 5000)
					return
				}
				w.Write(page("complete page"))
			},
			stored: true, calls: 2,
		},
		{
			name: "oversized body",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				w.Write(page(strings.Repeat("가", 10000)))
			},
			cfg:     func(c *crawl.Config) { c.MaxBodySize = 4096 },
			failure: failure{0, 1, ""}, errText: "response body too large: more than 4096 bytes", calls: 1,
		},
		{
			name: "oversized body without Content-Length",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				for range 100 {
					w.Write(bytes.Repeat([]byte("<p>문단</p>"), 100))
					w.(http.Flusher).Flush()
				}
			},
			cfg:     func(c *crawl.Config) { c.MaxBodySize = 64 << 10 },
			failure: failure{0, 1, ""}, errText: "response body too large", calls: 1,
		},
		{
			name: "gzip bomb",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(gzipBomb())
			},
			cfg:     func(c *crawl.Config) { c.MaxBodySize = 1 << 20 },
			failure: failure{0, 1, ""}, errText: "response body too large", calls: 1,
		},
		{
			name: "gzipped page",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
					w.Write(page("ok"))
					return
				}
				w.Header().Set("Content-Type", "text/html")
				w.Header().Set("Content-Encoding", "gzip")
				zw := gzip.NewWriter(w)
				zw.Write(page("ok"))
				zw.Close()
			},
			stored: true, calls: 1,
		},
		{
			name: "encoding not asked for",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Encoding", "br")
				w.Write([]byte{0x1b, 0x03, 0x00, 0xf8})
			},
			failure: failure{0, 1, ""}, errText: "unsupported content encoding", calls: 1,
		},
		{
			name: "redirect loop",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "/loop/b", http.StatusFound)
			},
			// Stopped before /a is asked for again.
			failure: failure{302, 0, ""}, errText: "redirect loop: ", calls: 1,
		},
		{
			name: "redirect off the source's hosts",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "https://elsewhere.example/", http.StatusMovedPermanently)
			},
			failure: failure{301, 0, ""}, errText: "redirect off the source's hosts", calls: 1,
		},
		{
			name: "404",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				http.NotFound(w, r)
			},
			failure: failure{404, 1, "404 Not Found"}, calls: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var calls atomic.Int32
			mux := http.NewServeMux()
			mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
				tt.handler(int(calls.Add(1)), w, r)
			})
			mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "/a", http.StatusFound)
			})
			srv, _ := serve(t, mux)
			db := mustOpenDB(t)
			cfg := testConfig(t)
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			start := time.Now()
			r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/a"})
			if err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d < tt.minTime {
				t.Errorf("crawl took %s, want at least %s", d, tt.minTime)
			}
			if n := int(calls.Load()); n != tt.calls {
				t.Errorf("page requested %d times, want %d", n, tt.calls)
			}
			stored := fixture.Int(t, db, `SELECT count(*) FROM pages`)
			if tt.stored {
				body, err := fixture.PageBody(t, db, `SELECT id FROM pages WHERE url = ?`, srv.URL+"/a")
				if err != nil {
					t.Fatalf("page not stored: %v", err)
				}
				if !bytes.HasSuffix(body, []byte("</html>")) {
					t.Errorf("stored body %q is not the whole page", body)
				}
			} else if stored != 0 {
				t.Errorf("%d pages stored, want none", stored)
			}
			got := failures(t, db, r.ID, srv.URL)
			if tt.failure == (failure{}) {
				if len(got) != 0 || r.Failed != 0 || r.Status != newsfacts.RunOK {
					t.Errorf("run %s with %d failed, failures %+v; want ok and none", r.Status, r.Failed, got)
				}
				return
			}
			f, ok := got["/a"]
			if !ok || len(got) != 1 || r.Failed != 1 || r.Status != newsfacts.RunPartial {
				t.Fatalf("run %s with %d failed, failures %+v; want partial and /a failed", r.Status, r.Failed, got)
			}
			if f.status != tt.failure.status || (tt.failure.attempts > 0 && f.attempts != tt.failure.attempts) ||
				(tt.failure.err != "" && f.err != tt.failure.err) || !strings.Contains(f.err, tt.errText) {
				t.Errorf("failure = %+v, want %+v with %q", f, tt.failure, tt.errText)
			}
		})
	}
}

// cutBody promises n bytes, sends part, and closes the connection.
func cutBody(w http.ResponseWriter, part []byte, n int) {
	conn, buf, err := w.(http.Hijacker).Hijack()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n", n)
	buf.Write(part)
	buf.Flush()
}

// TestRetryAfterHoldsHost checks that a Retry-After on 429 is honoured for
// the whole host, whether or not the URL that got it is retried: a pause
// the run waits for delays the host's other URLs; a longer one leaves them
// queued, untried, for the next run.
func TestRetryAfterHoldsHost(t *testing.T) {
	t.Parallel()
	const n = 20
	tests := []struct {
		name       string
		retryAfter string
		retries    int
		requests   int           // article requests in the first run
		gap        time.Duration // at least, between the first two article requests
		stored     int           // articles stored by the first run
		kept       int           // untried queue rows left for the next run
	}{
		{"an hour, retries left", "3600", 2, 1, 0, 0, n - 1},
		{"an hour, no retries", "3600", 0, 1, 0, 0, n - 1},
		{"a second, no retries", "1", 0, n, time.Second, n - 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var (
				mu     sync.Mutex
				times  []time.Time
				paused = true
			)
			mux := http.NewServeMux()
			mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
				var b strings.Builder
				for i := range n {
					fmt.Fprintf(&b, `<a href="/news/%02d.html">%d</a>`, i, i)
				}
				w.Write([]byte("<html><body>" + b.String() + "</body></html>"))
			})
			mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				first := paused && len(times) == 0
				times = append(times, time.Now())
				mu.Unlock()
				if first || (paused && tt.retryAfter == "3600") {
					w.Header().Set("Retry-After", tt.retryAfter)
					http.Error(w, "slow down", http.StatusTooManyRequests)
					return
				}
				w.Write(page(r.URL.Path))
			})
			srv, _ := serve(t, mux)
			db := mustOpenDB(t)
			cfg := testConfig(t)
			cfg.Parallelism = 1
			cfg.Retries = tt.retries
			r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"})
			if err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			got := append([]time.Time(nil), times...)
			mu.Unlock()
			if len(got) != tt.requests {
				t.Errorf("%d article requests, want %d", len(got), tt.requests)
			}
			if len(got) > 1 && got[1].Sub(got[0]) < tt.gap-50*time.Millisecond {
				t.Errorf("second article asked for %s after the first, want ≥ %s (Retry-After)", got[1].Sub(got[0]), tt.gap)
			}
			if r.Stored != int64(tt.stored+1) || r.Failed != 1 {
				t.Errorf("run = %+v, want %d stored (start page included), 1 failed", r, tt.stored+1)
			}
			if k := fixture.Int(t, db, `SELECT count(*) FROM crawl_queue WHERE tries = 0`); k != tt.kept {
				t.Errorf("untried queue rows = %d, want %d", k, tt.kept)
			}
			// The next run, the pause over, fetches what was left.
			mu.Lock()
			paused = false
			mu.Unlock()
			r2, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"})
			if err != nil {
				t.Fatal(err)
			}
			if r2.Failed != 0 || fixture.Int(t, db, `SELECT count(*) FROM pages WHERE url LIKE '%/news/%'`) != n {
				t.Errorf("second run = %+v, want every article stored by now", r2)
			}
		})
	}
}
