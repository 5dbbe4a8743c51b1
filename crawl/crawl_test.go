package crawl_test

import (
	"context"
	"errors"
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

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// newTestServer serves the project's test site, plus /broken (always 500),
// and counts requests per path.
func newTestServer(t *testing.T) (*httptest.Server, *hits) {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.Handle("/", http.FileServer(http.Dir(filepath.Join("..", "testdata", "site"))))
	return serve(t, mux)
}

// serve runs h on a loopback test server that counts requests per path.
func serve(t *testing.T, h http.Handler) (*httptest.Server, *hits) {
	t.Helper()
	hs := &hits{m: map[string][]time.Time{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hs.add(r.URL.Path)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, hs
}

// hits records when each path was requested.
type hits struct {
	mu sync.Mutex
	m  map[string][]time.Time
}

func (h *hits) add(p string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.m[p] = append(h.m[p], time.Now())
}

func (h *hits) get(p string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.m[p])
}

func (h *hits) times(p string) []time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]time.Time(nil), h.m[p]...)
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

// testLog writes the crawler's log to the test's log, shown when it fails.
type testLog struct{ t *testing.T }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

func testConfig(t *testing.T) crawl.Config {
	cfg := crawl.DefaultConfig()
	cfg.Delay = 0
	cfg.Parallelism = 2
	cfg.Timeout = 5 * time.Second
	cfg.Backoff = 5 * time.Millisecond
	cfg.Logger = slog.New(slog.NewTextHandler(testLog{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return cfg
}

// storedURLs lists the stored pages' URLs without the server's address.
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

// failure is one fetch_failures row.
type failure struct {
	status, attempts int
	err              string
}

// failures returns run's fetch_failures rows by URL without the server's
// address.
func failures(t *testing.T, db *sqlite.DB, runID int64, srvURL string) map[string]failure {
	t.Helper()
	out := map[string]failure{}
	for id := 1; ; id++ {
		var (
			u string
			f failure
		)
		err := db.QueryRow(t.Context(), `SELECT url, coalesce(status, 0), attempts, error FROM fetch_failures WHERE run_id = ? ORDER BY id LIMIT 1 OFFSET ?`,
			runID, id-1).Scan(&u, &f.status, &f.attempts, &f.err)
		if err != nil {
			return out
		}
		out[strings.TrimPrefix(u, srvURL)] = f
	}
}

func TestRunFollowsLinksObeysRobotsAndStoresOnce(t *testing.T) {
	srv, h := newTestServer(t)
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/index.html"})
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
	if r.Status != newsfacts.RunOK || r.Stored != 5 || r.Failed != 0 || r.Skipped != 1 {
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

	// A second run asks for the start page again, conditionally: unchanged,
	// so nothing else is fetched, and nothing stored.
	r2, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/index.html"})
	if err != nil {
		t.Fatal(err)
	}
	if r2.Status != newsfacts.RunOK || r2.Stored != 0 || r2.NotModified != 1 || r2.Fetched != 1 {
		t.Errorf("second run = %+v, want ok, 1 fetched, 1 not modified, 0 stored", r2)
	}
	if n := h.get("/news/8230001.html"); n != 1 {
		t.Errorf("article fetched %d times in two runs, want 1", n)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM pages`); n != 5 {
		t.Errorf("pages after two runs = %d; want 5", n)
	}
}

func TestRunRefetch(t *testing.T) {
	srv, h := newTestServer(t)
	db := mustOpenDB(t)
	if _, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/"}); err != nil {
		t.Fatal(err)
	}
	// -refetch reads the start page in full and asks for its articles
	// again, conditionally: the file server answers 304, nothing is stored.
	cfg := testConfig(t)
	cfg.Refetch = true
	r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	// Not modified: the 4 articles and /index.html, linked from / as 홈.
	if r.Stored != 0 || r.Unchanged != 1 || r.NotModified != 5 || r.Failed != 0 {
		t.Errorf("refetch run = %+v, want the start page unchanged and 5 pages not modified", r)
	}
	if n := h.get("/news/8230001.html"); n != 2 {
		t.Errorf("article fetched %d times, want 2", n)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM pages`); n != 5 {
		t.Errorf("pages = %d, want 5", n)
	}
}

// TestRunChangedPage checks the content hash: an article fetched again is
// stored again only if its bytes changed.
func TestRunChangedPage(t *testing.T) {
	var mu sync.Mutex
	version := "one"
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<html><body><a href="/a.html">a</a></body></html>`))
	})
	mux.HandleFunc("/a.html", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><body><p>" + version + "</p></body></html>"))
	})
	srv, _ := serve(t, mux)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Refetch = true
	for _, v := range []string{"one", "one", "two"} {
		mu.Lock()
		version = v
		mu.Unlock()
		if _, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"}); err != nil {
			t.Fatal(err)
		}
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM pages WHERE url = ?`, srv.URL+"/a.html"); n != 2 {
		t.Errorf("versions of a.html stored = %d, want 2 (one, two)", n)
	}
}

func TestRunDepthZeroFetchesStartOnly(t *testing.T) {
	srv, _ := newTestServer(t)
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.MaxDepth = 0
	if _, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/index.html"}); err != nil {
		t.Fatal(err)
	}
	if got := storedURLs(t, db, srv.URL); len(got) != 1 || got[0] != "/" {
		t.Errorf("stored %v, want only the start page", got)
	}
}

func TestRunRecordsFailures(t *testing.T) {
	srv, h := newTestServer(t)
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/broken", srv.URL + "/missing.html"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != newsfacts.RunPartial || r.Failed != 2 {
		t.Errorf("run = %+v, want partial with 2 failed", r)
	}
	got := failures(t, db, r.ID, srv.URL)
	want := map[string]failure{
		"/broken":       {500, 3, "500 Internal Server Error"}, // retried twice
		"/missing.html": {404, 1, "404 Not Found"},             // not worth asking again
	}
	for u, w := range want {
		if got[u] != w {
			t.Errorf("failure of %s = %+v, want %+v", u, got[u], w)
		}
	}
	if n := h.get("/broken"); n != 3 {
		t.Errorf("/broken requested %d times, want 3", n)
	}
}

func TestRunUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there any more
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{addr + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Failed != 1 || r.Status != newsfacts.RunPartial {
		t.Errorf("run = %+v, want 1 failed", r)
	}
	// robots.txt, asked for first, is what fails.
	f := failures(t, db, r.ID, addr)["/robots.txt"]
	if !strings.Contains(f.err, "connection refused") {
		t.Errorf("failure = %+v, want robots.txt failed with connection refused", f)
	}
	// The start page stays queued for the next run.
	if n := fixture.Int(t, db, `SELECT count(*) FROM crawl_queue`); n != 1 {
		t.Errorf("queue = %d rows, want the start page kept", n)
	}
}

func TestRunLocal(t *testing.T) {
	db := mustOpenDB(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "a.html")
	os.WriteFile(page, []byte("<!DOCTYPE html><html><body><p>기사</p></body></html>"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("plain text"), 0o644)
	os.WriteFile(filepath.Join(dir, "blob.html"), []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0}, 0o644)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if r.Stored != 1 || r.Skipped != 1 {
		t.Errorf("run = %+v, want 1 stored and the binary .html skipped", r)
	}
	// A saved page keeps its own charset: no sniffed charset=utf-8 is
	// stored to override its <meta>.
	latin := filepath.Join(t.TempDir(), "latin1.html")
	os.WriteFile(latin, []byte("<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>caf\xe9</title></head>"+
		"<body><article><p>Le caf\xe9 co\xfbte 3 euros de plus cette ann\xe9e, selon le rapport publi\xe9 hier par l'institut.</p></article></body></html>"), 0o644)
	if _, err := crawl.Run(t.Context(), db, testConfig(t), []string{latin}); err != nil {
		t.Fatal(err)
	}
	var (
		ctype string
		body  []byte
	)
	if err := db.QueryRow(t.Context(), `SELECT content_type FROM pages WHERE url LIKE '%/latin1.html'`).Scan(&ctype); err != nil {
		t.Fatal(err)
	}
	body, err = fixture.PageBody(t, db, `SELECT id FROM pages WHERE url LIKE '%/latin1.html'`)
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.FromHTML(body, extract.Options{ContentType: ctype})
	if ctype != "text/html" || err != nil || !strings.Contains(a.Text, "Le café coûte") {
		t.Errorf("stored Content-Type %q; extracted %v, %v; want text/html, read as iso-8859-1", ctype, a, err)
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
		if _, err := crawl.Run(t.Context(), db, testConfig(t), []string{p}); err == nil {
			t.Errorf("Run(%s) = nil error, want a clear error", b.name)
		}
	}
	if _, err := crawl.Run(t.Context(), db, testConfig(t), []string{filepath.Join(dir, "missing.html")}); err == nil {
		t.Error("Run(missing file) = nil error")
	}
	if _, err := crawl.Run(t.Context(), db, testConfig(t), []string{"ftp://example.kr/"}); err == nil {
		t.Error("Run(ftp://) = nil error")
	}
}

// TestRunLocked checks the crawl lock: a second crawl of the same database
// gives up at once, or waits for the first when told to.
func TestRunLocked(t *testing.T) {
	srv, _ := newTestServer(t)
	db := mustOpenDB(t)
	lock, err := sqlite.LockCrawl(t.Context(), db.Path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/"}); !errors.Is(err, newsfacts.ErrLocked) {
		t.Fatalf("Run while locked = %v, want ErrLocked", err)
	}
	if n := fixture.Int(t, db, `SELECT count(*) FROM crawl_runs`); n != 0 {
		t.Errorf("a crawl that did not get the lock recorded %d runs", n)
	}
	time.AfterFunc(200*time.Millisecond, func() { lock.Unlock() })
	cfg := testConfig(t)
	cfg.LockWait = 10 * time.Second
	if r, err := crawl.Run(t.Context(), db, cfg, []string{srv.URL + "/"}); err != nil || r.Stored != 5 {
		t.Fatalf("Run waiting for the lock = %+v, %v; want it to run once the lock is free", r, err)
	}
}

// TestRunInterrupted stops a crawl midway, as SIGTERM does, and checks that
// the next run picks up the rest: every page stored once.
func TestRunInterrupted(t *testing.T) {
	const n = 30
	ctx, cancel := context.WithCancelCause(t.Context())
	defer cancel(nil)
	mux := http.NewServeMux()
	var served sync.Map
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range n {
			b.WriteString("<url><loc>http://" + r.Host + "/p/" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + "</loc></url>")
		}
		b.WriteString("</urlset>")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + r.URL.Path + "</p></body></html>"))
		var k int
		served.Range(func(any, any) bool { k++; return true })
		served.Store(r.URL.Path, true)
		if k == 10 {
			cancel(errors.New("stop requested"))
		}
	})
	srv, h := serve(t, mux)
	src := crawl.Source{Name: "t", Sitemaps: []string{srv.URL + "/sitemap.xml"}}
	db := mustOpenDB(t)
	cfg := testConfig(t)
	cfg.Sources = []crawl.Source{src}
	r, err := crawl.Run(ctx, db, cfg, nil)
	if err == nil || r.Status != newsfacts.RunInterrupted || r.Stored == 0 || r.Stored >= n {
		t.Fatalf("interrupted run = %+v, %v; want interrupted with some pages stored", r, err)
	}
	if r.Failed != 0 {
		t.Errorf("interrupted run recorded %d failures; cancelled fetches are not failures", r.Failed)
	}
	r2, err := crawl.Run(t.Context(), db, cfg, nil)
	if err != nil || r2.Status != newsfacts.RunOK {
		t.Fatalf("second run = %+v, %v", r2, err)
	}
	if got := fixture.Int(t, db, `SELECT count(*) FROM pages`); got != n {
		t.Errorf("pages = %d, want %d", got, n)
	}
	if got := fixture.Int(t, db, `SELECT count(DISTINCT url) FROM pages`); got != n {
		t.Errorf("distinct pages = %d, want %d", got, n)
	}
	for i := range n {
		p := "/p/" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		if k := h.get(p); k < 1 || k > 2 {
			t.Errorf("%s fetched %d times, want 1 (or 2 if it was in flight when stopped)", p, k)
		}
	}
	if got := fixture.Int(t, db, `SELECT count(*) FROM crawl_queue`); got != 0 {
		t.Errorf("queue has %d rows after the second run, want 0", got)
	}
}

// TestRunMalformedContentType checks that an article whose Content-Type has
// a malformed parameter is still read as HTML and stored, not skipped.
func TestRunMalformedContentType(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset:utf-8")
		w.Write([]byte(`<html><body><a href="/a.html">a</a></body></html>`))
	})
	mux.HandleFunc("/a.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; UTF-8")
		w.Write(page("article"))
	})
	srv, _ := serve(t, mux)
	db := mustOpenDB(t)
	r, err := crawl.Run(t.Context(), db, testConfig(t), []string{srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	if got := storedURLs(t, db, srv.URL); strings.Join(got, " ") != "/ /a.html" || r.Skipped != 0 {
		t.Errorf("stored %v, %d skipped; want / and /a.html, none skipped", got, r.Skipped)
	}
}
