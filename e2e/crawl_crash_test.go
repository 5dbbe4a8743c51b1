package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
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

// crashRounds is how many times TestCrashRepeated kills each command: a
// few in CI, the 27 crawls and 7 extractions with
// NEWSFACTS_CRASH=long.
func crashRounds() (crawls, extracts int) {
	if os.Getenv("NEWSFACTS_CRASH") == "long" {
		return 27, 7
	}
	return 4, 3
}

// crashSeed is the seed of the kill times: NEWSFACTS_CRASH_SEED repeats a
// run, else the clock chooses.
func crashSeed(t *testing.T) uint64 {
	if s := os.Getenv("NEWSFACTS_CRASH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("NEWSFACTS_CRASH_SEED=%q: %v", s, err)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

// dbResult is what a crawl and extraction leave that a crash must not
// change: the pages, the articles and a checksum of every fact.
type dbResult struct {
	pages, articles, facts int
	pagesSum, articlesSum  string // sha256 of the rows, in a fixed order
	factsSum               string
}

// readResult reads db's pages, articles and facts, and checks its
// consistency (PRAGMA integrity_check, foreign keys, the full-text index:
// sqlite.DB.Check) and that no page is stored twice.
func readResult(t *testing.T, path string) dbResult {
	t.Helper()
	d := openDB(t, path)
	defer d.Close()
	ctx := t.Context()
	if err := d.Check(ctx); err != nil {
		t.Errorf("%s: %v", path, err)
	}
	var dups int
	d.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM pages GROUP BY url, content_hash HAVING count(*) > 1)`).Scan(&dups)
	if dups > 0 {
		t.Errorf("%s: %d pages stored twice", path, dups)
	}
	sum := func(query string) (int, string) {
		var n int
		var rows string
		if err := d.QueryRow(ctx, `SELECT count(*), coalesce(group_concat(r, char(10)), '') FROM (`+query+`)`).Scan(&n, &rows); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		h := sha256.Sum256([]byte(rows))
		return n, hex.EncodeToString(h[:8])
	}
	var r dbResult
	r.pages, r.pagesSum = sum(`SELECT url || ' ' || content_hash AS r FROM pages ORDER BY url`)
	r.articles, r.articlesSum = sum(`SELECT url || ' ' || title || ' ' || text AS r FROM articles ORDER BY url`)
	r.facts, r.factsSum = sum(`SELECT a.url || ' ' || f.seq || ' ' || f.kind || ' ' || coalesce(f.value_text, '') || ' ' ||
		coalesce(f.currency, f.unit, '') || ' ' || f.char_start || ' ' || f.char_end || ' ' || f.text AS r
		FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY a.url, f.seq`)
	return r
}

// TestCrashRepeated is the crash suite: it kills crawl, then extract, with
// SIGKILL at random points (seeded, the seed logged: the first while the
// command opens the database, the next after a random number of pages more
// fetched or extracted), again and again, then lets each finish, and
// checks the database against one a clean run made of the same site: the same pages, articles and facts (checksums),
// nothing stored twice, a sound database (integrity_check), an empty
// queue, and every killed run marked interrupted with the pages it stored
// counted. NEWSFACTS_CRASH=long kills as often as the issue did (27 crawls,
// 7 extractions); NEWSFACTS_CRASH_SEED=N repeats a run.
func TestCrashRepeated(t *testing.T) {
	const n = 200
	crawls, extracts := crashRounds()
	seed := crashSeed(t)
	t.Logf("seed %d (NEWSFACTS_CRASH_SEED=%d repeats this run); %d crawls and %d extractions killed", seed, seed, crawls, extracts)
	rng := rand.New(rand.NewPCG(seed, 17))
	site := newBigSite(t, n, 10*time.Millisecond)
	dir := t.TempDir()
	crawlArgs := func(db string) []string {
		return []string{"-db", db, "-delay", "0", "-parallel", "4", site.URL + "/"}
	}

	// The clean run, timed: kills fall within the time a run takes.
	binaries(t) // built before the clock starts
	ref := filepath.Join(dir, "clean.db")
	began := time.Now()
	if r := runCmd(t, "crawl", crawlArgs(ref)...); r.code != 0 {
		t.Fatalf("clean crawl: exit %d\n%s", r.code, tail(r.stderr, 2000))
	}
	crawlTook := time.Since(began)
	began = time.Now()
	if r := runCmd(t, "extract", "-db", ref); r.code != 0 {
		t.Fatalf("clean extract: exit %d\n%s", r.code, tail(r.stderr, 2000))
	}
	extractTook := time.Since(began)
	want := readResult(t, ref)
	if want.pages != n+1 || want.articles == 0 || want.facts == 0 {
		t.Fatalf("clean run: %+v; want %d pages, articles and facts", want, n+1)
	}

	// kill runs name with args and kills it, rounds times or until a run
	// finishes first, then runs it to its end. The first kill comes at a
	// random moment before first, while the command opens (or creates)
	// the database; each next one once progress(), the work done
	// so far out of total, has gone a random step further, the steps
	// spread so that the kills cut every run short with work left.
	db := filepath.Join(dir, "crashed.db")
	kill := func(name string, args []string, rounds int, progress func() int, total int, first time.Duration) (killed int) {
		for i := range rounds {
			p := start(t, name, args...)
			var wait func() bool
			if i == 0 {
				at := time.Now().Add(time.Duration(rng.Int64N(int64(first))))
				wait = func() bool { return time.Now().After(at) }
			} else {
				done := progress()
				target := done + 1 + rng.IntN(max(1, 2*(total-done)/(rounds-i+1)))
				wait = func() bool { return progress() >= target }
			}
			for !wait() {
				select {
				case <-p.done:
				case <-time.After(5 * time.Millisecond):
					continue
				}
				break
			}
			p.cmd.Process.Kill()
			code := p.wait(t, time.Minute)
			if code == 0 {
				break // finished first: nothing left to cut short
			}
			if code != -1 {
				t.Fatalf("%s ended with exit %d before the kill\n%s", name, code, tail(p.stderr.String(), 2000))
			}
			killed++
		}
		if r := runCmd(t, name, args...); r.code != 0 {
			t.Fatalf("%s after the kills: exit %d\n%s", name, r.code, tail(r.stderr, 2000))
		}
		return killed
	}
	base := int(site.served.Load())
	// The first kill within 300ms, or a third of the clean run when that is
	// shorter: an extraction of the site, saving 32 pages a transaction,
	// may end in less than 300ms.
	firstKill := func(took time.Duration) time.Duration { return min(300*time.Millisecond, took/3) }
	crawlKills := kill("crawl", crawlArgs(db), crawls, func() int { return int(site.served.Load()) - base }, n, firstKill(crawlTook))
	extracted := func() int {
		ro, err := sqlite.OpenReadOnly(t.Context(), db)
		if err != nil {
			return 0
		}
		defer ro.Close()
		var k int
		ro.QueryRowContext(t.Context(), `SELECT count(*) FROM page_extractions`).Scan(&k)
		return k
	}
	extractKills := kill("extract", []string{"-db", db}, extracts, extracted, n+1, firstKill(extractTook))
	t.Logf("%d crawls and %d extractions killed before they finished (clean run: crawl %s, extract %s)",
		crawlKills, extractKills, crawlTook.Round(time.Millisecond), extractTook.Round(time.Millisecond))

	if crawlKills == 0 || extractKills == 0 {
		t.Errorf("every run finished before its kill: nothing was tested")
	}
	got := readResult(t, db)
	if got != want {
		t.Errorf("after the kills: %+v\nclean run:       %+v", got, want)
	}
	d := openDB(t, db)
	ctx := t.Context()
	var queued, running, miscounted int
	d.QueryRow(ctx, `SELECT count(*) FROM crawl_queue`).Scan(&queued)
	d.QueryRow(ctx, `SELECT count(*) FROM crawl_runs WHERE status = 'running'`).Scan(&running)
	d.QueryRow(ctx, `SELECT count(*) FROM crawl_runs r WHERE r.stored < (SELECT count(*) FROM pages p WHERE p.run_id = r.id)`).Scan(&miscounted)
	if queued != 0 || running != 0 || miscounted != 0 {
		t.Errorf("%d URLs still queued, %d runs still running, %d runs counting fewer pages than they stored; want none", queued, running, miscounted)
	}
}
