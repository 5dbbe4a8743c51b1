// Package testsite serves made-up news sites over HTTP for the tests that
// crawl many pages from many hosts: a robots.txt, a sitemap listing every
// article, and the articles, each with money, count and percent facts the
// extractor finds, some of them the same announcement on every site (one
// claim). A site records when each request reached it and how many were
// in flight at once, as a host that checks a crawler's manners would.
//
// The articles are our own text, written for these tests.
package testsite

import (
	"context"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// errEOF is the end of a connection's bytes.
var errEOF = io.EOF

// Site is a news site of N articles, /news/0 to /news/N-1, listed by
// /sitemap.xml, which /robots.txt names. It is an http.Handler.
type Site struct {
	Name    string        // in titles and text, so that sites differ
	N       int           // articles
	Latency time.Duration // each response waits this long before it is written

	mu          sync.Mutex
	reqs        []Request
	inFlight    int
	maxInFlight int
}

// Request is one request the site received.
type Request struct {
	Path   string
	At     time.Time // when it reached the host: see Serve
	Remote string    // the client's address: which connection, which process
}

// New returns a site of n articles named name.
func New(name string, n int) *Site { return &Site{Name: name, N: n} }

// Serve serves the site on a loopback test server, stopped when the test
// ends. The requests it records are timed when the kernel received them
// (on Linux), not when the handler ran: on a loaded machine the server's
// goroutine may run tens of milliseconds after a request arrived, which
// would bring the next request seemingly closer to it than it was sent.
func (s *Site) Serve(tb testing.TB) *httptest.Server {
	srv := httptest.NewUnstartedServer(s)
	enableTimestamps(srv.Listener)
	srv.Listener = arrivalListener{srv.Listener}
	srv.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		return context.WithValue(ctx, connKey{}, c)
	}
	srv.Start()
	tb.Cleanup(srv.Close)
	return srv
}

// connKey keys the connection of a request in its context.
type connKey struct{}

// ServeHTTP serves robots.txt, the sitemap and the articles, and 404 for
// any other path.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	if c, ok := r.Context().Value(connKey{}).(net.Conn); ok {
		if t, ok := arrival(c); ok {
			at = t
		}
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, Request{Path: r.URL.Path, At: at, Remote: r.RemoteAddr})
	s.inFlight++
	s.maxInFlight = max(s.maxInFlight, s.inFlight)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	if s.Latency > 0 {
		time.Sleep(s.Latency)
	}
	base := "http://" + r.Host
	switch p := r.URL.Path; {
	case p == "/robots.txt":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\n\nSitemap: %s/sitemap.xml\n", base)
	case p == "/sitemap.xml":
		w.Header().Set("Content-Type", "application/xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
		for i := range s.N {
			fmt.Fprintf(&b, "<url><loc>%s</loc></url>\n", s.URL(base, i))
		}
		b.WriteString("</urlset>\n")
		w.Write([]byte(b.String()))
	case strings.HasPrefix(p, "/news/"):
		i, err := strconv.Atoi(strings.TrimPrefix(p, "/news/"))
		if err != nil || i < 0 || i >= s.N {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(s.Page(base, i))
	default:
		http.NotFound(w, r)
	}
}

// URL returns the URL of article i on the site served at base.
func (s *Site) URL(base string, i int) string { return fmt.Sprintf("%s/news/%d", base, i) }

// Page returns the HTML of article i, served at base. Every tenth article
// reports the same announcement on every site, in the same words and on
// the same day: the sites' reports of it are one claim.
func (s *Site) Page(base string, i int) []byte {
	title := fmt.Sprintf("%s 뉴스 %d호: 지역 사업 예산 확정", s.Name, i)
	published := fmt.Sprintf("2025-04-%02dT%02d:00:00+09:00", 1+i%28, 9+i%8)
	paras := []string{
		fmt.Sprintf("%s 시청은 올해 지역 사업 %d번에 예산 %d억 원을 쓰기로 했다고 밝혔습니다.", s.Name, i, 100+i),
		fmt.Sprintf("사업에는 주민 %d명이 참여하며, 지난해보다 참여율이 %d.5%% 높아졌습니다.", 20+i, 1+i%9),
		"시청 관계자는 사업 결과를 연말에 다시 알리겠다고 말했습니다.",
	}
	if i%10 == 0 {
		paras = append(paras, fmt.Sprintf("한편 기획재정부는 %d조 원 규모의 공동 기금을 조성한다고 발표했습니다.", 1+i/10))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title>`+
		`<meta property="article:published_time" content="%s"><link rel="canonical" href="%s"></head>`+
		`<body><article><h1>%s</h1>`, html.EscapeString(title), published, s.URL(base, i), html.EscapeString(title))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

// Requests returns the requests received so far, in order of arrival.
func (s *Site) Requests() []Request {
	s.mu.Lock()
	reqs := slices.Clone(s.reqs)
	s.mu.Unlock()
	slices.SortStableFunc(reqs, func(a, b Request) int { return a.At.Compare(b.At) })
	return reqs
}

// Count returns how many requests for path the site received.
func (s *Site) Count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.reqs {
		if r.Path == path {
			n++
		}
	}
	return n
}

// MinGap returns the shortest time between two requests in a row, and
// the two; 0 and no requests if fewer than two came.
func (s *Site) MinGap() (gap time.Duration, first, second Request) {
	reqs := s.Requests()
	gap = -1
	for i := 1; i < len(reqs); i++ {
		if d := reqs[i].At.Sub(reqs[i-1].At); gap < 0 || d < gap {
			gap, first, second = d, reqs[i-1], reqs[i]
		}
	}
	return max(gap, 0), first, second
}

// MaxInFlight returns the most requests the site was answering at once.
func (s *Site) MaxInFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxInFlight
}
