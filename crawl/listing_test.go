package crawl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// feedFile reads a listing from testdata/feeds with {{BASE}} filled in.
func feedFile(t testing.TB, name, base string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "feeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.ReplaceAll(string(b), "{{BASE}}", base))
}

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseListing(t *testing.T) {
	const base = "https://news.example.kr"
	d := func(s string) string { // dates as parseDate gives them, in UTC
		tm, ok := parseDate(s)
		if !ok {
			t.Fatalf("parseDate(%q) failed", s)
		}
		return tm.UTC().Format(time.RFC3339)
	}
	tests := []struct {
		name     string
		body     []byte
		format   string
		pages    []string // URL@date, date "" when none
		sitemaps []string
	}{
		{"rss", feedFile(t, "rss.xml", base), "rss", []string{
			base + "/news/8230002.html?utm_source=rss&utm_medium=feed@" + d("2025-04-18T11:00:08+09:00"),
			base + "/news/8230003.html@" + d("2025-04-17T09:30:00+09:00"),
			base + "/news/old.html@" + d("2020-01-06T09:00:00+09:00"),
			base + "/about.html@" + d("2025-04-16T08:00:00+09:00"),
			"https://elsewhere.example/news/1.html@",
		}, nil},
		{"atom", feedFile(t, "atom.xml", base), "feed", []string{
			base + "/news/8230001.html#top@" + d("2025-04-18T02:00:08Z"), // published wins over updated
			base + "/news/8230002.html@" + d("2025-04-17T02:00:08Z"),
		}, nil},
		{"rdf", feedFile(t, "rdf.xml", base), "RDF", []string{base + "/news/8230003.html@" + d("2025-04-17T09:30:00+09:00")}, nil},
		{"sitemap", feedFile(t, "sitemap.xml", base), "urlset", []string{
			base + "/news/8230001.html@" + d("2025-04-18T11:00:08+09:00"), // not the image's loc
			base + "/news/8230002.html@" + d("2025-04-17"),
			base + "/about.html@",
		}, nil},
		{"gzipped sitemap", gzipped(t, feedFile(t, "sitemap.xml", base)), "urlset", []string{
			base + "/news/8230001.html@" + d("2025-04-18T11:00:08+09:00"),
			base + "/news/8230002.html@" + d("2025-04-17"),
			base + "/about.html@",
		}, nil},
		{"news sitemap", feedFile(t, "news-sitemap.xml", base), "urlset", []string{
			base + "/news/8230003.html@" + d("2025-04-17T09:30:00+09:00"), // publication date, not lastmod
		}, nil},
		{"sitemap index", feedFile(t, "sitemap-index.xml", base), "sitemapindex", nil, []string{
			base + "/feeds/sitemap.xml.gz@" + d("2025-04-18T11:00:08+09:00"),
			base + "/feeds/news-sitemap.xml@",
			base + "/feeds/2019.xml@" + d("2019-12-31"),
		}},
		{"euc-kr rss", []byte("<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss><channel><item><title>\xb1\xe2\xbb\xe7</title><link>" + base + "/a.html</link></item></channel></rss>"),
			"rss", []string{base + "/a.html@"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := parseListing(tt.body, 1<<20)
			if err != nil {
				t.Fatalf("parseListing: %v", err)
			}
			if l.format != tt.format {
				t.Errorf("format = %q, want %q", l.format, tt.format)
			}
			if got := flat(l.pages); strings.Join(got, "\n") != strings.Join(tt.pages, "\n") {
				t.Errorf("pages =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.pages, "\n"))
			}
			if got := flat(l.sitemaps); strings.Join(got, "\n") != strings.Join(tt.sitemaps, "\n") {
				t.Errorf("sitemaps =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.sitemaps, "\n"))
			}
		})
	}
}

func flat(ls []listed) []string {
	var out []string
	for _, l := range ls {
		s := l.URL + "@"
		if !l.Date.IsZero() {
			s += l.Date.UTC().Format(time.RFC3339)
		}
		out = append(out, s)
	}
	return out
}

func TestParseListingErrors(t *testing.T) {
	bomb := gzipped(t, bytes.Repeat([]byte("<"), 4<<20)) // 4 MiB of one byte: a few KiB gzipped
	tests := []struct {
		name string
		body []byte
		want error
	}{
		{"html", []byte("<!DOCTYPE html><html><body><p>기사</p></body></html>"), ErrNotListing},
		{"empty", nil, ErrNotListing},
		{"other xml", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), ErrNotListing},
		{"gzip bomb", bomb, ErrBodyTooLarge},
		{"broken gzip", []byte{0x1f, 0x8b, 8, 0, 0, 0}, nil},
		{"truncated sitemap", []byte(`<?xml version="1.0"?><urlset><url><loc>https://a.kr/1</loc></url><url><loc>https://a.kr/2</lo`), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := parseListing(tt.body, 1<<20)
			if err == nil {
				t.Fatalf("parseListing = %+v, want an error", l)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("parseListing error = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339 in UTC; "" for no date
	}{
		{"Fri, 18 Apr 2025 11:00:08 +0900", "2025-04-18T02:00:08Z"},
		{"Fri, 18 Apr 2025 02:00:08 GMT", "2025-04-18T02:00:08Z"},
		{"Fri, 8 Apr 2025 11:00:08 +0900", "2025-04-08T02:00:08Z"},
		{"2025-04-18T11:00:08+09:00", "2025-04-18T02:00:08Z"},
		{"2025-04-18T11:00+09:00", "2025-04-18T02:00:00Z"},
		{"2025-04-18", "2025-04-17T15:00:00Z"},          // midnight in Korea
		{"2025-04-18 11:00:08", "2025-04-18T02:00:08Z"}, // no zone: Korean time
		{"어제", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if tm, ok := parseDate(tt.in); ok {
			got = tm.UTC().Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseListing(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "rdf.xml", "sitemap.xml", "news-sitemap.xml", "sitemap-index.xml"} {
		f.Add(feedFile(f, name, "https://a.kr"))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		l, err := parseListing(b, 1<<20)
		if err != nil {
			return
		}
		if _, ok := entryElem[l.format]; !ok {
			t.Errorf("format %q is not a known root", l.format)
		}
		for _, p := range append(l.pages, l.sitemaps...) {
			if p.URL == "" {
				t.Error("listed an empty URL")
			}
		}
	})
}
