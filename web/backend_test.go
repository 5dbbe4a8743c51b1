package web_test

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/web"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// backend is a store the view is tested on, filled with the fixture.
type backend struct {
	name string
	// open starts the view over a new fixture database and returns its
	// server, the fixture's article IDs by URL, and a function that sums up
	// the database's content and commit state, to tell whether anything
	// was written.
	open func(t *testing.T) (srv *httptest.Server, ids map[string]int64, state func() string)
}

// backends are SQLite (a file opened with sqlite.OpenReadOnly) and
// PostgreSQL (a throwaway cluster's database, opened with
// postgres.OpenWeb; skipped without PostgreSQL, except in CI).
var backends = []backend{
	{"sqlite", func(t *testing.T) (*httptest.Server, map[string]int64, func() string) {
		path, ids := fixtureDB(t)
		return serve(t, path), ids, sqliteState(t, path)
	}},
	{"postgres", func(t *testing.T) (*httptest.Server, map[string]int64, func() string) {
		url := pgtest.NewDB(t)
		db, err := postgres.Open(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		ids := fixture.Build(t, db, fixture.Version)
		db.Close()
		store, err := postgres.OpenWeb(t.Context(), url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		h, err := web.New(store, web.Options{})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		return srv, ids, postgresState(t, url)
	}},
}

// sqliteState sums up the database file's bytes and, on a connection kept
// open for it, PRAGMA data_version, which changes when another connection
// commits.
func sqliteState(t *testing.T, path string) func() string {
	conn := watchSQLite(t, path)
	return func() string {
		return fmt.Sprintf("%x data_version %d", fileHash(t, path), dataVersion(t, conn))
	}
}

// postgresState sums up every table's rows.
func postgresState(t *testing.T, url string) func() string {
	return func() string {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		sum := sha256.New()
		for _, table := range []string{"crawl_runs", "pages", "page_current", "page_extractions", "articles", "facts",
			"fetch_failures", "crawl_queue", "crawl_visited", "migrations"} {
			var s string
			q := fmt.Sprintf(`SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM %s t`, table)
			if err := conn.QueryRow(ctx, q).Scan(&s); err != nil {
				t.Fatalf("%s: %v", table, err)
			}
			fmt.Fprintf(sum, "%s=%s;", table, s)
		}
		return fmt.Sprintf("%x", sum.Sum(nil))
	}
}
