package crawl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/extract"
)

func TestLoadSources(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string // part of the message; "" for none
	}{
		{"minimal", `[[source]]
name = "a"
feeds = ["https://a.kr/rss"]`, ""},
		{"full", `[[source]]
name = "a"
start = ["https://www.a.kr/"]
feeds = ["https://rss.a.kr/all.xml"]
sitemaps = ["https://www.a.kr/sitemap.xml.gz"]
hosts = ["www.a.kr"]
articles = ['^https://www\.a\.kr/news/\d+']
drop_params = ["ref"]
robots_sitemaps = false
depth = 2
parallel = 2
delay = "1.5s"`, ""},
		{"typo", "[[source]]\nname = \"a\"\nfeed = [\"https://a.kr/rss\"]", `unknown key "source.feed"`},
		{"no name", "[[source]]\nfeeds = [\"https://a.kr/rss\"]", "no name"},
		{"nothing to crawl", "[[source]]\nname = \"a\"", "no start, feeds or sitemaps"},
		{"relative url", "[[source]]\nname = \"a\"\nfeeds = [\"/rss\"]", "not an absolute url"},
		{"ftp", "[[source]]\nname = \"a\"\nfeeds = [\"ftp://a.kr/rss\"]", "not http or https"},
		{"bad pattern", "[[source]]\nname = \"a\"\nfeeds = [\"https://a.kr/rss\"]\narticles = ['(']", "articles"},
		{"host twice", "[[source]]\nname = \"a\"\nfeeds = [\"https://a.kr/rss\"]\n[[source]]\nname = \"b\"\nstart = [\"https://a.kr/\"]", "host a.kr is in sources"},
		{"negative depth", "[[source]]\nname = \"a\"\nfeeds = [\"https://a.kr/rss\"]\ndepth = -1", "depth -1: want 0 to 20"},
		{"bad syntax", "[[source]\nname = \"a\"", "line "},
		{"empty", "", "no [[source]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := LoadSources(strings.NewReader(tt.in), "test.toml")
			if tt.wantErr == "" {
				if err != nil || len(src) == 0 {
					t.Fatalf("LoadSources = %v, %v; want sources", src, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("LoadSources error = %v, want one saying %q", err, tt.wantErr)
			}
		})
	}
}

func TestSourceRules(t *testing.T) {
	src, err := LoadSources(strings.NewReader(`[[source]]
name = "kbs"
start = ["HTTPS://News.KBS.co.kr:443/news/pc/main/main.html"]
articles = ['^https://news\.kbs\.co\.kr/news/pc/view/view\.do\?(.*&)?ncd=\d+']
drop_params = ["ref"]`), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := &src[0]
	if len(s.Hosts) != 1 || s.Hosts[0] != "news.kbs.co.kr" || s.Start[0] != "https://news.kbs.co.kr/news/pc/main/main.html" {
		t.Errorf("hosts %v, start %v: want the start page's host and canonical URL", s.Hosts, s.Start)
	}
	if !s.robotsSitemaps() {
		t.Error("robots_sitemaps defaults to false, want true")
	}
	canon := []struct{ in, want string }{
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001&ref=A#c", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001"},
		{"https://news.kbs.co.kr/news/pc/view/view.do?REF=A&utm_source=x&ncd=1", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=1"},
		// Pairs url.ParseQuery cannot read survive; ref goes by its name.
		{"https://news.kbs.co.kr/view.asp?ref=A;b&ncd=1;page=2&x=%ZZ", "https://news.kbs.co.kr/view.asp?ncd=1;page=2&x=%ZZ"},
		{"https://news.kbs.co.kr/view.asp?r%65f=A&print", "https://news.kbs.co.kr/view.asp?print="},
	}
	for _, c := range canon {
		if got, err := s.canonical(c.in); err != nil || got != c.want {
			t.Errorf("canonical(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	articles := []struct {
		url  string
		want bool
	}{
		{"https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001", true},
		{"https://news.kbs.co.kr/news/pc/main/main.html", false},
	}
	for _, a := range articles {
		if got := s.isArticle(a.url); got != a.want {
			t.Errorf("isArticle(%q) = %v, want %v", a.url, got, a.want)
		}
	}
}

// TestShippedSources loads the sources file at the top of the repository.
func TestShippedSources(t *testing.T) {
	path := filepath.Join("..", "sources.toml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	src, err := LoadSources(f, path)
	if err != nil {
		t.Fatal(err)
	}
	var kbs *Source
	for i := range src {
		if src[i].Name == "kbs" {
			kbs = &src[i]
		}
	}
	if kbs == nil || !kbs.isArticle("https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001") {
		t.Errorf("shipped sources: want a kbs source whose articles include view.do?ncd=8230001")
	}
}

// TestLoadSourcesBounds: a sources file's depth, parallel and delay have
// the bounds of the flags they override.
func TestLoadSourcesBounds(t *testing.T) {
	for _, tt := range []struct{ key, msg string }{
		{"depth = 1000000", "depth 1000000: want 0 to 20"},
		{"parallel = 100000", "parallel 100000: want 1 to 32"},
		{`delay = "1000000h"`, "delay 1000000h0m0s: want 0s to 10m0s"},
	} {
		_, err := LoadSources(strings.NewReader("[[source]]\nname = \"a\"\nstart = [\"https://a.kr/\"]\n"+tt.key+"\n"), "s.toml")
		if !errors.Is(err, ErrBadSources) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: %v, want ErrBadSources saying %q", tt.key, err, tt.msg)
		}
	}
}

// TestLoadSourcesRules reads an outlet's extraction rules beside its crawl
// settings, and rejects a rule that does not compile with the file, the
// outlet and the key.
func TestLoadSourcesRules(t *testing.T) {
	const good = `[[source]]
name = "mulbit"
start = ["https://www.mulbit.example.kr/"]
body = "div.cnt"
drop = ".notice_in, .promo"
date = ".hd .when"
date_layout = "2006/01/02 15h04"
`
	srcs, err := LoadSources(strings.NewReader(good), "good.toml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := srcs[0].Profile()
	if err != nil || p == nil || p.Rules.Body != "div.cnt" || p.Hosts[0] != "www.mulbit.example.kr" {
		t.Fatalf("Profile() = %+v, %v", p, err)
	}
	bad := strings.Replace(good, `body = "div.cnt"`, `body = "div[cnt"`, 1)
	_, err = LoadSources(strings.NewReader(bad), "bad.toml")
	var re *extract.RulesError
	if !errors.As(err, &re) || !errors.Is(err, ErrBadSources) || re.Key != "body" ||
		!strings.Contains(err.Error(), "bad.toml") || !strings.Contains(err.Error(), `"mulbit"`) {
		t.Errorf("LoadSources(bad body) error = %v, want a RulesError naming the file, outlet and key", err)
	}
}
