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

// TestReadOnly tries to write through every route, with every method and
// with parameters that look like SQL injection, and checks that the
// database file is byte for byte the same and that no connection committed
// anything.
func TestReadOnly(t *testing.T) {
	path, ids := fixtureDB(t)
	watch, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	conn, err := watch.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	before, hash := dataVersion(t, conn), fileHash(t, path)
	srv := serve(t, path)

	inject := []string{
		"'; DELETE FROM facts; --",
		"1; DROP TABLE articles",
		"\" OR 1=1 --",
		"x') ; INSERT INTO crawl_runs DEFAULT VALUES; --",
		"반도체\"; UPDATE articles SET title = 'x'; --",
		"* NOT NEAR(",
	}
	routes := []string{"/", "/search", "/facts", "/facts.csv", "/articles/" + strconv.FormatInt(ids[fixture.SeedURL], 10), "/fetches/1", "/style.css"}
	params := []string{"q", "outlet", "from", "to", "kind", "currency", "min", "max", "sort", "order", "page"}
	for _, route := range routes {
		for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
			if status, _ := get(t, method, srv.URL+route); status != http.StatusMethodNotAllowed {
				t.Errorf("%s %s = %d, want 405", method, route, status)
			}
		}
		for _, p := range params {
			for _, v := range inject {
				u := srv.URL + route + "?" + url.Values{p: {v}}.Encode()
				status, body := get(t, http.MethodGet, u)
				if status >= 500 {
					t.Errorf("GET %s = %d\n%s", u, status, body)
				}
			}
		}
	}
	for _, v := range inject {
		u := srv.URL + "/articles/" + url.PathEscape(v)
		if status, _ := get(t, http.MethodGet, u); status != http.StatusBadRequest && status != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 400 or 404", u, status)
		}
	}
	if after := dataVersion(t, conn); after != before {
		t.Errorf("PRAGMA data_version = %d after the requests, want %d: something was committed", after, before)
	}
	if fileHash(t, path) != hash {
		t.Error("the database file changed")
	}
	var n int
	if err := conn.QueryRowContext(t.Context(), `SELECT count(*) FROM facts`).Scan(&n); err != nil || n != 23 {
		t.Errorf("facts = %d, %v after the requests, want 23", n, err)
	}
}
