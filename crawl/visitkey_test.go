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
