package extract

import (
	"net"
	"net/url"
	"strings"
)

// A page's canonical URL (<link rel=canonical>, else og:url) names the
// article it holds, unless the site misdeclares it, as CMS templates often
// do: the home page, a section or list page, or another site named as the
// canonical of every article. Such a URL is no article's identity: taking
// it would merge different articles into one.

// TrustCanonical reports whether canon, a page's declared canonical URL,
// can identify the article of the page fetched from page ("" when
// unknown). It rejects a site root or index
// page; a URL on another site; a URL that is a directory above the page's
// path; and a URL with no number in it for a page whose address carries
// one (an article id), which is how list and section pages look.
func TrustCanonical(canon, page string) bool {
	c, err := url.Parse(canon)
	if err != nil || c.Host == "" {
		return false
	}
	if isRootPath(c.Path) && c.RawQuery == "" {
		return false
	}
	if page == "" {
		return true
	}
	p, err := url.Parse(page)
	if err != nil || p.Host == "" || isMirror(p) {
		return true
	}
	if siteOf(c.Hostname()) != siteOf(p.Hostname()) {
		return false
	}
	cp, pp := strings.TrimSuffix(c.Path, "/"), strings.TrimSuffix(p.Path, "/")
	if c.RawQuery == "" && len(cp) < len(pp) && strings.HasPrefix(pp, cp+"/") {
		return false // a directory above the page: its section
	}
	if !hasDigitRun(c.Path+"?"+c.RawQuery, 3) && hasDigitRun(p.Path+"?"+p.RawQuery, 4) {
		return false
	}
	return true
}

// isMirror reports a page fetched from a file, a bare IP address or
// localhost: a saved copy or a test server, whose canonical URL names where
// the page really lives, on another site.
func isMirror(u *url.URL) bool {
	h := u.Hostname()
	return u.Scheme == "file" || h == "localhost" || net.ParseIP(h) != nil
}

// isRootPath reports the path of a site's home page.
func isRootPath(path string) bool {
	switch strings.ToLower(strings.Trim(path, "/")) {
	case "", "index.html", "index.htm", "index.php", "index.jsp", "index.asp", "main", "main.html", "main.do", "home", "news", "ko", "kr":
		return true
	}
	return false
}

// secondLevel are labels under a country code that registries sell names
// beneath: example.co.kr, example.or.kr, example.com.cn.
var secondLevel = wordSet("co or go ne re ac pe ms es hs sc kg mil com net org gov edu")

// siteOf returns the registrable part of a host: naver.com for
// n.news.naver.com, kbs.co.kr for news.kbs.co.kr.
func siteOf(host string) string {
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(host, ".")), ".")
	n := 2
	if len(labels) >= 3 && len(labels[len(labels)-1]) == 2 && secondLevel[labels[len(labels)-2]] {
		n = 3
	}
	if len(labels) <= n {
		return strings.Join(labels, ".")
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

// hasDigitRun reports whether s holds n digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
