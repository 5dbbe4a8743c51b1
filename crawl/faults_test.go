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

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// page is a small valid article page.
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
			name: "500 then 200",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				if calls == 1 {
					http.Error(w, "oops", http.StatusInternalServerError)
					return
				}
				w.Write(page("ok"))
			},
			stored: true, calls: 2,
		},
		{
			name: "507 then 200",
			handler: func(calls int, w http.ResponseWriter, r *http.Request) {
				if calls == 1 {
					http.Error(w, "full", http.StatusInsufficientStorage)
					return
				}
				w.Write(page("ok"))
			},
			stored: true, calls: 2,
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
				var body []byte
				if err := db.QueryRow(t.Context(), `SELECT body FROM pages WHERE url = ?`, srv.URL+"/a").Scan(&body); err != nil {
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
				if len(got) != 0 || r.Failed != 0 || r.Status != sqlite.RunOK {
					t.Errorf("run %s with %d failed, failures %+v; want ok and none", r.Status, r.Failed, got)
				}
				return
			}
			f, ok := got["/a"]
			if !ok || len(got) != 1 || r.Failed != 1 || r.Status != sqlite.RunPartial {
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
