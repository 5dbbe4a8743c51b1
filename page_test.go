package newsfacts

import "testing"

func TestSameDocument(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"https://news.example.kr/view?id=1", "https://news.example.kr/view?id=1", true},
		{"https://news.example.kr/view?id=1", "http://www.news.example.kr/view?id=1#top", true},
		{"https://m.news.example.kr/a/1/", "https://news.example.kr/a/1", true},
		{"https://news.example.kr:443/a/1", "https://news.example.kr/a/1", true},
		{"https://news.example.kr/view?id=1", "https://news.example.kr/view?id=2", false},
		{"https://news.example.kr/a/1", "https://news.example.kr/a/10", false},
		{"https://news.example.kr/a/1", "https://other.example.kr/a/1", false},
		{"%zz", "https://news.example.kr/", false},
	}
	for _, tt := range tests {
		if got := SameDocument(tt.a, tt.b); got != tt.want {
			t.Errorf("SameDocument(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	claim := Page{URL: "https://news.example.kr/article/100", FinalURL: "https://news.example.kr/view?id=200"}
	own := Page{URL: "https://news.example.kr/view?id=200", FinalURL: "https://www.news.example.kr/view?id=200"}
	file := Page{URL: "file:///tmp/a.html"}
	if !claim.ClaimsURL() || own.ClaimsURL() || file.ClaimsURL() {
		t.Errorf("ClaimsURL: claim %v, own %v, file %v; want true, false, false", claim.ClaimsURL(), own.ClaimsURL(), file.ClaimsURL())
	}
}

// FuzzSameDocument checks that SameDocument, which compares URLs servers
// choose (final URLs after redirects), is symmetric, holds for a URL and
// itself, and never panics.
func FuzzSameDocument(f *testing.F) {
	f.Add("https://news.example.kr/view?id=1", "http://www.news.example.kr/view?id=1#top")
	f.Add("https://m.news.example.kr/a/1/", "https://news.example.kr/a/10")
	f.Add("%zz", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		if SameDocument(a, b) != SameDocument(b, a) {
			t.Errorf("SameDocument(%q, %q) is not symmetric", a, b)
		}
		if !SameDocument(a, a) {
			t.Errorf("SameDocument(%q, itself) = false", a)
		}
	})
}
