package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestCrawlMemory measures the crawler's peak RSS (the child's Maxrss) over
// a crawl of 2,000 pages, one of 20,000, and one more on the same database
// where 20,000 of 22,000 pages listed were fetched before. The peak must
// stay under 200 MB and not grow with the pages crawled or visited: the
// queue and the visited set live in SQLite, not in memory.
//
// The 20,000-page crawls take a while; set NEWSFACTS_BIG=1 to run them.
// Without it the test runs 1,000 and 5,000 pages.
func TestCrawlMemory(t *testing.T) {
	small, big := 1000, 5000
	if ok, _ := strconv.ParseBool(os.Getenv("NEWSFACTS_BIG")); ok {
		small, big = 2000, 20000
	}
	if testing.Short() {
		t.Skip("slow: crawls thousands of pages")
	}
	const limit = 200 << 20
	site := newBigSite(t, big+big/10, 0)
	dir := t.TempDir()
	sources := func(n int) string {
		p := filepath.Join(dir, fmt.Sprintf("sources-%d.toml", n))
		os.WriteFile(p, []byte(fmt.Sprintf("[[source]]\nname = \"big\"\nsitemaps = [\"%s/sitemap.xml?n=%d\"]\n", site.URL, n)), 0o644)
		return p
	}
	binaries(t) // built before the clock starts
	crawl := func(db string, n int) (rss int64, took time.Duration) {
		t.Helper()
		begin := time.Now()
		p := start(t, "crawl", "-db", db, "-delay", "0", "-parallel", "8", "-depth", "0", "-sources", sources(n))
		if code := p.wait(t, 10*time.Minute); code != 0 {
			t.Fatalf("crawl of %d: exit %d\nstderr: %s", n, code, tail(p.stderr.String(), 2000))
		}
		return p.maxRSS(), time.Since(begin)
	}

	rssSmall, tSmall := crawl(filepath.Join(dir, "small.db"), small)
	bigDB := filepath.Join(dir, "big.db")
	rssBig, tBig := crawl(bigDB, big)
	rssAgain, tAgain := crawl(bigDB, big+big/10)
	t.Logf("peak RSS: %d pages %.1f MB (%s), %d pages %.1f MB (%s), %d more with %d visited %.1f MB (%s)",
		small, mb(rssSmall), tSmall.Round(time.Millisecond), big, mb(rssBig), tBig.Round(time.Millisecond),
		big/10, big, mb(rssAgain), tAgain.Round(time.Millisecond))

	d := openDB(t, bigDB)
	var pages int
	d.QueryRow(t.Context(), `SELECT count(*) FROM pages`).Scan(&pages)
	if pages != big+big/10 {
		t.Errorf("big database has %d pages, want %d", pages, big+big/10)
	}
	for _, r := range []int64{rssSmall, rssBig, rssAgain} {
		if r == 0 || r > limit {
			t.Errorf("peak RSS %.1f MB, want under %.0f MB", mb(r), mb(limit))
		}
	}
	// Flat: ten times the pages may cost the sitemap's bytes (a few MB
	// more to parse), not memory per page.
	if grow := rssBig - rssSmall; grow > 30<<20 {
		t.Errorf("peak RSS grew by %.1f MB from %d to %d pages", mb(grow), small, big)
	}
	if grow := rssAgain - rssSmall; grow > 30<<20 {
		t.Errorf("peak RSS grew by %.1f MB with %d pages visited before", mb(grow), big)
	}
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
