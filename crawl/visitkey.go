package crawl

import (
	"hash/fnv"
	"io"
	"net/url"

	whatwgUrl "github.com/nlnwa/whatwg-url/url"
)

// whatwg parses URLs the way colly does (colly.go, urlParser).
var whatwg = whatwgUrl.NewParser(whatwgUrl.WithPercentEncodeSinglePercentSign())

// visitKey returns the key under which colly's visited set (our
// sqlite.Frontier) records a GET of raw: colly's requestHash of the URL as
// its scrape normalises it. The crawler needs it to mark a URL fetched once
// the page is stored, and to check links before it queues them; a test
// pins it to what colly computes.
func visitKey(raw string) uint64 {
	// scrape: whatwg parse, then net/url parse of its href.
	if p, err := whatwg.Parse(raw); err == nil {
		if u, err := url.Parse(p.Href(false)); err == nil {
			raw = u.String()
		}
	}
	// requestHash: FNV-64a of normalizeURL (whatwg parse, String).
	if p, err := whatwg.Parse(raw); err == nil {
		raw = p.String()
	}
	h := fnv.New64a()
	io.WriteString(h, raw)
	return h.Sum64()
}
