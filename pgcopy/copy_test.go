package pgcopy_test

import (
	"errors"
	"io"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pgcopy"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// crawled returns a SQLite database holding the fixture's articles and
// facts and a crawl's state: a finished run with a failure, and a run
// killed with a URL left queued.
func crawled(t *testing.T) *sqlite.DB {
	t.Helper()
	ctx := t.Context()
	db := fixture.OpenDB(t)
	fixture.Build(t, db, "v1")
	r := &newsfacts.Run{Targets: []string{"https://a.kr/"}, UserAgent: "test (+https://a.kr/bot)"}
	if err := db.StartRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	f := db.Frontier(ctx, r.ID, time.Time{})
	defer f.Close()
	items := []newsfacts.QueueItem{
		{URL: "https://a.kr/1", Host: "a.kr", Kind: newsfacts.KindPage, Key: 1},
		{URL: "https://a.kr/2", Host: "a.kr", Kind: newsfacts.KindPage, Key: 2},
	}
	if _, _, err := f.Add(ctx, items); err != nil {
		t.Fatal(err)
	}
	got, err := f.Take(ctx, "a.kr", 1)
	if err != nil || len(got) != 1 {
		t.Fatalf("Take = %v, %v", got, err)
	}
	if _, err := f.CompleteAll(ctx, []newsfacts.Outcome{{Item: got[0], Queue: newsfacts.Drop, Done: true,
		Failure: &newsfacts.Failure{RunID: r.ID, URL: got[0].URL, Status: 404, Err: "404 Not Found"}}}); err != nil {
		t.Fatal(err)
	}
	r.Status, r.Failed = newsfacts.RunPartial, 1
	if err := db.FinishRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestCopy copies a database and checks the report, a row of each kind,
// that IDs go on after the copied ones, and that a crawl on PostgreSQL
// takes the URL the SQLite crawl left queued; that a second copy copies
// nothing more, and a copy into a database that moved on since is refused.
func TestCopy(t *testing.T) {
	ctx := t.Context()
	src := crawled(t)
	dst, err := postgres.Open(ctx, pgtest.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	report, err := pgcopy.Copy(ctx, src, dst, quiet)
	if err != nil {
		t.Fatalf("Copy: %v\n%s", err, report)
	}
	for _, c := range report.Tables {
		if c.SQLite != c.Postgres {
			t.Errorf("%s: %d rows, %d copied", c.Table, c.SQLite, c.Postgres)
		}
	}
	if len(report.Money) == 0 || report.Money[0].Rows == 0 {
		t.Errorf("report has no money sums:\n%s", report)
	}
	var title, won string
	if err := dst.QueryRow(ctx, `SELECT a.title, sum(m.amount)::text FROM articles a JOIN money m ON m.article_id = a.id
		WHERE a.url = $1 AND m.currency = 'KRW' GROUP BY a.title`, fixture.SeedURL).Scan(&title, &won); err != nil {
		t.Fatal(err)
	}
	var liteTitle, liteWon string
	if err := src.QueryRow(ctx, `SELECT a.title, CAST(sum(m.amount) AS TEXT) FROM articles a JOIN money m ON m.article_id = a.id
		WHERE a.url = ? AND m.currency = 'KRW' GROUP BY a.title`, fixture.SeedURL).Scan(&liteTitle, &liteWon); err != nil {
		t.Fatal(err)
	}
	if title != liteTitle || won != liteWon {
		t.Errorf("seed article copied as %q, %s won; want %q, %s", title, won, liteTitle, liteWon)
	}
	// Copied again: nothing more to copy, the same counts.
	if again, err := pgcopy.Copy(ctx, src, dst, quiet); err != nil || again.String() != report.String() {
		t.Errorf("a second Copy = %v\n%s\nwant the same report\n%s", err, again, report)
	}
	// A page stored now gets an ID after the copied ones.
	p := &newsfacts.Page{URL: "https://a.kr/new", RequestedURL: "https://a.kr/new", FinalURL: "https://a.kr/new", Status: 200, Body: []byte("new")}
	if _, err := dst.InsertPage(ctx, p); err != nil {
		t.Fatalf("InsertPage after the copy: %v", err)
	}
	// The crawl goes on where SQLite's stopped.
	r := &newsfacts.Run{}
	if err := dst.StartRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	f := dst.Frontier(ctx, r.ID, time.Time{})
	defer f.Close()
	if got, err := f.Take(ctx, "a.kr", 10); err != nil || len(got) != 1 || got[0].URL != "https://a.kr/2" {
		t.Errorf("Take on PostgreSQL = %v, %v; want the URL SQLite left queued", got, err)
	}
	if visited, err := f.Claim(1); err != nil || !visited {
		t.Errorf("Claim of the URL SQLite fetched = %v, %v; want visited", visited, err)
	}

	if _, err := pgcopy.Check(ctx, src, dst); !errors.Is(err, pgcopy.ErrMismatch) {
		t.Errorf("Check after PostgreSQL moved on = %v, want ErrMismatch (one more page and run there)", err)
	}
	if _, err := pgcopy.Copy(ctx, src, dst, quiet); !errors.Is(err, pgcopy.ErrOtherData) {
		t.Errorf("a copy again after PostgreSQL moved on = %v, want ErrOtherData", err)
	}
}

// TestCopyRefusesOtherData: a PostgreSQL database that holds another
// database's rows is not copied into.
func TestCopyRefusesOtherData(t *testing.T) {
	ctx := t.Context()
	src := crawled(t)
	dst, err := postgres.Open(ctx, pgtest.NewDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	p := &newsfacts.Page{URL: "https://b.kr/other", RequestedURL: "https://b.kr/other", FinalURL: "https://b.kr/other", Status: 200, Body: []byte("other")}
	if _, err := dst.InsertPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := pgcopy.Check(ctx, src, dst); !errors.Is(err, pgcopy.ErrMismatch) {
		t.Errorf("Check after PostgreSQL moved on = %v, want ErrMismatch (one more page and run there)", err)
	}
	if _, err := pgcopy.Copy(ctx, src, dst, quiet); !errors.Is(err, pgcopy.ErrOtherData) {
		t.Errorf("Copy into a database with other pages = %v, want ErrOtherData", err)
	}
}
