package crawl_test

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/internal/testsite"
	"github.com/newsfacts/newsfacts/postgres"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// serveSites serves n test sites of articles each, on hosts of their
// own, and returns them with the sources that crawl them from their
// sitemaps.
func serveSites(t testing.TB, n, articles int) ([]*testsite.Site, []crawl.Source) {
	t.Helper()
	var (
		sites   []*testsite.Site
		sources []crawl.Source
	)
	for i := range n {
		site := testsite.New(string(rune('a'+i)), articles)
		srv := site.Serve(t)
		sites = append(sites, site)
		sources = append(sources, crawl.Source{Name: site.Name, Sitemaps: []string{srv.URL + "/sitemap.xml"},
			Articles: []string{"/news/"}})
	}
	src, err := crawl.LoadSources(strings.NewReader(sourcesTOML(sources)), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sites, src
}

// sourcesTOML writes sources as a sources file, so that LoadSources
// prepares them as crawl does.
func sourcesTOML(sources []crawl.Source) string {
	var b strings.Builder
	for _, s := range sources {
		b.WriteString("[[source]]\nname = \"" + s.Name + "\"\nsitemaps = [\"" + s.Sitemaps[0] + "\"]\narticles = [\"/news/\"]\n")
	}
	return b.String()
}

// TestWorkersPostgres runs three crawls at once on one PostgreSQL database,
// each with a connection pool of its own as processes would, over three
// hosts: together they store every article once, read each robots.txt
// and each sitemap once, and no host sees two requests closer than the
// delay, or more than one at a time.
func TestWorkersPostgres(t *testing.T) {
	const (
		articles = 25
		delay    = 100 * time.Millisecond
	)
	sites, sources := serveSites(t, 3, articles)
	url := pgtest.NewDB(t)
	var wg sync.WaitGroup
	for range 3 {
		db, err := postgres.Open(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		cfg := testConfig(t)
		cfg.Delay, cfg.Parallelism, cfg.Sources = delay, 1, sources
		wg.Go(func() {
			if _, err := crawl.Run(t.Context(), db, cfg, nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var pages, urls, runs int
	if err := db.QueryRow(t.Context(), `SELECT count(*), count(DISTINCT url) FROM pages`).Scan(&pages, &urls); err != nil {
		t.Fatal(err)
	}
	if pages != 3*articles || urls != 3*articles {
		t.Errorf("pages = %d rows of %d URLs, want %d of each", pages, urls, 3*articles)
	}
	if err := db.QueryRow(t.Context(), `SELECT count(*) FROM crawl_runs WHERE status = 'ok'`).Scan(&runs); err != nil || runs != 3 {
		t.Errorf("crawl_runs = %d ok, %v; want 3, one per worker", runs, err)
	}
	for _, s := range sites {
		if n := s.Count("/robots.txt"); n != 1 {
			t.Errorf("site %s: robots.txt asked for %d times, want once", s.Name, n)
		}
		if n := s.Count("/sitemap.xml"); n != 1 {
			t.Errorf("site %s: sitemap asked for %d times, want once", s.Name, n)
		}
		if gap, _, r := s.MinGap(); gap < delay {
			t.Errorf("site %s: two requests %s apart (the second %s), want ≥ %s", s.Name, gap, r.Path, delay)
		}
		if n := s.MaxInFlight(); n > 1 {
			t.Errorf("site %s: %d requests at once, want 1 (-parallel 1)", s.Name, n)
		}
	}
}
