package e2e

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// memoryCap is the peak RSS every crawl must stay under, whatever it is
// fed: half the README's Kubernetes limit of 256 MiB.
const memoryCap = 128 << 20

// sitemapBody builds a sitemap of n URLs on host, each entry padded with
// pad spaces (to make a sitemap over the byte limit with few URLs).
func sitemapBody(host string, n, pad int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	spaces := strings.Repeat(" ", pad)
	for i := range n {
		fmt.Fprintf(&b, "<url><loc>http://%s/n/%d</loc><lastmod>2025-04-18</lastmod></url>%s\n", host, i, spaces)
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sitemapSite serves one listing body at /sitemap.xml and a tiny page at
// every other path; unless in the long hostile suite (hostileLong), the
// page asks the crawler to come back in an hour (503, Retry-After), so
// that the crawl leaves the rest queued and ends soon after the sitemap.
func sitemapSite(t *testing.T, body func(host string) []byte, ctype string) *httptest.Server {
	t.Helper()
	var (
		built []byte
		host  string
	)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Write(built)
	})
	long := hostileLong()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if !long {
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "come back later", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<!DOCTYPE html><html><head><title>%s</title></head><body><p>기사</p></body></html>", r.URL.Path)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	host = strings.TrimPrefix(srv.URL, "http://")
	built = body(host)
	return srv
}

// sourcesFile writes a sources file of one source reading the sitemap
// at u and returns its path.
func sourcesFile(t *testing.T, dir string, u string) string {
	t.Helper()
	p := filepath.Join(dir, "sources.toml")
	if err := os.WriteFile(p, []byte(fmt.Sprintf("[[source]]\nname = \"hostile\"\nsitemaps = [%q]\n", u)), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSitemapMemory is issue 17's second defect: a sitemap of 556,000 URLs
// (46 MB plain, under 2 MB gzipped) and sitemaps over the protocol's 50 MB
// are read in bounded memory. The crawl runs for a few seconds past the
// sitemap (-timeout); its peak RSS must stay under memoryCap, at most the
// protocol's 50,000 URLs of one sitemap are queued, and what was cut is
// recorded in fetch_failures. With NEWSFACTS_HOSTILE=long the crawl also
// fetches the pages it queued, for 15 seconds.
func TestSitemapMemory(t *testing.T) {
	const n = 556000
	big := func(host string) []byte { return sitemapBody(host, n, 0) }
	// 40,000 URLs padded to about 60 MB: over the byte limit first.
	fat := func(host string) []byte { return sitemapBody(host, 40000, 1500) }
	tests := []struct {
		name    string
		body    func(host string) []byte
		gzip    bool
		wantErr string // in the sitemap's failure row
		maxURLs int
		short   bool // run in the short (CI) form of the suite too
	}{
		{"556,000 URLs", big, false, "50000 URLs", 50000, true},
		{"556,000 URLs gzipped", big, true, "50000 URLs", 50000, false},
		{"60 MB", fat, false, "50 MiB", 40000, false},
		{"60 MB gzipped", fat, true, "50 MiB", 40000, true},
	}
	binaries(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.short && !hostileLong() {
				t.Skip("NEWSFACTS_HOSTILE=long runs it")
			}
			body, ctype := tt.body, "application/xml"
			if tt.gzip {
				body, ctype = func(host string) []byte { return gzipBytes(t, tt.body(host)) }, "application/x-gzip"
			}
			srv := sitemapSite(t, body, ctype)
			dir := t.TempDir()
			db := filepath.Join(dir, "news.db")
			p := startMeasured(t, "crawl", "-db", db, "-delay", "0", "-depth", "0", "-timeout", "15s",
				"-sources", sourcesFile(t, dir, srv.URL+"/sitemap.xml"))
			code := p.wait(t, 2*time.Minute)
			peak := p.peakRSS()
			t.Logf("exit %d, peak RSS %.1f MiB", code, mb(peak))
			if code != 3 && code != 5 {
				t.Errorf("exit %d, want 3 (the cut recorded as a failure) or 5 (-timeout)\nstderr: %s", code, tail(p.stderr.String(), 2000))
			}
			if peak == 0 || peak > memoryCap {
				t.Errorf("peak RSS %.1f MiB, want under %.0f MiB", mb(peak), mb(memoryCap))
			}
			d := openDB(t, db)
			var urls, failures int
			var failure string
			d.QueryRow(t.Context(), `SELECT (SELECT count(*) FROM crawl_queue WHERE kind = 'page') +
				(SELECT count(*) FROM pages WHERE url <> ?)`, srv.URL+"/sitemap.xml").Scan(&urls)
			d.QueryRow(t.Context(), `SELECT count(*), coalesce(group_concat(error, ' | '), '') FROM fetch_failures WHERE url = ?`,
				srv.URL+"/sitemap.xml").Scan(&failures, &failure)
			if urls == 0 || urls > tt.maxURLs {
				t.Errorf("%d URLs queued or stored, want 1 to %d", urls, tt.maxURLs)
			}
			if failures != 1 || !strings.Contains(failure, tt.wantErr) {
				t.Errorf("sitemap's failure rows: %d %q, want one saying %q", failures, failure, tt.wantErr)
			}
		})
	}
}
