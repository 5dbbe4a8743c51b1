package sqlite_test

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// cell formats a value the way the sqlite3 shell does, except for REAL
// values, written without exponent and without a trailing ".0".
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []byte:
		return string(v)
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// queryRows runs query and returns each row as its cells joined by "|".
func queryRows(t *testing.T, db *sql.DB, query string) []string {
	t.Helper()
	rows, err := db.QueryContext(t.Context(), query)
	if err != nil {
		t.Fatalf("query: %v\n%s", err, query)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			cells[i] = cell(v)
		}
		out = append(out, strings.Join(cells, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestREADMEQueries runs every query of the README's "Querying the database"
// section, in SQLite's form, on a read-only connection to a database built
// from the fixtures, and checks the rows each returns
// (internal/fixture/readme.go).
func TestREADMEQueries(t *testing.T) {
	queries := fixture.ReadmeQueries(t, fixture.SQLite)
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for i, q := range queries {
		t.Run(q.Name, func(t *testing.T) {
			got := queryRows(t, ro, q.SQL)
			if !fixture.MatchRows(got, q.Want) {
				t.Errorf("README query %d returned\n\t%s\nwant\n\t%s\nquery:\n%s", i+1,
					strings.Join(got, "\n\t"), strings.Join(q.Want, "\n\t"), q.SQL)
			}
		})
	}
}
