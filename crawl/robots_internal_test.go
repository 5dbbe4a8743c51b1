package crawl

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
)

// FuzzRobots feeds robots.txt parsing any bytes, cut as the crawler cuts
// a file over maxRobotsSize: it never panics, gives no negative
// Crawl-delay, reads at most maxRobotsSitemaps Sitemap lines, and answers
// for any path.
func FuzzRobots(f *testing.F) {
	for _, seed := range []string{
		"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.4\nSitemap: https://a.kr/sitemap.xml\n",
		"User-agent: newsfacts-crawler\nAllow: /news/\nDisallow: /\n\nUser-agent: *\nDisallow: /\n",
		"User-agent: *\nCrawl-delay: -5\nCrawl-delay: 1e300\nDisallow: /*?*sort=\nDisallow: /$\n",
		"\xef\xbb\xbfUser-agent: *\r\nDisallow: /a\r\n",
		"Sitemap: " + strings.Repeat("https://a.kr/s.xml\nSitemap: ", 1200),
	} {
		f.Add([]byte(seed), "/news/1?x=1")
	}
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		if len(body) > maxRobotsSize {
			body = body[:maxRobotsSize]
			if i := bytes.LastIndexByte(body, '\n'); i >= 0 {
				body = body[:i+1]
			}
		}
		var h hostRobots
		if err := h.parse(body, DefaultUserAgent); err != nil {
			return
		}
		if h.delay < 0 {
			t.Errorf("Crawl-delay %s", h.delay)
		}
		if len(h.sitemaps) > maxRobotsSitemaps {
			t.Errorf("%d sitemaps read", len(h.sitemaps))
		}
		if u, err := url.Parse("https://a.kr" + path); err == nil {
			h.allowed(u)
		}
	})
}
