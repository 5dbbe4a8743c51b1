package crawl

import (
	"net/url"
	"strings"

	whatwgUrl "github.com/nlnwa/whatwg-url/url"
)

// whatwg parses URLs the way colly does (colly.go, urlParser).
var whatwg = whatwgUrl.NewParser(whatwgUrl.WithPercentEncodeSinglePercentSign())

// visitKey returns the key under which colly's visited set (our
// Frontier) records a GET of raw: colly's requestHash of the URL as
// its scrape normalises it. The crawler needs it to claim a URL before it
// fetches it, to mark it fetched once the page is stored, and to check
// links before it queues them; a test pins it to what colly computes, so
// that the keys earlier runs stored stay valid.
//
// colly's normalisation leaves a plain URL (see plainURL) as it is, and
// the crawler's URLs are almost all plain: those are hashed as they are,
// without the two WHATWG parses, which cost more than the rest of queueing
// a URL; FuzzVisitKey checks that both ways agree.
func visitKey(raw string) uint64 {
	if !plainURL(raw) {
		raw = collyForm(raw)
	}
	return fnv64a(raw)
}

// collyForm returns raw as colly hashes it.
func collyForm(raw string) string {
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
	return raw
}

// fnv64a is FNV-1a, 64 bits, of s: hash/fnv's New64a, without allocating.
func fnv64a(s string) uint64 {
	const (
		offset64 = 14695981039346656037
		prime64  = 1099511628211
	)
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// plainURL reports whether raw is an http(s) URL that the WHATWG parser
// and net/url both leave exactly as written: lower-case scheme and host
// name (letters, digits, dots and hyphens; no punycode, no trailing dot),
// or a dotted-quad IPv4 address without leading zeros; a port that is not
// the scheme's default, without leading zeros; a path of unreserved
// characters and sub-delimiters with no dot segments, and a query of the
// same; no user info, fragment, percent sign or backslash. Canonical URLs
// of news sites are; others take the slow way.
func plainURL(raw string) bool {
	var rest, defPort string
	switch {
	case strings.HasPrefix(raw, "https://"):
		rest, defPort = raw[len("https://"):], "443"
	case strings.HasPrefix(raw, "http://"):
		rest, defPort = raw[len("http://"):], "80"
	default:
		return false
	}
	end := strings.IndexByte(rest, '/')
	if end < 0 {
		return false // whatwg adds the "/"
	}
	host, path := rest[:end], rest[end:]
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		if !plainPort(host[i+1:], defPort) {
			return false
		}
		host = host[:i]
	}
	if !plainHost(host) {
		return false
	}
	path, query, hasQuery := strings.Cut(path, "?")
	if !plainChars(path, false) || (hasQuery && !plainChars(query, true)) {
		return false
	}
	// No "." or ".." segment: whatwg resolves them.
	for seg := range strings.SplitSeq(path[1:], "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	return true
}

// plainPort reports whether p is a port number both parsers keep as it is.
func plainPort(p, defPort string) bool {
	if p == "" || len(p) > 5 || p[0] == '0' || p == defPort {
		return false
	}
	n := 0
	for i := 0; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return false
		}
		n = n*10 + int(p[i]-'0')
	}
	return n <= 65535
}

// plainHost reports whether h is a lower-case host name whose last label
// starts with a letter, or a dotted-quad IPv4 address,
// that the WHATWG host parser serialises unchanged. A host whose last
// label may be a number is parsed as an IPv4 address, which may be
// rewritten ("127.1" is 127.0.0.1, "-0" is 0.0.0.0).
func plainHost(h string) bool {
	if h == "" {
		return false
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "xn--") {
			return false
		}
		for i := 0; i < len(l); i++ {
			if c := l[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	if last := labels[len(labels)-1]; last[0] >= 'a' && last[0] <= 'z' {
		return true
	}
	if len(labels) != 4 {
		return false
	}
	for _, l := range labels {
		if len(l) > 3 || (len(l) > 1 && l[0] == '0') {
			return false
		}
		n := 0
		for i := 0; i < len(l); i++ {
			if l[i] < '0' || l[i] > '9' {
				return false
			}
			n = n*10 + int(l[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}

// plainChars reports whether s has only characters that neither parser
// escapes nor decodes in a path, or in a query if query is set.
func plainChars(s string, query bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("-._~/$&+,;=:@", c) >= 0:
		case query && c == '?':
		default:
			return false
		}
	}
	return true
}
