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
		{"/relative/path", "", true},
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
