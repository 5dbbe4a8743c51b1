package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/sqlite"
)

// site serves a start page linking to one article, and to pages that
// answer 404, 410 or, when flaky, 503.
func site(flaky bool) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		links := `<a href="/news/1.html">1</a> <a href="/news/missing.html">x</a> <a href="/news/gone.html">y</a>`
		if flaky {
			links += ` <a href="/news/busy.html">z</a>`
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html><head><title>Home</title></head><body>` + links + `</body></html>`))
	})
	mux.HandleFunc("/news/1.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html><head><title>One</title></head><body><p>기사</p></body></html>`))
	})
	mux.HandleFunc("/news/gone.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	mux.HandleFunc("/news/busy.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	return httptest.NewServer(mux)
}

// TestExitCodeGone: linked pages that answer 404 or 410 are recorded in
// fetch_failures with their status, but the run is ok and exits 0; a 503
// after retries still makes it partial, exit 3; and a start page that
// answers 404 is a failure too.
func TestExitCodeGone(t *testing.T) {
	tests := []struct {
		name     string
		flaky    bool
		start    string
		code     int
		status   string
		failures int
		gone     int
	}{
		{"only 404 and 410 on linked pages", false, "/", cli.ExitOK, newsfacts.RunOK, 2, 2},
		{"and a 503", true, "/", cli.ExitPartial, newsfacts.RunPartial, 3, 2},
		{"start page 404", false, "/nothing/", cli.ExitPartial, newsfacts.RunPartial, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := site(tt.flaky)
			defer srv.Close()
			path := filepath.Join(t.TempDir(), "news.db")
			var stdout, stderr bytes.Buffer
			err := run(t.Context(), []string{"-db", path, "-delay", "0", "-retries", "0", srv.URL + tt.start}, &stdout, &stderr)
			if got := cli.Code(err); got != tt.code {
				t.Errorf("exit code %d (%v), want %d\n%s", got, err, tt.code, stderr.String())
			}
			db, err := sqlite.Open(t.Context(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var status string
			var failed, gone, rows, with404 int
			if err := db.QueryRow(t.Context(), `SELECT status, failed, gone FROM crawl_runs`).Scan(&status, &failed, &gone); err != nil {
				t.Fatal(err)
			}
			if err := db.QueryRow(t.Context(), `SELECT count(*), count(*) FILTER (WHERE status IN (404, 410)) FROM fetch_failures`).Scan(&rows, &with404); err != nil {
				t.Fatal(err)
			}
			if status != tt.status || failed != tt.failures || gone != tt.gone || rows != tt.failures {
				t.Errorf("run %s, failed %d, gone %d, %d fetch_failures rows; want %s, %d, %d, %d",
					status, failed, gone, rows, tt.status, tt.failures, tt.gone, tt.failures)
			}
			if !strings.Contains(stdout.String(), "gone") {
				t.Errorf("summary %q does not count the gone pages", stdout.String())
			}
		})
	}
}

// TestOutletName: pages crawled for a source of the sources file carry its
// name; pages of a bare URL target carry none.
func TestOutletName(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join("..", "..", "testdata", "site"))))
	defer srv.Close()
	sources := filepath.Join(t.TempDir(), "sources.toml")
	if err := os.WriteFile(sources, []byte(`[[source]]
name = "테스트 뉴스"
start = ["`+srv.URL+`/"]
articles = ['/news/\d+\.html$']
`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-sources", sources}, "테스트 뉴스"},
		{[]string{srv.URL + "/"}, ""},
	} {
		path := filepath.Join(t.TempDir(), "news.db")
		var stdout, stderr bytes.Buffer
		if err := run(t.Context(), append([]string{"-db", path, "-delay", "0"}, tt.args...), &stdout, &stderr); err != nil {
			t.Fatalf("%v: %v\n%s", tt.args, err, stderr.String())
		}
		db, err := sqlite.Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		var names string
		if err := db.QueryRow(t.Context(), `SELECT count(*), group_concat(DISTINCT source) FROM pages`).Scan(&n, &names); err != nil {
			db.Close()
			t.Fatal(err)
		}
		db.Close()
		if n == 0 || names != tt.want {
			t.Errorf("%v: %d pages with source %q, want %q", tt.args, n, names, tt.want)
		}
	}
}
