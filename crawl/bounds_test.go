package crawl_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestSitemapIndexChain serves a chain of 2,000 sitemap indexes, each
// listing the next and one sitemap: the crawler follows indexes nested
// two deep, then records the third as a failure and stops there.
func TestSitemapIndexChain(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/index/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+
			`<sitemap><loc>http://%s/index/%d</loc></sitemap><sitemap><loc>http://%s/sitemap/%d</loc></sitemap></sitemapindex>`,
			r.Host, n+1, r.Host, n)
	})
	mux.HandleFunc("/sitemap/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://%s/page/%s</loc></url></urlset>`,
			r.Host, r.PathValue("n"))
	})
	mux.HandleFunc("/page/", func(w http.ResponseWriter, r *http.Request) { w.Write(page(r.URL.Path)) })
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Sources = []crawl.Source{{Name: "chain", Sitemaps: []string{srv.URL + "/index/0"}}}
	r, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for n := range 4 {
		want := 0
		if n <= 2 {
			want = 1
		}
		if got := h.get(fmt.Sprintf("/index/%d", n)); got != want {
			t.Errorf("/index/%d requested %d times, want %d", n, got, want)
		}
	}
	if got := storedURLs(t, db, srv.URL); strings.Join(got, " ") != "/page/0 /page/1" {
		t.Errorf("stored %v, want the pages of the sitemaps of the first two indexes", got)
	}
	f := failures(t, db, r.ID, srv.URL)
	if len(f) != 1 || !strings.Contains(f["/index/2"].err, "nested 2 deep") {
		t.Errorf("failures = %+v, want /index/2 recorded as nested too deep", f)
	}
}

// TestSitemapOverURLLimit serves a sitemap of 50,010 URLs, all disallowed
// by robots.txt but the first ten: the first 50,000 URLs are read, the
// rest ignored, and the cut is recorded as the sitemap's failure.
func TestSitemapOverURLLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50,000 URLs")
	}
	const n = 50010
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /x/\n"))
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range n {
			dir := "x"
			if i < 10 {
				dir = "a"
			}
			fmt.Fprintf(&b, "<url><loc>http://%s/%s/%d</loc></url>", r.Host, dir, i)
		}
		b.WriteString("</urlset>")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) { w.Write(page(r.URL.Path)) })
	srv, _ := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Logger = slog.New(slog.DiscardHandler) // 50,000 URLs skipped by robots.txt, each logged
	cfg.Sources = []crawl.Source{{Name: "big", Sitemaps: []string{srv.URL + "/sitemap.xml"}}}
	r, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Stored != 10 || r.Skipped != 50000-10 || r.Failed != 1 || r.Status != newsfacts.RunPartial {
		t.Errorf("run = %+v, want 10 stored, %d skipped by robots.txt and the sitemap failed", r, 50000-10)
	}
	f := failures(t, db, r.ID, srv.URL)
	if !strings.Contains(f["/sitemap.xml"].err, "more than 50000 URLs") || f["/sitemap.xml"].status != 200 {
		t.Errorf("sitemap's failure = %+v, want its cut at 50000 URLs", f["/sitemap.xml"])
	}
	if got := fixture.Int(t, db, `SELECT count(*) FROM crawl_queue`); got != 0 {
		t.Errorf("%d URLs still queued", got)
	}
}

// TestRobotsOverSizeLimit serves a robots.txt of 12 MiB, over any page's
// size limit, whose rules come first: RFC 9309 asks for at least the first
// 500 KiB to be read, and the host stays crawlable, its rules obeyed.
func TestRobotsOverSizeLimit(t *testing.T) {
	robots := "User-agent: *\nDisallow: /private/\n" + strings.Repeat("# padding\n", 1200<<10)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(robots)) })
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<html><body><a href="/a">a</a><a href="/private/b">b</a></body></html>`))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write(page(r.URL.Path)) })
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Stored != 2 || r.Skipped != 1 || r.Failed != 0 {
		t.Errorf("run = %+v, want / and /a stored, /private/b skipped, no failure", r)
	}
	if h.get("/private/b") != 0 {
		t.Error("/private/b fetched, though robots.txt disallows it")
	}
}

// TestLongURLs: a URL of 100 KB, linked from a page, listed in a sitemap
// or given as a redirect's Location, is not followed, and nothing of that
// size reaches the queue, the pages, the failures or the log (issue 17).
// Browsers and servers stop near 8 KB.
func TestLongURLs(t *testing.T) {
	long := "/" + strings.Repeat("a", 100<<10)
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<html><body><a href="%s">long</a><a href="/ok">ok</a><a href="/redirect">r</a></body></html>`, long)
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<urlset><url><loc>http://%s%s?from=sitemap</loc></url><url><loc>http://%s/listed</loc></url></urlset>`, r.Host, long, r.Host)
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, long+"?from=redirect", http.StatusFound)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write(page(r.URL.Path)) })
	srv, h := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	var logged strings.Builder
	cfg.Logger = slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg.Sources = []crawl.Source{{Name: "long", Start: []string{srv.URL + "/"}, Sitemaps: []string{srv.URL + "/sitemap.xml"}}}
	r, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := h.get(long); n != 0 {
		t.Errorf("the 100 KB URL was requested %d times", n)
	}
	if got := storedURLs(t, db, srv.URL); strings.Join(got, " ") != "/ /listed /ok" {
		t.Errorf("stored %v, want /, /listed and /ok", got)
	}
	for _, q := range []string{
		`SELECT coalesce(max(length(url)), 0) FROM crawl_queue`,
		`SELECT coalesce(max(max(length(url), length(requested_url), length(final_url))), 0) FROM pages`,
		`SELECT coalesce(max(max(length(url), length(error))), 0) FROM fetch_failures`,
	} {
		if n := fixture.Int(t, db, q); n > 8192 {
			t.Errorf("%s = %d, want at most 8192", q, n)
		}
	}
	f := failures(t, db, r.ID, srv.URL)
	if !strings.Contains(f["/redirect"].err, "longer than 8192 bytes") {
		t.Errorf("failures = %+v, want /redirect's redirect refused for its length", f)
	}
	for line := range strings.SplitSeq(logged.String(), "\n") {
		if len(line) > 4096 {
			t.Errorf("a log line of %d bytes: %.200s…", len(line), line)
		}
	}
}
