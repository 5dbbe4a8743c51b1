package crawl

import "testing"

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
	for _, s := range []string{"https://a.kr/x?utm_source=a&b=2&a=1#f", "HTTP://A.KR:80", "https://a.kr/%7e?q=%20", "http://[::1]:8080/p?x"} {
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
	})
}
