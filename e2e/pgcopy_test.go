package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/internal/testsite"
	"github.com/newsfacts/newsfacts/sqlite"
)

// TestCopyKilled copies a SQLite database of 5,000 pages, 500 articles
// with their facts and a crawl's state into PostgreSQL with pgcopy,
// kills it with SIGKILL half-way, runs it again, and checks that it
// finishes with every table's rows and the money sums equal: nothing lost,
// nothing doubled.
func TestCopyKilled(t *testing.T) {
	const pages, articles = 5000, 500
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "news.db")
	lite := openDB(t, path)
	fillDB(t, lite, pages, articles)
	lite.Close()
	url := pgtest.NewDB(t)

	first := start(t, "pgcopy", "-from", path, "-to", url)
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	count := func(table string) int {
		var n int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			return 0 // not created yet
		}
		return n
	}
	waitFor(t, 2*time.Minute, "1,000 pages copied", func() bool { return count("pages") >= 1000 })
	if err := first.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	first.wait(t, 10*time.Second)
	copied, facts := count("pages"), count("facts")
	t.Logf("killed with %d pages and %d facts copied", copied, facts)
	if copied == pages && facts > 0 {
		t.Fatalf("the copy was done before the kill: nothing to resume")
	}

	second := start(t, "pgcopy", "-from", path, "-to", url)
	if code := second.wait(t, 5*time.Minute); code != 0 {
		t.Fatalf("pgcopy again: exit %d\nstdout: %s\nstderr: %s", code, second.stdout.String(), second.stderr.String())
	}
	out := second.stdout.String()
	if !strings.Contains(out, "every count and sum equal") || !strings.Contains(out, fmt.Sprintf("%-17s %12d rows in SQLite, %12d in PostgreSQL", "pages", pages, pages)) {
		t.Errorf("pgcopy printed:\n%s", out)
	}
	if !strings.Contains(second.stderr.String(), "resuming") {
		t.Errorf("pgcopy again did not say it resumed:\n%s", second.stderr.String())
	}
	var distinct int
	if err := conn.QueryRow(ctx, `SELECT count(DISTINCT url || content_hash) FROM pages`).Scan(&distinct); err != nil || distinct != pages {
		t.Errorf("pages in PostgreSQL: %d distinct (%v), want %d", distinct, err, pages)
	}
}

// fillDB stores n pages of made-up articles in db, as a crawl run would,
// with articles of them extracted: an article and its facts each; one
// URL is left queued, and one failed.
func fillDB(t *testing.T, db *sqlite.DB, n, articles int) {
	t.Helper()
	ctx := t.Context()
	site := testsite.New("a", n)
	r := &newsfacts.Run{Targets: []string{"https://a.kr/"}, UserAgent: "test (+https://a.kr/bot)"}
	if err := db.StartRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	f := db.Frontier(ctx, r.ID, time.Time{})
	defer f.Close()
	var batch []newsfacts.Outcome
	for i := range n {
		u := site.URL("https://a.kr", i)
		batch = append(batch, newsfacts.Outcome{Item: newsfacts.QueueItem{URL: u, Host: "a.kr", Kind: newsfacts.KindPage, Key: uint64(i + 1)},
			Done: true, Queue: newsfacts.Drop,
			Page: &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, ContentType: "text/html; charset=utf-8",
				Body: site.Page("https://a.kr", i), RunID: r.ID}})
		if len(batch) == 250 || i == n-1 {
			if _, err := f.CompleteAll(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if _, _, err := f.Add(ctx, []newsfacts.QueueItem{{URL: "https://a.kr/left", Host: "a.kr", Kind: newsfacts.KindPage, Key: uint64(n + 1)}}); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordFailure(ctx, newsfacts.Failure{RunID: r.ID, URL: "https://a.kr/gone", Status: 404, Err: "404 Not Found"}); err != nil {
		t.Fatal(err)
	}
	r.Status = newsfacts.RunPartial
	if err := db.FinishRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	for i := range articles {
		id := int64(i + 1)
		p, err := db.Page(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.FromHTML(p.Body, extract.Options{URL: p.URL, ContentType: p.ContentType})
		if err != nil {
			t.Fatalf("page %s: %v", p.URL, err)
		}
		if _, err := db.SaveArticle(ctx, id, a, fixture.Version); err != nil {
			t.Fatal(err)
		}
	}
}
