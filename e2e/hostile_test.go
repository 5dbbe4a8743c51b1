package e2e

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

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
