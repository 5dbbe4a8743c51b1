package newsfacts

import (
	"net/url"
	"strings"
	"time"
)

// Page is one fetched response as a store keeps it.
type Page struct {
	ID           int64
	URL          string // canonical form: the deduplication key
	RequestedURL string
	FinalURL     string
	FoundURL     string // as found in a feed, sitemap or link, if not the same as RequestedURL
	Status       int
	ContentType  string
	ETag         string
	LastModified string
	Headers      map[string]string // the response headers that matter
	FetchedAt    time.Time
	Body         []byte
	Hash         string // hex sha256 of Body; a store fills it when it stores the page
	RunID        int64  // 0 when not fetched by a crawl run
	Source       string // the name of the sources file's [[source]] it was crawled for; "" for a bare URL or a file
}

// ClaimsURL reports whether p is stored under a URL it was not fetched
// from: a canonical URL the page declared. A store keeps a claimed URL
// for the page that holds it already when that page was fetched from
// elsewhere and p's content is new to the URL (see SameDocument): p is
// then stored under its own URL, p.FinalURL.
func (p *Page) ClaimsURL() bool {
	return p.FinalURL != "" && !SameDocument(p.URL, p.FinalURL)
}

// SameDocument reports whether two URLs a page was fetched from name one
// document for the page's versions: equal once the scheme, a "www." or
// "m." before the host, the port, a trailing slash and the fragment are
// set aside. A URL that does not parse is only the same as itself.
func SameDocument(a, b string) bool {
	if a == b {
		return true
	}
	ua, err := url.Parse(a)
	if err != nil {
		return false
	}
	ub, err := url.Parse(b)
	if err != nil {
		return false
	}
	host := func(u *url.URL) string {
		h := strings.ToLower(u.Hostname())
		for _, p := range []string{"www.", "m."} {
			h = strings.TrimPrefix(h, p)
		}
		return h
	}
	path := func(u *url.URL) string { return strings.TrimSuffix(u.EscapedPath(), "/") }
	return host(ua) == host(ub) && path(ua) == path(ub) && ua.RawQuery == ub.RawQuery
}
