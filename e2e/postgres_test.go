package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts/internal/pgtest"
)

// summaryQuery counts what a crawl and an extraction left, the same way in
// both stores: pages, articles, facts, the won the money view sums, and
// the claims.
const summaryQuery = `SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles),
	(SELECT count(*) FROM facts), (SELECT CAST(coalesce(sum(amount), 0) AS TEXT) FROM money WHERE currency = 'KRW'),
	(SELECT count(*) FROM claims)`

type summary struct {
	pages, articles, facts int64
	won                    string
	claims                 int64
}

// TestCrawlExtractPostgres runs crawl and extract on the seed site into a
// SQLite file and into a PostgreSQL database, and checks that both hold the
// same pages, articles, facts and sums; and that a second run changes
// nothing in PostgreSQL either.
func TestCrawlExtractPostgres(t *testing.T) {
	srv := serveSite(t)
	dbPath := filepath.Join(t.TempDir(), "news.db")
	pgURL := pgtest.NewDB(t)
	for _, db := range []string{dbPath, pgURL, pgURL} {
		if r := runCmd(t, "crawl", "-db", db, "-delay", "0", srv.URL+"/index.html"); r.code != 0 {
			t.Fatalf("crawl -db %s: exit %d\n%s%s", db, r.code, r.stdout, r.stderr)
		}
		if r := runCmd(t, "extract", "-db", db, "-workers", "2"); r.code != 0 {
			t.Fatalf("extract -db %s: exit %d\n%s%s", db, r.code, r.stdout, r.stderr)
		}
	}
	var lite, pg summary
	if err := openDB(t, dbPath).QueryRow(t.Context(), summaryQuery).Scan(&lite.pages, &lite.articles, &lite.facts, &lite.won, &lite.claims); err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(t.Context(), pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	if err := conn.QueryRow(t.Context(), summaryQuery).Scan(&pg.pages, &pg.articles, &pg.facts, &pg.won, &pg.claims); err != nil {
		t.Fatal(err)
	}
	if lite.articles == 0 || lite.facts == 0 || lite.won == "0" {
		t.Fatalf("SQLite holds %+v: the seed site gave nothing to compare", lite)
	}
	if pg != lite {
		t.Errorf("PostgreSQL holds %+v, SQLite %+v: want the same", pg, lite)
	}
	// The export reads PostgreSQL too: a line per fact.
	r := runCmd(t, "extract", "-db", pgURL, "-export", "jsonl", "-table", "facts")
	if lines := strings.Count(r.stdout, "\n"); r.code != 0 || int64(lines) != pg.facts {
		t.Errorf("extract -export from PostgreSQL: exit %d, %d lines, want %d facts\n%s", r.code, lines, pg.facts, r.stderr)
	}
}
