package crawl

import (
	"net/url"
	"strings"
	"testing"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", false},
		{"HTTPS://News.KBS.co.kr:443/news/view.do?ncd=1#comments", "https://news.kbs.co.kr/news/view.do?ncd=1", false},
		{"https://a.kr/x?utm_source=naver&b=2&a=1&fbclid=zz", "https://a.kr/x?a=1&b=2", false},
		{"https://a.kr/x?gclid=1&utm_medium=m", "https://a.kr/x", false},
		{"http://a.kr:80", "http://a.kr/", false},
		{"http://a.kr:8080/p", "http://a.kr:8080/p", false},
		{"http://[::1]:80/p", "http://[::1]/p", false},
		{"https://[2001:db8::1]:8443/", "https://[2001:db8::1]:8443/", false},
		// Pairs url.ParseQuery cannot read are kept as written, not lost.
		{"http://a.kr/view.asp?id=1;page=2", "http://a.kr/view.asp?id=1;page=2", false},
		{"http://a.kr/view.asp?page=2&id=1;x=3&utm_source=s", "http://a.kr/view.asp?id=1;x=3&page=2", false},
		{"https://a.kr/x?b=%ZZ&a=1", "https://a.kr/x?a=1&b=%ZZ", false},
		{"https://a.kr/x?%ZZ=1&a=2", "https://a.kr/x?%ZZ=1&a=2", false},
		{"https://a.kr/x?utm_%ZZ=1&a=2", "https://a.kr/x?a=2", false},
		{"https://a.kr/x?print", "https://a.kr/x?print=", false},
		{"https://a.kr/x?print&a=1&print=", "https://a.kr/x?a=1&print=&print=", false},
		{"https://a.kr/x?a=1&&b=2&", "https://a.kr/x?a=1&b=2", false},
		// Pairs it reads are written as before, so that URLs (and visit
		// keys) stay those of earlier runs.
		{"https://a.kr/x?q=a,b&p=%ea%b0%80", "https://a.kr/x?p=%EA%B0%80&q=a%2Cb", false},
		{"https://a.kr/x?a-b=1&a=2&a=1", "https://a.kr/x?a=1&a=2&a-b=1", false},
		{"https://a.kr/x?q=a+b&q=a%20c", "https://a.kr/x?q=a+b&q=a+c", false},
		{"https://a.kr/x?UTM_Source=1&FBCLID=2&k=v", "https://a.kr/x?k=v", false},
		{"https://a.kr/x?utm_source=1", "https://a.kr/x", false},
		{"/relative/path", "", true},
		{"mailto:desk@kbs.co.kr", "", true},
		{"://bad", "", true},
	}
	for _, tt := range tests {
		got, err := Canonical(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("Canonical(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzCanonical checks that Canonical is idempotent: the canonical form of
// a canonical URL is itself.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"https://a.kr/x?utm_source=a&b=2&a=1#f", "HTTP://A.KR:80", "https://a.kr/%7e?q=%20", "http://[::1]:8080/p?x",
		"http://a.kr/view.asp?id=1;page=2", "https://a.kr/x?b=%ZZ&a=1&print&q=a,b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := Canonical(raw)
		if err != nil {
			return
		}
		again, err := Canonical(c)
		if err != nil || again != c {
			t.Errorf("Canonical(%q) = %q, but Canonical(%q) = %q, %v", raw, c, c, again, err)
		}
		// No pair is lost but tracking ones.
		u, _ := url.Parse(strings.TrimSpace(raw))
		cu, _ := url.Parse(c)
		if got, want := queryPairs(cu.RawQuery), queryPairs(u.RawQuery); got != want {
			t.Errorf("Canonical(%q) = %q: %d query pairs, want %d", raw, c, got, want)
		}
	})
}

// queryPairs counts the pairs of a raw query that Canonical keeps.
func queryPairs(q string) int {
	n := 0
	for p := range strings.SplitSeq(q, "&") {
		name, _, _ := strings.Cut(p, "=")
		if d, err := url.QueryUnescape(name); err == nil {
			name = d
		}
		if name = strings.ToLower(name); p != "" && !strings.HasPrefix(name, "utm_") && !trackingParams[name] {
			n++
		}
	}
	return n
}
