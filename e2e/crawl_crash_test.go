package e2e

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestCrawlKilled kills a crawl with SIGKILL midway, runs it again, and
// checks that every page ends up stored exactly once, that the pages the
// killed run stored are not fetched again, and that the second run marks
// the killed one as interrupted.
func TestCrawlKilled(t *testing.T) {
	const n = 300
	site := newBigSite(t, n, 5*time.Millisecond)
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"-db", db, "-delay", "0", "-parallel", "4", site.URL + "/"}

	first := start(t, "crawl", args...)
	waitFor(t, 60*time.Second, "100 articles served", func() bool { return site.served.Load() >= 100 })
	if err := first.cmd.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	first.wait(t, 10*time.Second)

	// The killed run is still "running" in crawl_runs; what it fetched is
	// stored, the rest queued.
	var status string
	var stored, queued int
	check := openDB(t, db)
	if err := check.QueryRow(t.Context(), `SELECT status FROM crawl_runs WHERE id = 1`).Scan(&status); err != nil || status != "running" {
		t.Fatalf("killed run status = %q, %v; want running", status, err)
	}
	check.QueryRow(t.Context(), `SELECT count(*) FROM pages`).Scan(&stored)
	check.QueryRow(t.Context(), `SELECT count(*) FROM crawl_queue`).Scan(&queued)
	if stored == 0 || stored >= n+1 || queued == 0 {
		t.Fatalf("after the kill: %d pages stored, %d queued; want a run killed midway", stored, queued)
	}
	check.Close()

	second := start(t, "crawl", args...)
	if code := second.wait(t, 120*time.Second); code != 0 {
		t.Fatalf("second run: exit %d\nstderr: %s", code, second.stderr.String())
	}
	if !strings.Contains(second.stderr.String(), "died without recording its end") {
		t.Errorf("second run does not say it found the killed run:\n%s", second.stderr.String())
	}

	d := openDB(t, db)
	ctx := t.Context()
	var total, distinct int
	d.QueryRow(ctx, `SELECT count(*), count(DISTINCT url) FROM pages`).Scan(&total, &distinct)
	if total != n+1 || distinct != n+1 {
		t.Errorf("pages = %d rows, %d URLs; want %d, each once", total, distinct, n+1)
	}
	for id := range n {
		url := fmt.Sprintf("%s/news/%d.html", site.URL, id)
		body, err := fixture.PageBody(t, d, `SELECT id FROM pages WHERE url = ?`, url)
		if err != nil {
			t.Errorf("%s lost: %v", url, err)
			continue
		}
		if !bytes.Equal(body, article(id)) {
			t.Errorf("%s stored %d bytes, not the page served", url, len(body))
		}
	}
	// Pages stored by the killed run were not fetched again; those in
	// flight when it died were, once, and those fetched but not yet
	// committed: the crawler writes fetches many to a transaction, at most
	// 64 waiting and 64 being written (crawl/record.go).
	again := 0
	for id := range n {
		switch h := site.hitsOf(id); {
		case h == 2:
			again++
		case h != 1:
			t.Errorf("article %d fetched %d times", id, h)
		}
	}
	if again > 4+64+64 {
		t.Errorf("%d articles fetched twice; want at most those in flight or not yet committed when the first run died", again)
	}
	t.Logf("killed after %d articles stored; %d fetched again by the next run", stored, again)
	var runs string
	d.QueryRow(ctx, `SELECT group_concat(status || ':' || coalesce(error, ''), ' | ') FROM (SELECT * FROM crawl_runs ORDER BY id)`).Scan(&runs)
	if !strings.HasPrefix(runs, "interrupted:process ended without recording the end of the run") || !strings.HasSuffix(runs, "| ok:") {
		t.Errorf("crawl_runs = %s; want the killed run interrupted, the second ok", runs)
	}
	var left int
	d.QueryRow(ctx, `SELECT count(*) FROM crawl_queue`).Scan(&left)
	if left != 0 {
		t.Errorf("%d URLs still queued, want 0", left)
	}
}
