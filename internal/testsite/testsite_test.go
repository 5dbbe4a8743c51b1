package testsite

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServe: the site serves its robots.txt, sitemap and articles, 404 for
// the rest, and records each request, timed no later than its handler ran
// and, on Linux, by the kernel's receive timestamp.
func TestServe(t *testing.T) {
	s := New("a", 3)
	srv := s.Serve(t)
	before := time.Now()
	for _, c := range []struct {
		path   string
		status int
		has    string
	}{
		{"/robots.txt", 200, "Sitemap: " + srv.URL + "/sitemap.xml"},
		{"/sitemap.xml", 200, srv.URL + "/news/2</loc>"},
		{"/news/0", 200, "공동 기금"},
		{"/news/1", 200, "예산 101억 원"},
		{"/news/3", 404, ""},
		{"/other", 404, ""},
	} {
		resp, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || !strings.Contains(string(body), c.has) {
			t.Errorf("GET %s = %d %q, want %d with %q", c.path, resp.StatusCode, body, c.status, c.has)
		}
	}
	after := time.Now()
	reqs := s.Requests()
	if len(reqs) != 6 || s.Count("/news/0") != 1 || s.MaxInFlight() != 1 {
		t.Fatalf("requests = %v, want the 6, one at a time", reqs)
	}
	for _, r := range reqs {
		if r.At.Before(before) || r.At.After(after) {
			t.Errorf("request %s at %s, not between %s and %s", r.Path, r.At, before, after)
		}
	}
	if gap, first, second := s.MinGap(); gap <= 0 || !second.At.After(first.At) {
		t.Errorf("MinGap = %s between %v and %v", gap, first, second)
	}
}
