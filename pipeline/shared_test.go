//go:build unix

package pipeline_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
)

// openPG opens the PostgreSQL database url with the production Open,
// closed when the test ends.
func openPG(t *testing.T, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// dump returns the articles and facts of a database as text, one line
// each, with the claims as the groups of facts they make (numbered in
// order of first appearance), so that two databases that hold the same
// extraction compare equal whatever IDs their rows got.
func dump(t *testing.T, db *postgres.DB) string {
	t.Helper()
	rows, err := db.Query(t.Context(), `
		SELECT a.url, a.title, a.extractor_version, md5(a.text), coalesce(f.seq, -1), coalesce(f.kind, ''),
		       coalesce(f.text, ''), coalesce(f.value::text, ''), coalesce(f.claim_id, 0)
		FROM articles a LEFT JOIN facts f ON f.article_id = a.id
		ORDER BY a.url, f.seq`)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	claims := map[int64]int{}
	for rows.Next() {
		var (
			url, title, version, text, kind, ftext, value string
			seq                                           int
			claim                                         int64
		)
		if err := rows.Scan(&url, &title, &version, &text, &seq, &kind, &ftext, &value, &claim); err != nil {
			t.Fatal(err)
		}
		group := 0
		if claim != 0 {
			if claims[claim] == 0 {
				claims[claim] = len(claims) + 1
			}
			group = claims[claim]
		}
		fmt.Fprintln(&b, url, title, version, text, seq, kind, ftext, value, group)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var marked int
	if err := db.QueryRow(t.Context(), `SELECT count(*) FROM page_extractions`).Scan(&marked); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(&b, "pages extracted:", marked)
	return b.String()
}

// fixtureRules returns the fixture articles as a version of the rules that
// takes a few milliseconds a page, so that extractions at once interleave.
func fixtureRules(t *testing.T) func([]byte, extract.Options) (*extract.Article, error) {
	articles := make(map[string]*extract.Article)
	for _, d := range fixture.Docs(t) {
		if d.Article != nil {
			articles[d.Article.URL] = d.Article
		}
	}
	base := rules(articles)
	return func(b []byte, opt extract.Options) (*extract.Article, error) {
		time.Sleep(3 * time.Millisecond)
		return base(b, opt)
	}
}

// TestExtractShared runs three extractions at once on one PostgreSQL
// database, each on a connection pool of its own as separate processes
// would, and checks that together they process each page once and leave
// the articles and facts one extraction leaves.
func TestExtractShared(t *testing.T) {
	from := fixtureRules(t)
	clean := openPG(t, pgtest.NewDB(t))
	storePages(t, clean)
	if _, err := (&pipeline.Extractor{Version: "1", FromHTML: from, Log: quiet}).Extract(t.Context(), clean); err != nil {
		t.Fatal(err)
	}
	want := dump(t, clean)

	url := pgtest.NewDB(t)
	storePages(t, openPG(t, url))
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total pipeline.Result
	)
	for range 3 {
		db := openPG(t, url)
		wg.Go(func() {
			res, err := (&pipeline.Extractor{Version: "1", FromHTML: from, Log: quiet, Workers: 2}).Extract(t.Context(), db)
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			total.Pages += res.Pages
			total.Articles += res.Articles
			total.TakenOver += res.TakenOver
			mu.Unlock()
		})
	}
	wg.Wait()
	if total.Pages != 7 || total.Articles != 6 || total.TakenOver != 0 {
		t.Errorf("three extractions at once: %+v in all, want 7 pages, 6 articles, each once", total)
	}
	if got := dump(t, openPG(t, url)); got != want {
		t.Errorf("three extractions at once left\n%s\nwant, as one extraction leaves,\n%s", got, want)
	}
}

// TestExtractTakeOver: an extraction that dies holding pages (its
// process killed: no heartbeat, no end) holds them until its claims run
// out; another extraction, started meanwhile, waits for them and takes
// them over. One that stalls longer than its claims last finds its late
// save refused.
func TestExtractTakeOver(t *testing.T) {
	ctx := t.Context()
	url := pgtest.NewDB(t)
	storePages(t, openPG(t, url))
	claim := func(db *postgres.DB, n int) []int64 {
		t.Helper()
		if _, err := db.BeginExtract(ctx, 0); err != nil {
			t.Fatal(err)
		}
		db.Lease = 300 * time.Millisecond
		ids, _, err := db.ClaimPages(ctx, "1", 0, n)
		if err != nil || len(ids) != n {
			t.Fatalf("ClaimPages = %v, %v; want %d pages", ids, err, n)
		}
		return ids
	}
	dead, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	// The dead's claims last until 300 ms after they are taken, at the
	// earliest 300 ms after claimed: the live extraction cannot end before
	// then, however slow the machine is between the steps below.
	claimed := time.Now()
	claim(dead, 2)
	dead.Close() // killed: no heartbeat, no end
	// A process that stalls: its heartbeat would beat in an hour.
	stalled := openPG(t, url)
	stalled.Lease = time.Hour
	held := claim(stalled, 2)

	live := openPG(t, url)
	live.Lease = 300 * time.Millisecond
	res, err := (&pipeline.Extractor{Version: "1", FromHTML: fixtureRules(t), Log: quiet}).Extract(ctx, live)
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 7 {
		t.Errorf("the live extraction processed %d pages, want all 7, those of the dead and the stalled included", res.Pages)
	}
	if waited := time.Since(claimed); waited < 300*time.Millisecond {
		t.Errorf("the live extraction ended %s after the dead one's claims: it did not wait for them to run out", waited)
	}
	err = stalled.MarkNoArticle(ctx, held[0], "1", "late")
	if !errors.Is(err, newsfacts.ErrClaimLost) {
		t.Errorf("late save of a page taken over = %v, want ErrClaimLost", err)
	}
	var n int
	if err := live.QueryRow(ctx, `SELECT count(*) FROM page_extractions WHERE error = 'late'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("the late save wrote %d rows (%v), want none", n, err)
	}
}
