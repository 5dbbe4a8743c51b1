package crawl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
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

// listing is a whole feed or sitemap as readListing and next read it.
type listing struct {
	format   string
	pages    []listed // entries of a feed or sitemap
	sitemaps []listed // entries of a sitemap index
}

// parseListing reads the listing in body to its end, or to the first
// error, with what it read before.
func parseListing(body []byte, maxSize int64) (*listing, error) {
	lr, err := readListing(bytes.NewReader(body), maxSize)
	if err != nil {
		return nil, err
	}
	l := &listing{format: lr.format}
	for {
		e, err := lr.next()
		if err == io.EOF {
			return l, nil
		}
		if err != nil {
			return l, err
		}
		if lr.index() {
			l.sitemaps = append(l.sitemaps, e)
		} else {
			l.pages = append(l.pages, e)
		}
	}
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

// urlset returns a sitemap of n URLs.
func urlset(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := range n {
		fmt.Fprintf(&b, "<url><loc>https://a.kr/%d</loc></url>", i)
	}
	b.WriteString("</urlset>")
	return b.Bytes()
}

func TestParseListingErrors(t *testing.T) {
	bomb := gzipped(t, bytes.Repeat([]byte("<"), 4<<20)) // 4 MiB of one byte: a few KiB gzipped
	// A sitemap of 4 MiB of spaces: a few KiB gzipped.
	spaceBomb := gzipped(t, append([]byte("<urlset>"), bytes.Repeat([]byte(" "), 4<<20)...))
	head := `<?xml version="1.0"?><urlset><url><loc>https://a.kr/1</loc></url>`
	nested := head + strings.Repeat("<a>", maxListingDepth) + "</urlset>"
	var attrs strings.Builder
	for i := range maxListingAttrs + 1 {
		fmt.Fprintf(&attrs, ` a%d="%d"`, i, i)
	}
	// A sitemap that inflates past the limit after its first URL.
	longSitemap := gzipped(t, []byte(head+"<url><loc>https://a.kr/2"+strings.Repeat(" ", 2<<20)+"</loc></url></urlset>"))
	tests := []struct {
		name    string
		body    []byte
		want    error
		entries int // read before the error, at most
	}{
		{"html", []byte("<!DOCTYPE html><html><body><p>기사</p></body></html>"), ErrNotListing, 0},
		{"empty", nil, ErrNotListing, 0},
		{"other xml", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), ErrNotListing, 0},
		{"unknown charset", []byte(`<?xml version="1.0" encoding="x-klingon"?><urlset/>`), ErrNotListing, 0},
		{"gzip bomb", bomb, ErrNotListing, 0},
		{"gzip bomb of a sitemap", spaceBomb, ErrBodyTooLarge, 0},
		{"inflates past the limit", longSitemap, ErrBodyTooLarge, 1},
		{"broken gzip", []byte{0x1f, 0x8b, 8, 0, 0, 0}, nil, 0},
		{"truncated sitemap", []byte(`<?xml version="1.0"?><urlset><url><loc>https://a.kr/1</loc></url><url><loc>https://a.kr/2</lo`), nil, 1},
		{"over 50,000 URLs", urlset(maxListed + 1), ErrListingLimit, maxListed},
		{"a text over the token bound", []byte(head + "<url><loc>" + strings.Repeat("a", maxListingToken+1) + "</loc></url></urlset>"), ErrListingLimit, 1},
		{"a comment over the token bound", []byte(head + "<!--" + strings.Repeat("<a>", maxListingToken/3+1) + "-->"), ErrListingLimit, 1},
		{"an attribute over the token bound", []byte(head + `<url a="` + strings.Repeat("a", maxListingToken+1) + `"/>`), ErrListingLimit, 1},
		{"a comment before the root over the token bound", []byte("<!--" + strings.Repeat("a", maxListingToken+1) + "--><urlset/>"), ErrListingLimit, 0},
		{"nested too deep", []byte(nested), ErrListingLimit, 1},
		{"too many attributes", []byte(head + "<url" + attrs.String() + "/></urlset>"), ErrListingLimit, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit := int64(1 << 20)
			if errors.Is(tt.want, ErrListingLimit) {
				limit = 4 << 20 // past the token bound, under this one
			}
			l, err := parseListing(tt.body, limit)
			if err == nil {
				t.Fatalf("parseListing = %+v, want an error", l)
			}
			if l != nil && len(l.pages) > tt.entries {
				t.Errorf("parseListing read %d entries before the error, want at most %d", len(l.pages), tt.entries)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("parseListing error = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestParseListingBounds checks that what is at a bound is read in full.
func TestParseListingBounds(t *testing.T) {
	full := urlset(maxListed)
	l, err := parseListing(full, int64(len(full)))
	if err != nil || len(l.pages) != maxListed {
		t.Errorf("a sitemap of %d URLs and %d bytes, read with a limit of as many bytes: %d URLs, %v", maxListed, len(full), len(l.pages), err)
	}
	if _, err := parseListing(full, int64(len(full)-1)); !errors.Is(err, ErrBodyTooLarge) {
		t.Errorf("the same with a limit of a byte less: %v, want %v", err, ErrBodyTooLarge)
	}
	gz := gzipped(t, full)
	if l, err := parseListing(gz, int64(len(full))); err != nil || len(l.pages) != maxListed {
		t.Errorf("gzipped: %d URLs, %v", len(l.pages), err)
	}
	text := []byte(`<urlset><url><loc>https://a.kr/` + strings.Repeat("a", maxListingToken-64) + `</loc></url></urlset>`)
	if l, err := parseListing(text, 2<<20); err != nil || len(l.pages) != 1 {
		t.Errorf("a URL just under the token bound: %v, %v", l, err)
	}
	deep := `<urlset>` + strings.Repeat("<a>", maxListingDepth-3) + strings.Repeat("</a>", maxListingDepth-3) + `<url><loc>https://a.kr/1</loc></url></urlset>`
	if l, err := parseListing([]byte(deep), 1<<20); err != nil || len(l.pages) != 1 {
		t.Errorf("elements nested to the bound: %v, %v", l, err)
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

// FuzzParseListing feeds the listing reader any bytes: it never panics,
// never reads past its bounds, lists no empty URL, and reads the same
// listing the same way gzipped.
func FuzzParseListing(f *testing.F) {
	for _, name := range []string{"rss.xml", "atom.xml", "rdf.xml", "sitemap.xml", "news-sitemap.xml", "sitemap-index.xml"} {
		f.Add(feedFile(f, name, "https://a.kr"))
	}
	f.Add([]byte(`<?xml version="1.0" encoding="euc-kr"?><rss><channel><item><link>https://a.kr/1</link></item></channel></rss>`))
	f.Add([]byte(`<urlset><url><loc>https://a.kr/1</loc><a><a><a></url></urlset>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		const limit = 1 << 16
		l, err := parseListing(b, limit)
		if l == nil {
			return
		}
		if _, ok := entryElem[l.format]; !ok {
			t.Errorf("format %q is not a known root", l.format)
		}
		if n := len(l.pages) + len(l.sitemaps); n > maxListed {
			t.Errorf("%d entries, more than the bound of %d", n, maxListed)
		}
		for _, p := range append(l.pages, l.sitemaps...) {
			if p.URL == "" {
				t.Error("listed an empty URL")
			}
		}
		if len(b) > limit && err == nil {
			t.Errorf("read %d bytes with a limit of %d", len(b), limit)
		}
		if len(b) <= limit {
			var gz bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&gz, gzip.HuffmanOnly) // cheap: no match finder
			zw.Write(b)
			zw.Close()
			gl, gerr := parseListing(gz.Bytes(), limit)
			if gl == nil || len(gl.pages) != len(l.pages) || len(gl.sitemaps) != len(l.sitemaps) || (gerr == nil) != (err == nil) {
				t.Errorf("gzipped: %+v, %v; plain: %+v, %v", gl, gerr, l, err)
			}
		}
	})
}
