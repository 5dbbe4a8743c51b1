package web_test

import (
	"database/sql"
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
)

// dataVersion reads PRAGMA data_version on conn, which changes when
// another connection commits a change to the database.
func dataVersion(t *testing.T, conn *sql.Conn) int64 {
	t.Helper()
	var v int64
	if err := conn.QueryRowContext(t.Context(), `PRAGMA data_version`).Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// watchSQLite opens a connection of its own to the database at path and
// keeps it for the test, for PRAGMA data_version.
func watchSQLite(t *testing.T, path string) *sql.Conn {
	t.Helper()
	watch, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { watch.Close() })
	conn, err := watch.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// TestReadOnly tries to write through every route, with every method and
// with parameters that look like SQL injection, and checks on each store
// that the database is unchanged: for SQLite the file byte for byte and
// PRAGMA data_version (no connection committed anything), for PostgreSQL
// the content of every table.
func TestReadOnly(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			srv, ids, state := b.open(t)
			before := state()
			tryWrites(t, srv.URL, ids)
			if after := state(); after != before {
				t.Errorf("the database changed:\nbefore %s\nafter  %s", before, after)
			}
		})
	}
}

func tryWrites(t *testing.T, base string, ids map[string]int64) {
	inject := []string{
		"'; DELETE FROM facts; --",
		"1; DROP TABLE articles",
		"\" OR 1=1 --",
		"x') ; INSERT INTO crawl_runs DEFAULT VALUES; --",
		"반도체\"; UPDATE articles SET title = 'x'; --",
		"* NOT NEAR(",
		"%_\\",
	}
	routes := []string{"/", "/search", "/facts", "/facts.csv", "/articles/" + strconv.FormatInt(ids[fixture.SeedURL], 10), "/fetches/1", "/style.css"}
	params := []string{"q", "outlet", "from", "to", "kind", "currency", "min", "max", "role", "agent", "purpose", "per", "word", "claim", "claims", "sort", "order", "page"}
	for _, route := range routes {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
			if status, _ := get(t, method, base+route); status != http.StatusMethodNotAllowed {
				t.Errorf("%s %s = %d, want 405", method, route, status)
			}
		}
		for _, p := range params {
			for _, v := range inject {
				u := base + route + "?" + url.Values{p: {v}}.Encode()
				status, body := get(t, http.MethodGet, u)
				if status >= 500 {
					t.Errorf("GET %s = %d\n%s", u, status, body)
				}
			}
		}
	}
	for _, v := range inject {
		u := base + "/articles/" + url.PathEscape(v)
		if status, _ := get(t, http.MethodGet, u); status != http.StatusBadRequest && status != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 400 or 404", u, status)
		}
	}
}
