package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The hostile-input suite: servers on loopback that drip, lie about
// lengths, loop, bomb and flood, and pages built to hit every parser's
// worst case. Each case runs the built command under the launcher
// (startMeasured) and asserts a bounded time (a deadline that signals a
// hang, never a speed), a bounded peak RSS (memoryCap) and a clear outcome:
// the exit code, and the page stored or the failure recorded with its
// reason. The default form is fast enough for every CI run; with
// NEWSFACTS_HOSTILE=long the inputs are bigger.

// hostileLong reports whether the hostile-input suite runs its long form
// (NEWSFACTS_HOSTILE=long): bigger inputs, longer crawls. Without it the
// suite stays fast enough for every CI run.
func hostileLong() bool { return os.Getenv("NEWSFACTS_HOSTILE") == "long" }

// rawServer serves each connection with respond, which writes whatever
// bytes it likes: a server that lies about lengths, drips, or never ends.
func rawServer(t *testing.T, respond func(path string, c net.Conn)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer c.Close()
		buf.Flush()
		respond(r.URL.Path, c)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// drip writes b one byte every pause until it is written or the client
// has gone.
func drip(w io.Writer, b string, pause time.Duration) {
	for i := range len(b) {
		if _, err := w.Write([]byte{b[i]}); err != nil {
			return
		}
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		time.Sleep(pause)
	}
}

// zeros is n bytes of zeros, gzipped: a gzip bomb.
func zeros(n int) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	block := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(block))
		zw.Write(block[:k])
		n -= k
	}
	zw.Close()
	return buf.Bytes()
}

var bomb = sync.OnceValue(func() []byte { return zeros(256 << 20) }) // 256 MiB, about 250 KB gzipped

// hostilePage is a small valid page.
const hostilePage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>기사</title></head><body><article><p>정부는 반도체 설비 투자에 17조 원을 공급한다고 밝혔다.</p></article></body></html>`

// hostileCase is one misbehaving server and what the crawl of its start
// page must end with.
type hostileCase struct {
	name    string
	handler http.Handler // serves everything, robots.txt included (404 unless it says)
	raw     func(path string, c net.Conn)
	args    []string // more crawl flags
	codes   []int    // acceptable exit codes
	failure string   // part of the error of a failure row; "" for none
	stored  int      // pages stored, -1 for any
	logged  string   // part of the log; "" for anything
}

// TestHostileServers crawls servers that misbehave on purpose: each crawl
// ends within its deadline, under memoryCap, with the exit code, the
// stored pages and the failure recorded that the case says.
func TestHostileServers(t *testing.T) {
	binaries(t)
	long := hostileLong()
	linkFlood := 50000
	if long {
		linkFlood = 250000
	}
	// The bomb is made before any crawl starts: made in the handler, its
	// seconds of compression counted against the crawl's request timeout
	// on a busy machine, and the case failed with a timeout.
	bomb := bomb()
	mux := func(routes map[string]http.HandlerFunc) http.Handler {
		m := http.NewServeMux()
		if routes["/robots.txt"] == nil {
			m.HandleFunc("/robots.txt", http.NotFound)
		}
		for p, h := range routes {
			m.HandleFunc(p, h)
		}
		return m
	}
	tests := []hostileCase{
		{
			name: "drips its body",
			handler: mux(map[string]http.HandlerFunc{"/{$}": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "100000")
				drip(w, hostilePage, 50*time.Millisecond)
			}}),
			codes: []int{3}, failure: "request timed out",
		},
		{
			name: "drips its headers",
			raw: func(path string, c net.Conn) {
				drip(c, "HTTP/1.1 200 OK\r\n"+strings.Repeat("X-Slow: a\r\n", 1000), 50*time.Millisecond)
			},
			codes: []int{3}, failure: "request timed out",
		},
		{
			name: "declares more than it sends",
			raw: func(path string, c net.Conn) {
				io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"+hostilePage)
			},
			codes: []int{3}, failure: "unexpected EOF",
		},
		{
			name: "never ends its body",
			handler: mux(map[string]http.HandlerFunc{"/{$}": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				block := bytes.Repeat([]byte("<p>끝없는 기사</p>"), 1000)
				for r.Context().Err() == nil {
					if _, err := w.Write(block); err != nil {
						return
					}
				}
			}}),
			codes: []int{3}, failure: "response body too large",
		},
		{
			name: "gzip bomb",
			handler: mux(map[string]http.HandlerFunc{"/{$}": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(bomb)
			}}),
			codes: []int{3}, failure: "response body too large",
		},
		{
			name: "redirect loop",
			handler: mux(map[string]http.HandlerFunc{
				"/{$}": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusFound) },
				"/a":   func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) },
				"/b":   func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusFound) },
			}),
			codes: []int{3}, failure: "redirect loop",
		},
		{
			name: "endless redirect chain",
			handler: mux(map[string]http.HandlerFunc{"/": func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
			}}),
			codes: []int{3}, failure: "too many redirects",
		},
		{
			name: "headers of 20 MB",
			raw: func(path string, c net.Conn) {
				io.WriteString(c, "HTTP/1.1 200 OK\r\n")
				line := "X-Flood: " + strings.Repeat("a", 1000) + "\r\n"
				for range 20000 {
					if _, err := io.WriteString(c, line); err != nil {
						return
					}
				}
			},
			codes: []int{3}, failure: "headers exceeded",
		},
		{
			name: fmt.Sprintf("a flood of %d links", linkFlood),
			handler: mux(map[string]http.HandlerFunc{
				"/{$}": func(w http.ResponseWriter, r *http.Request) {
					var b bytes.Buffer
					b.WriteString("<html><body>")
					for i := range linkFlood {
						fmt.Fprintf(&b, `<a href="/n/%d">%d</a>`, i, i)
					}
					b.WriteString("</body></html>")
					w.Write(b.Bytes())
				},
				// The linked pages ask for a pause of an hour: they stay
				// queued and the crawl ends once it has queued them.
				"/n/": func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Retry-After", "3600")
					http.Error(w, "later", http.StatusServiceUnavailable)
				},
			}),
			codes: []int{3}, failure: "503", stored: 1, logged: "the rest ignored",
		},
		{
			name: "robots.txt gzip bomb",
			handler: mux(map[string]http.HandlerFunc{
				"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Encoding", "gzip")
					w.Write(bomb)
				},
				"/{$}": func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, hostilePage) },
			}),
			codes: []int{0, 3}, stored: -1,
		},
		{
			name: "robots.txt asks a Crawl-delay of 1,000,000 s",
			handler: mux(map[string]http.HandlerFunc{
				"/robots.txt": func(w http.ResponseWriter, r *http.Request) {
					io.WriteString(w, "User-agent: *\nCrawl-delay: 1000000\n")
				},
				"/{$}": func(w http.ResponseWriter, r *http.Request) {
					io.WriteString(w, `<html><body><a href="/a">a</a><a href="/b">b</a></body></html>`)
				},
				"/": func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, hostilePage) },
			}),
			// The first request to the host is robots.txt itself: the
			// next would wait 11 days, so the host's URLs stay queued.
			codes: []int{0}, stored: 0, logged: "host asked for a pause",
		},
		{
			name: "a page full of NUL bytes here and there",
			handler: mux(map[string]http.HandlerFunc{"/{$}": func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				io.WriteString(w, strings.Replace(hostilePage, "<body>", "<body>\x00", 1)+"\x00")
			}}),
			codes: []int{0}, stored: 1,
		},
		{
			name: "billion laughs and XXE in a feed",
			handler: mux(map[string]http.HandlerFunc{
				"/{$}": func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "application/rss+xml")
					io.WriteString(w, `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss><channel><item><link>http://`+r.Host+`/a?x=&xxe;&amp;y=&lol9;</link></item></channel></rss>`)
				},
				"/": func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, hostilePage) },
			}),
			codes: []int{0, 3}, stored: -1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var srv *httptest.Server
			if tt.raw != nil {
				srv = rawServer(t, func(path string, c net.Conn) {
					if path == "/robots.txt" {
						io.WriteString(c, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
						return
					}
					tt.raw(path, c)
				})
			} else {
				srv = httptest.NewServer(tt.handler)
				t.Cleanup(srv.Close)
			}
			db := filepath.Join(t.TempDir(), "news.db")
			args := append([]string{"-db", db, "-delay", "0", "-request-timeout", "2s", "-retries", "1", "-backoff", "10ms",
				"-timeout", "2m", "-log-format", "json"}, tt.args...)
			p := startMeasured(t, "crawl", append(args, srv.URL+"/")...)
			code := p.wait(t, 3*time.Minute)
			peak := p.peakRSS()
			t.Logf("exit %d, peak RSS %.1f MiB", code, mb(peak))
			checkOutcome(t, db, tt, code, peak, p.stderr.String())
		})
	}
}

// checkOutcome checks a hostile crawl's exit code, memory, log, and what
// it stored and recorded as failed.
func checkOutcome(t *testing.T, db string, tt hostileCase, code int, peak int64, stderr string) {
	t.Helper()
	if !slices.Contains(tt.codes, code) {
		t.Errorf("exit %d, want one of %v\nstderr: %s", code, tt.codes, tail(stderr, 2000))
	}
	if peak == 0 || peak > memoryCap {
		t.Errorf("peak RSS %.1f MiB, want under %.0f MiB", mb(peak), mb(memoryCap))
	}
	for line := range strings.SplitSeq(strings.TrimSpace(stderr), "\n") {
		if line != "" && !json.Valid([]byte(line)) && !strings.HasPrefix(line, "crawl: ") {
			t.Errorf("a log line that is not JSON: %.300q", line)
		}
		if strings.Contains(line, "panic") || strings.Contains(line, "goroutine ") {
			t.Errorf("crawl panicked: %.300s", line)
		}
	}
	d := openDB(t, db)
	var stored, failures int
	var errs string
	d.QueryRow(t.Context(), `SELECT count(*) FROM pages`).Scan(&stored)
	d.QueryRow(t.Context(), `SELECT count(*), coalesce(group_concat(error, ' | '), '') FROM fetch_failures`).Scan(&failures, &errs)
	if tt.stored >= 0 && stored != tt.stored {
		t.Errorf("%d pages stored, want %d", stored, tt.stored)
	}
	if !strings.Contains(stderr, tt.logged) {
		t.Errorf("the log does not say %q:\n%s", tt.logged, tail(stderr, 2000))
	}
	if tt.failure != "" && !strings.Contains(errs, tt.failure) {
		t.Errorf("failures: %q, want one saying %q", errs, tt.failure)
	}
	if err := d.Check(t.Context()); err != nil {
		t.Error(err)
	}
}

// TestJSONLogOnly: with -log-format json every line on stderr is a JSON
// object, also what net/http prints by itself for a server that sends
// more than the length it declared (issue 17: a raw line went through).
func TestJSONLogOnly(t *testing.T) {
	srv := rawServer(t, func(path string, c net.Conn) {
		page := "<html><head><title>x</title></head><body><p>기사</p></body></html>"
		switch path {
		case "/robots.txt":
			io.WriteString(c, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
		default:
			// Declares 10 bytes, sends the page, keeps the connection.
			io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10\r\n\r\n"+page)
			time.Sleep(500 * time.Millisecond)
		}
	})
	r := runCmd(t, "crawl", "-db", filepath.Join(t.TempDir(), "news.db"), "-delay", "0", "-log-format", "json", "-v", srv.URL+"/")
	for line := range strings.SplitSeq(strings.TrimSpace(r.stderr), "\n") {
		if !json.Valid([]byte(line)) {
			t.Errorf("stderr line is not JSON: %q", line)
		}
	}
	// The case this test is about: net/http had something to say.
	if !strings.Contains(r.stderr, "Unsolicited response") {
		t.Errorf("net/http printed nothing; stderr:\n%s", r.stderr)
	}
}
