package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
)

// TestExtractDBMemory stores hostile pages of many amounts (a run of them,
// a table of them) in a database and runs extract -db on it: the command
// must stay under extractCap, the README's Kubernetes limit, and keep at
// most its bound of facts per article, recording how many it did not keep
// and saying so in a warning. Pages are 1 MB each, 10 MB with
// NEWSFACTS_HOSTILE=long: a 10 MB page of 500,000 amounts once took
// 417-509 MiB, and a page that kills extract stays pending, so every
// scheduled run after it was killed again. (The 10 MB table is read up
// to extract's bound on elements, where it holds no prose: no article.)
func TestExtractDBMemory(t *testing.T) {
	size := 1 << 20
	if hostileLong() {
		size = 10 << 20
	}
	binaries(t)
	pages := hostilePages(size)
	for _, name := range []string{"run-on amounts", "table of amounts"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "news.db")
			db := openDB(t, path)
			url := "https://news.example.com/hostile/" + strings.ReplaceAll(name, " ", "-")
			if _, err := db.InsertPage(t.Context(), &newsfacts.Page{
				URL: url, RequestedURL: url, FinalURL: url, Status: 200,
				ContentType: "text/html; charset=utf-8", FetchedAt: time.Now(), Body: pages[name],
			}); err != nil {
				t.Fatal(err)
			}
			p := startMeasured(t, "extract", "-db", path, "-workers", "1")
			code := p.wait(t, 5*time.Minute)
			peak := p.peakRSS()
			if code != 0 {
				t.Fatalf("extract -db: exit %d\nstderr: %s", code, tail(p.stderr.String(), 2000))
			}
			var articles, facts, dropped int
			if err := db.QueryRow(t.Context(), `SELECT count(*), coalesce(sum(facts_dropped), 0),
				(SELECT count(*) FROM facts) FROM articles`).Scan(&articles, &dropped, &facts); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s, %d KB page: peak RSS %.1f MiB, %d article(s), %d facts kept, %d not kept",
				name, len(pages[name])>>10, mb(peak), articles, facts, dropped)
			if peak == 0 || peak > extractCap {
				t.Errorf("peak RSS %.1f MiB, want under %.0f MiB", mb(peak), mb(extractCap))
			}
			switch {
			case facts > extract.DefaultMaxFacts:
				t.Errorf("%d facts kept, want at most %d", facts, extract.DefaultMaxFacts)
			case dropped > 0 && facts != extract.DefaultMaxFacts:
				t.Errorf("%d facts kept and %d not: facts dropped before the bound", facts, dropped)
			case name == "run-on amounts" && dropped == 0:
				t.Errorf("%d facts kept, none dropped: the run of amounts holds more than %d", facts, extract.DefaultMaxFacts)
			}
			if want := fmt.Sprintf("facts_dropped=%d", dropped); dropped > 0 && !strings.Contains(p.stderr.String(), want) {
				t.Errorf("no warning with %s in the log:\n%s", want, tail(p.stderr.String(), 2000))
			}
		})
	}
}
