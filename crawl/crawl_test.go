package crawl_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/sqlite"
)

// newTestServer serves the project's test site, plus /broken (always 500),
// and counts requests per path.
func newTestServer(t *testing.T) (*httptest.Server, *hits) {
	t.Helper()
	h := &hits{m: map[string]int{}}
	mux := http.NewServeMux()
	files := http.FileServer(http.Dir(filepath.Join("..", "testdata", "site")))
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.Handle("/", files)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, h
}

type hits struct {
	mu sync.Mutex
	m  map[string]int
}

func (h *hits) add(p string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.m[p]++
}

func (h *hits) get(p string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.m[p]
}

func mustOpenDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "crawl.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func testConfig() crawl.Config {
	cfg := crawl.DefaultConfig()
	cfg.Delay = 0
	cfg.Parallelism = 2
	cfg.Timeout = 5 * time.Second
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	return cfg
}

func storedURLs(t *testing.T, db *sqlite.DB, srvURL string) []string {
	t.Helper()
	var list string
	err := db.QueryRow(t.Context(), `SELECT coalesce(group_concat(replace(url, ?, ''), ' '), '') FROM (SELECT url FROM pages ORDER BY url)`, srvURL).Scan(&list)
	if err != nil {
		t.Fatal(err)
	}
	urls := strings.Fields(list)
	sort.Strings(urls)
	return urls
}

func TestRunFollowsLinksObeysRobotsAndStoresOnce(t *testing.T) {
	srv, h := newTestServer(t)
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(), []string{srv.URL + "/index.html"})
	if err != nil {
		t.Fatal(err)
	}
	// The file server redirects /index.html to /: the page is stored under
	// its final URL and remembers the one asked for.
	want := []string{"/", "/about.html", "/news/8230001.html", "/news/8230002.html", "/news/8230003.html"}
	got := storedURLs(t, db, srv.URL)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("stored %v, want %v", got, want)
	}
	if r.Status != sqlite.RunOK || r.Stored != 5 || r.Failed != 0 || r.Skipped != 1 {
		t.Errorf("run = %+v, want ok with 5 stored, 1 skipped (robots), 0 failed", r)
	}
	if n := h.get("/private/draft.html"); n != 0 {
		t.Errorf("robots.txt disallows /private/ but it was fetched %d times", n)
	}
	var requested string
	if err := db.QueryRow(t.Context(), `SELECT requested_url FROM pages WHERE url = ?`, srv.URL+"/").Scan(&requested); err != nil || requested != srv.URL+"/index.html" {
		t.Errorf("requested_url of / = %q, %v; want %s/index.html", requested, err, srv.URL)
	}

	var ua string
	if err := db.QueryRow(t.Context(), `SELECT user_agent FROM crawl_runs WHERE id = ?`, r.ID).Scan(&ua); err != nil || !strings.Contains(ua, "newsfacts") {
		t.Errorf("crawl_runs.user_agent = %q, %v; want the crawler's name", ua, err)
	}

	// A second run stores nothing new.
	r2, err := crawl.Run(t.Context(), db, testConfig(), []string{srv.URL + "/index.html"})
	if err != nil {
		t.Fatal(err)
	}
	if r2.Stored != 0 || r2.Unchanged != 5 {
		t.Errorf("second run = %+v, want 0 stored, 5 unchanged", r2)
	}
	var n int
	if err := db.QueryRow(t.Context(), `SELECT count(*) FROM pages`).Scan(&n); err != nil || n != 5 {
		t.Errorf("pages after two runs = %d, %v; want 5", n, err)
	}
}

func TestRunDepthZeroFetchesStartOnly(t *testing.T) {
	srv, _ := newTestServer(t)
	db := mustOpenDB(t)
	cfg := testConfig()
	cfg.MaxDepth = 0
	if _, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/index.html"}); err != nil {
		t.Fatal(err)
	}
	if got := storedURLs(t, db, srv.URL); len(got) != 1 || got[0] != "/" {
		t.Errorf("stored %v, want only the start page", got)
	}
}

func TestRunRecordsFailures(t *testing.T) {
	srv, _ := newTestServer(t)
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(), []string{srv.URL + "/broken", srv.URL + "/missing.html"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != sqlite.RunPartial || r.Failed != 2 {
		t.Errorf("run = %+v, want partial with 2 failed", r)
	}
	var n int
	if err := db.QueryRow(t.Context(), `SELECT count(*) FROM fetch_failures WHERE run_id = ? AND status IN (500, 404)`, r.ID).Scan(&n); err != nil || n != 2 {
		t.Errorf("fetch_failures = %d, %v; want 2 rows with status", n, err)
	}
}

func TestRunUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there any more
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(), []string{addr + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 1 || r.Status != sqlite.RunPartial {
		t.Errorf("run = %+v, want 1 failed", r)
	}
}

func TestRunLocal(t *testing.T) {
	db := mustOpenDB(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "a.html")
	os.WriteFile(page, []byte("<!DOCTYPE html><html><body><p>기사</p></body></html>"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("plain text"), 0o644)
	os.WriteFile(filepath.Join(dir, "blob.html"), []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0}, 0o644)
	r, err := crawl.Run(t.Context(), db, testConfig(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if r.Stored != 1 || r.Skipped != 1 {
		t.Errorf("run = %+v, want 1 stored and the binary .html skipped", r)
	}
	bad := []struct {
		name    string
		content []byte
	}{
		{"empty.html", nil},
		{"garbage.html", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d}},
		{"text.html", []byte("just some words, no markup")},
	}
	for _, b := range bad {
		p := filepath.Join(t.TempDir(), b.name)
		os.WriteFile(p, b.content, 0o644)
		if _, err := crawl.Run(t.Context(), db, testConfig(), []string{p}); err == nil {
			t.Errorf("Run(%s) = nil error, want a clear error", b.name)
		}
	}
	if _, err := crawl.Run(t.Context(), db, testConfig(), []string{filepath.Join(dir, "missing.html")}); err == nil {
		t.Error("Run(missing file) = nil error")
	}
	if _, err := crawl.Run(t.Context(), db, testConfig(), []string{"ftp://example.kr/"}); err == nil {
		t.Error("Run(ftp://) = nil error")
	}
}
