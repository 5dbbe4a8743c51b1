package crawl

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"

	"github.com/gocolly/colly/v2"
)

// keyRecorder is a colly storage that records the keys colly asks about.
type keyRecorder struct {
	mu   sync.Mutex
	keys map[uint64]bool
}

func (r *keyRecorder) Init() error                    { r.keys = map[uint64]bool{}; return nil }
func (r *keyRecorder) IsVisited(uint64) (bool, error) { return false, nil }
func (r *keyRecorder) Cookies(*url.URL) string        { return "" }
func (r *keyRecorder) SetCookies(*url.URL, string)    {}
func (r *keyRecorder) Visited(k uint64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.keys[k] = true
	return nil
}

// TestVisitKeyMatchesColly pins visitKey to the key colly's own Visit
// stores: if a colly upgrade changes how it hashes requests, the crawler
// would no longer mark the URLs it stores as visited.
func TestVisitKeyMatchesColly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	paths := []string{
		"/", "/news/view.do?ncd=8230001&ref=A", "/a/../b/./c", "/%7Euser/%ED%83%9C%EA%B7%B8", "/태그/경제",
		"/q?b=2&a=1", "/100%", "/x?q=a%20b+c",
	}
	rec := &keyRecorder{}
	c := colly.NewCollector()
	if err := c.SetStorage(rec); err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		u := srv.URL + p
		if err := c.Visit(u); err != nil {
			t.Fatalf("Visit(%s): %v", u, err)
		}
		if k := visitKey(u); !rec.keys[k] {
			t.Errorf("visitKey(%q) = %d, not among the keys colly stored", u, k)
		}
	}
}

func TestPlainURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", true},
		{"http://127.0.0.1:34567/news/7", true},
		{"https://www.yna.co.kr/view/AKR20250418000100001?section=economy&site=hot", true},
		{"https://a.kr/", true},
		{"https://a.kr", false},            // whatwg adds the /
		{"HTTPS://a.kr/", false},           // scheme case
		{"https://A.kr/", false},           // host case
		{"https://a.kr:443/", false},       // default port
		{"http://a.kr:080/", false},        // leading zero
		{"http://127.1/", false},           // IPv4 shorthand
		{"http://127.0.0.01/", false},      // leading zero
		{"http://0x7f.0.0.1/", false},      // hex
		{"http://1.2.3.4.5/", false},       // too many parts
		{"http://a.0x10/", false},          // a number at the end
		{"http://-0/", false},              // so is this
		{"http://xn--3e0b707e.kr/", false}, // punycode
		{"http://[::1]/", false},
		{"https://a.kr/a/../b", false},
		{"https://a.kr/a/./b", false},
		{"https://a.kr/%7Euser", false},
		{"https://a.kr/태그", false},
		{"https://a.kr/x#top", false},
		{"https://u@a.kr/", false},
		{"https://a.kr/x?q=a b", false},
		{"https://a.kr/x?q='", false},
		{`https://a.kr/a\b`, false},
	}
	for _, tt := range tests {
		if got := plainURL(tt.in); got != tt.want {
			t.Errorf("plainURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if got := plainURL(tt.in); got && collyForm(tt.in) != tt.in {
			t.Errorf("plainURL(%q) = true, but colly hashes %q", tt.in, collyForm(tt.in))
		}
	}
}

// FuzzVisitKey checks that a URL plainURL lets visitKey hash as it is
// is one colly's normalisation leaves unchanged. The fuzzer builds the
// URL from its parts, so that most of them are nearly plain.
func FuzzVisitKey(f *testing.F) {
	for _, s := range [][4]string{
		{"news.kbs.co.kr", "", "news/pc/view/view.do", "?ncd=8230001"},
		{"127.0.0.1", ":34567", "news/7", ""},
		{"1.2.3.4", ":8080", "a/b;c=d", "?x=1&y=2"},
		{"a-b.c.kr", "", "$&+,;=:@~_.-", "?q=?/"},
		{"a.kr", "", ".../..a/a../.", ""},
		{"9.kr", ":65535", "", ""},
		{"a.9", ":65536", "", ""},
		{"256.1.1.1", "", "", ""},
		{"-0", "", "", ""}, // 0.0.0.0 to the WHATWG parser
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, host, port, path, query string) {
		for _, scheme := range []string{"http://", "https://"} {
			raw := scheme + host + port + "/" + path + query
			if plainURL(raw) && collyForm(raw) != raw {
				t.Errorf("plainURL(%q) = true, but colly hashes %q", raw, collyForm(raw))
			}
		}
	})
}
