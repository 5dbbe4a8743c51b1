package crawl_test

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// feedServer serves the test site, the listings in testdata/feeds with
// {{BASE}} filled in (and sitemap.xml gzipped as sitemap.xml.gz), and the
// given robots.txt.
func feedServer(t *testing.T, robots string) (*httptest.Server, *hits) {
	t.Helper()
	var srv *httptest.Server
	mod := time.Date(2025, 4, 18, 2, 0, 0, 0, time.UTC)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.ReplaceAll(robots, "{{BASE}}", srv.URL)))
	})
	mux.HandleFunc("/feeds/{name}", func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("name")
		gz := strings.HasSuffix(name, ".gz")
		b, err := os.ReadFile(filepath.Join("..", "testdata", "feeds", strings.TrimSuffix(name, ".gz")))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		b = []byte(strings.ReplaceAll(string(b), "{{BASE}}", srv.URL))
		if gz {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(b)
			zw.Close()
			b = buf.Bytes()
		}
		// ServeContent answers If-Modified-Since with 304.
		http.ServeContent(w, r, name, mod, bytes.NewReader(b))
	})
	mux.Handle("/", http.FileServer(http.Dir(filepath.Join("..", "testdata", "site"))))
	srv, h := serve(t, mux)
	return srv, h
}

// TestFeedsAndSitemaps crawls a source with an RSS and an Atom feed, and a
// sitemap index found only in robots.txt that lists a gzipped sitemap, a
// Google News sitemap and an old sitemap; -since leaves out what is dated
// before 2025.
func TestFeedsAndSitemaps(t *testing.T) {
	srv, h := feedServer(t, "User-agent: *\nDisallow: /private/\nSitemap: {{BASE}}/feeds/sitemap-index.xml\n")
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Parallelism = 1 // the RSS feed is read first, deterministically
	cfg.Since = time.Since(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	cfg.Sources = []crawl.Source{{Name: "test", Feeds: []string{srv.URL + "/feeds/rss.xml", srv.URL + "/feeds/atom.xml"}}}
	r, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/about.html", "/news/8230001.html", "/news/8230002.html", "/news/8230003.html"}
	if got := storedURLs(t, db, srv.URL); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stored %v, want %v", got, want)
	}
	if r.Status != newsfacts.RunOK || r.Failed != 0 {
		t.Errorf("run = %+v, want ok", r)
	}
	for _, p := range []string{"/feeds/sitemap-index.xml", "/feeds/sitemap.xml.gz", "/feeds/news-sitemap.xml"} {
		if h.get(p) != 1 {
			t.Errorf("%s requested %d times, want 1", p, h.get(p))
		}
	}
	for _, p := range []string{"/news/old.html", "/feeds/2019.xml"} {
		if h.get(p) != 0 {
			t.Errorf("%s is dated before -since but was requested", p)
		}
	}
	for _, p := range want {
		if h.get(p) != 1 {
			t.Errorf("%s requested %d times, want once though listed several times", p, h.get(p))
		}
	}
	// The URL as found, tracking parameters and all, is kept.
	var found string
	if err := db.QueryRow(t.Context(), `SELECT found_url FROM pages WHERE url = ?`, srv.URL+"/news/8230002.html").Scan(&found); err != nil ||
		!strings.Contains(found, "utm_source=rss") {
		t.Errorf("found_url = %q, %v; want the feed's link with its utm parameters", found, err)
	}

	// The next run asks for the feeds and sitemaps again, conditionally
	// but for the index, read in full to list its sitemaps again, and
	// fetches no article again.
	r2, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Fetched != 5 || r2.NotModified != 4 || r2.Stored != 0 || r2.Failed != 0 {
		t.Errorf("second run = %+v, want 5 fetched, 4 not modified (2 feeds, 2 sitemaps), nothing stored", r2)
	}
	for _, p := range want {
		if h.get(p) != 1 {
			t.Errorf("%s requested %d times after two runs, want 1", p, h.get(p))
		}
	}
}

// TestSourceArticles checks a source's article patterns: only articles are
// stored; index pages are read for links and fetched again each run; links
// to other hosts are not followed.
func TestSourceArticles(t *testing.T) {
	srv, h := newTestServer(t)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Sources = []crawl.Source{{Name: "test", Start: []string{srv.URL + "/index.html"}, Articles: []string{`/news/\d+\.html$`}}}
	for range 2 {
		if _, err := crawl.Run(t.Context(), db, cfg, nil); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"/news/8230001.html", "/news/8230002.html", "/news/8230003.html"}
	if got := storedURLs(t, db, srv.URL); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stored %v, want only the articles %v", got, want)
	}
	// depth 1: about.html, one link away and not an article, is not worth
	// fetching: its links would not be followed.
	if n := h.get("/about.html"); n != 0 {
		t.Errorf("about.html fetched %d times, want 0", n)
	}
	if n := h.get("/news/8230001.html"); n != 1 {
		t.Errorf("article fetched %d times in two runs, want 1", n)
	}
	if n := h.get("/"); n != 2 {
		t.Errorf("start page fetched %d times in two runs, want 2", n)
	}
}

// TestRelCanonical checks that a page's rel=canonical on its own host names
// the stored page, and one on another host does not, nor is it fetched.
func TestRelCanonical(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><a href="/view?id=1&amp;utm_source=main&amp;from=list">1</a><a href="/syndicated">2</a></body></html>`))
	})
	mux.HandleFunc("/view", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><head><link rel="canonical" href="/article/1"></head><body><p>one</p></body></html>`))
	})
	mux.HandleFunc("/syndicated", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><head><link rel="canonical" href="https://elsewhere.example/original"></head><body><p>two</p></body></html>`))
	})
	mux.HandleFunc("/article/1", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><p>one</p></body></html>`))
	})
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.MaxDepth = 2
	if _, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"}); err != nil {
		t.Fatal(err)
	}
	var requested, final, found string
	err := db.QueryRow(t.Context(), `SELECT requested_url, final_url, found_url FROM pages WHERE url = ?`, srv.URL+"/article/1").
		Scan(&requested, &final, &found)
	if err != nil {
		t.Fatalf("page not stored under its rel=canonical URL: %v", err)
	}
	if requested != srv.URL+"/view?from=list&id=1" || final != requested || found != srv.URL+"/view?id=1&utm_source=main&from=list" {
		t.Errorf("requested %q, final %q, found %q; want the canonical form fetched and the link as found", requested, final, found)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM pages WHERE url = ?`, srv.URL+"/syndicated"); n != 1 {
		t.Errorf("a page naming another site's URL as canonical: %d rows under its own URL, want 1", n)
	}
	if n := h.get("/article/1"); n != 0 {
		t.Errorf("/article/1 fetched %d times; the canonical URL is known through /view", n)
	}
}

// TestIndexPagesRevisited crawls two links deep (front page → section →
// articles) twice; between the runs the section gains an article. The
// front page is read in full each run (its links lead to index pages),
// the section conditionally, the old articles not at all.
func TestIndexPagesRevisited(t *testing.T) {
	var (
		mu       sync.Mutex
		articles = []string{"/n/1"}
	)
	mod := time.Date(2025, 4, 18, 2, 0, 0, 0, time.UTC)
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "index.html", mod, strings.NewReader(`<html><body><a href="/section">경제</a></body></html>`))
	})
	mux.HandleFunc("/section", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		var b strings.Builder
		for _, a := range articles {
			b.WriteString(`<a href="` + a + `">기사</a>`)
		}
		changed := mod.Add(time.Duration(len(articles)) * time.Hour)
		mu.Unlock()
		http.ServeContent(w, r, "section.html", changed, strings.NewReader("<html><body>"+b.String()+"</body></html>"))
	})
	mux.HandleFunc("/n/", func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "a.html", mod, bytes.NewReader(page(r.URL.Path)))
	})
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Sources = []crawl.Source{{Name: "t", Start: []string{srv.URL + "/"}, Articles: []string{`/n/\d+$`}, Depth: ptr(2)}}
	if _, err := crawl.Run(t.Context(), db, cfg, nil); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	articles = append(articles, "/n/2")
	mu.Unlock()
	r, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Stored != 1 || r.NotModified != 0 || r.Failed != 0 {
		t.Errorf("second run = %+v, want the new article stored", r)
	}
	for p, want := range map[string]int{"/": 2, "/section": 2, "/n/1": 1, "/n/2": 1} {
		if n := h.get(p); n != want {
			t.Errorf("%s requested %d times, want %d", p, n, want)
		}
	}
	// A third run: the section is unchanged (304), nothing else moves.
	if r, err = crawl.Run(t.Context(), db, cfg, nil); err != nil || r.NotModified != 1 || r.Fetched != 2 {
		t.Errorf("third run = %+v, %v; want / fetched and /section not modified", r, err)
	}
}

func ptr[T any](v T) *T { return &v }

// TestRedirectedArticle checks that a page is taken for an article by the
// URL that answered, not the one asked for: an article deleted and
// redirected to the home page does not store the home page as an article.
func TestRedirectedArticle(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><a href="/news/1">1</a><a href="/news/2">2</a><a href="/news/3">3</a></body></html>`))
	})
	mux.HandleFunc("/news/1", func(w http.ResponseWriter, r *http.Request) { w.Write(page("one")) })
	mux.HandleFunc("/news/2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/", http.StatusMovedPermanently) })
	mux.HandleFunc("/news/3", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/30", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/news/30", func(w http.ResponseWriter, r *http.Request) { w.Write(page("thirty")) })
	srv, _ := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Sources = []crawl.Source{{Name: "test", Start: []string{srv.URL + "/"}, Articles: []string{`/news/\d+$`}}}
	r, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/news/1", "/news/30"}
	if got := storedURLs(t, db, srv.URL); strings.Join(got, " ") != strings.Join(want, " ") || r.Failed != 0 {
		t.Errorf("stored %v, %d failed; want %v, none failed", got, r.Failed, want)
	}
}
