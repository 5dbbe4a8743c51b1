package crawl

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/newsfacts/newsfacts/extract"
)

// Source is one outlet to crawl: where to start, which hosts are its own
// and which of its URLs are articles. A sources file (TOML, see
// sources.toml at the top of the repository) lists them as [[source]]
// tables with these keys.
type Source struct {
	Name     string   `toml:"name"`
	Start    []string `toml:"start"`    // pages whose links are followed; fetched every run
	Feeds    []string `toml:"feeds"`    // RSS or Atom feeds; fetched every run
	Sitemaps []string `toml:"sitemaps"` // sitemaps or sitemap indexes, gzipped or not; fetched every run
	// Hosts are the host[:port] names whose pages belong to the source:
	// links elsewhere are not followed. Default: the hosts of Start, Feeds
	// and Sitemaps.
	Hosts []string `toml:"hosts"`
	// Articles are regular expressions over the canonical URL; a page that
	// matches one is an article: stored, and not fetched again once stored.
	// Other pages are index pages: read for their links and fetched again
	// every run. With none, every page is an article.
	Articles []string `toml:"articles"`
	// DropParams are query parameters that never change the page, dropped
	// from its URLs besides utm_* and the click IDs Canonical drops.
	DropParams []string `toml:"drop_params"`
	// RobotsSitemaps, true unless set false, also reads the sitemaps that
	// the hosts' robots.txt files list.
	RobotsSitemaps *bool `toml:"robots_sitemaps"`
	// Depth, Parallel and Delay override the crawl's -depth, -parallel
	// and -delay for this source's hosts when set.
	Depth    *int          `toml:"depth"`
	Parallel int           `toml:"parallel"`
	Delay    time.Duration `toml:"delay"` // "1.5s"; Crawl-delay in robots.txt may ask for more

	// Rules are the outlet's extraction rules (body, drop, caption,
	// title, date, date_layout, section): `extract -sources` applies
	// them. LoadSources checks that they compile, so that a typo fails
	// the crawl too, not only the extraction.
	extract.Rules

	articles []*regexp.Regexp
	drop     map[string]bool
	adhoc    bool // made for a bare URL target, named after its host
}

// outletName is the name pages crawled for s are stored with: the name the
// sources file gives, or "" for a source made for a bare URL target.
func (s *Source) outletName() string {
	if s == nil || s.adhoc {
		return ""
	}
	return s.Name
}

// sourcesFile is the layout of a sources file.
type sourcesFile struct {
	Source []Source `toml:"source"`
}

// ErrBadSources is wrapped by every error LoadSources returns for a file
// that reads but says something wrong.
var ErrBadSources = errors.New("bad sources file")

// LoadSources reads a sources file from r; name is used in messages. It
// returns an error wrapping ErrBadSources for a key it does not know (a
// typo would otherwise be ignored), a URL that is not absolute http(s) or
// not on the source's hosts, a host in two sources, or a bad regular
// expression; and the TOML parser's error, with line, for bad syntax.
func LoadSources(r io.Reader, name string) ([]Source, error) {
	var f sourcesFile
	md, err := toml.NewDecoder(r).Decode(&f)
	if err != nil {
		return nil, fmt.Errorf("sources %s: %w", name, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("sources %s: unknown key %q: %w", name, un[0].String(), ErrBadSources)
	}
	if len(f.Source) == 0 {
		return nil, fmt.Errorf("sources %s: no [[source]]: %w", name, ErrBadSources)
	}
	owner := map[string]string{}
	for i := range f.Source {
		s := &f.Source[i]
		if err := s.init(); err != nil {
			return nil, fmt.Errorf("sources %s: source %q: %w: %w", name, s.Name, err, ErrBadSources)
		}
		for _, h := range s.Hosts {
			if o, ok := owner[h]; ok {
				return nil, fmt.Errorf("sources %s: host %s is in sources %q and %q: %w", name, h, o, s.Name, ErrBadSources)
			}
			owner[h] = s.Name
		}
	}
	return f.Source, nil
}

// init checks s, fills in its defaults and compiles its patterns.
func (s *Source) init() error {
	if s.Name == "" {
		return errors.New("no name")
	}
	if len(s.Start)+len(s.Feeds)+len(s.Sitemaps) == 0 {
		return errors.New("no start, feeds or sitemaps")
	}
	if err := s.checkBounds(); err != nil {
		return err
	}
	for i, h := range s.Hosts {
		s.Hosts[i] = hostKey(&url.URL{Scheme: "https", Host: strings.TrimSpace(h)})
	}
	for _, list := range [][]string{s.Start, s.Feeds, s.Sitemaps} {
		for i, raw := range list {
			if len(raw) > MaxURLLength {
				return fmt.Errorf("url %q: %w", shorten(raw, 200), ErrURLTooLong)
			}
			c, err := Canonical(raw)
			if err != nil {
				return fmt.Errorf("url %q: %w", raw, err)
			}
			u, _ := url.Parse(c)
			if u.Scheme != "http" && u.Scheme != "https" {
				return fmt.Errorf("url %q: not http or https", raw)
			}
			list[i] = c
			if !slices.Contains(s.Hosts, u.Host) {
				s.Hosts = append(s.Hosts, u.Host)
			}
		}
	}
	if _, err := s.Profile(); err != nil {
		return err
	}
	for _, p := range s.Articles {
		re, err := regexp.Compile(p)
		if err != nil {
			return fmt.Errorf("articles: %w", err)
		}
		s.articles = append(s.articles, re)
	}
	s.drop = make(map[string]bool)
	for _, p := range s.DropParams {
		s.drop[strings.ToLower(p)] = true
	}
	return nil
}

// Profile returns the source's extraction rules compiled for its hosts,
// or nil when it gives none. It returns an *extract.RulesError for a rule
// that does not compile.
func (s *Source) Profile() (*extract.Profile, error) {
	if s.Rules.IsZero() {
		return nil, nil
	}
	return extract.NewProfile(s.Name, s.Hosts, s.Rules)
}

// hostKey is the form of a URL's host the crawler keys hosts by: lower
// case, without the scheme's default port.
func hostKey(u *url.URL) string {
	h := strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		h = strings.TrimSuffix(h, ":"+p) // an IPv6 host keeps its brackets
	}
	return h
}

// isArticle reports whether the canonical URL u is an article of s.
func (s *Source) isArticle(u string) bool {
	if len(s.articles) == 0 {
		return true
	}
	for _, re := range s.articles {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// canonical is Canonical with the source's own DropParams dropped too.
func (s *Source) canonical(raw string) (string, error) {
	return canonical(raw, s.drop)
}

// robotsSitemaps reports whether the sitemaps robots.txt lists are read.
func (s *Source) robotsSitemaps() bool { return s.RobotsSitemaps == nil || *s.RobotsSitemaps }
