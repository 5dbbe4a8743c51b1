package postgres_test

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Lines of docs/schema.md this test reads: the headings of the tables and
// views of both stores (###) and of PostgreSQL's own tables (####), and
// their column lines.
var (
	docHeading = regexp.MustCompile("^(###|####) ([a-z_0-9]+)$")
	docColumn  = regexp.MustCompile("^- `([a-z_0-9]+)` ")
)

// sqliteOnly are the objects docs/schema.md documents that PostgreSQL has
// not, each for a reason.
var sqliteOnly = map[string]string{
	"articles_fts": "full-text search is the pg_trgm indexes of articles",
}

// postgresOnly are the columns PostgreSQL's tables have beyond those of
// SQLite, which docs/schema.md names in its prose on PostgreSQL.
var postgresOnly = map[string][]string{
	"crawl_queue":   {"lease_until", "attempt", "round_id"}, // leases, fencing, rounds of workers
	"crawl_visited": {"round_id"},                           // visits claimed per round of workers
	"articles":      {"digest"},                             // unchanged articles found by a re-extraction
}

// TestSchemaDoc compares docs/schema.md with the tables and views of a
// migrated PostgreSQL database, both ways, by name: every table, view and
// column of the database is documented, and everything documented exists,
// but for what sqliteOnly and postgresOnly list. A migration of SQLite's
// that has no PostgreSQL twin yet fails here, once documented.
func TestSchemaDoc(t *testing.T) {
	doc := map[string][]string{}
	f, err := os.Open("../docs/schema.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cur := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := docHeading.FindStringSubmatch(line); m != nil {
			cur = m[2]
			doc[cur] = nil
			continue
		}
		if strings.HasPrefix(line, "## ") {
			cur = ""
		}
		if m := docColumn.FindStringSubmatch(line); m != nil && cur != "" {
			doc[cur] = append(doc[cur], m[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}

	db := openDB(t)
	rows, err := db.Query(t.Context(), `
		SELECT c.table_name, c.column_name FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	var table, column string
	if _, err := pgx.ForEachRow(rows, []any{&table, &column}, func() error {
		got[table] = append(got[table], column)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for table, columns := range got {
		want, ok := doc[table]
		if !ok {
			t.Errorf("%s is not documented in docs/schema.md", table)
			continue
		}
		for _, c := range columns {
			if !slices.Contains(want, c) && !slices.Contains(postgresOnly[table], c) {
				t.Errorf("%s.%s is not documented in docs/schema.md", table, c)
			}
		}
		for _, c := range want {
			if !slices.Contains(columns, c) {
				t.Errorf("docs/schema.md documents %s.%s, which PostgreSQL has not", table, c)
			}
		}
	}
	for name := range doc {
		if _, ok := got[name]; !ok && sqliteOnly[name] == "" {
			t.Errorf("docs/schema.md documents %s, which PostgreSQL has not", name)
		}
	}
}
