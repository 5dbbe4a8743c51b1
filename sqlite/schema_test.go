package sqlite_test

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// Lines of docs/schema.md that the schema test reads.
var (
	// docObject is a table or view heading: ### name
	docObject = regexp.MustCompile("^### ([a-z_0-9]+)$")
	// docColumn is a column line: - `name` TYPE — meaning
	docColumn = regexp.MustCompile("^- `([a-z_0-9]+)` ([A-Z]+) — (.+)$")
)

// docCol is one documented column.
type docCol struct{ name, typ string }

// readSchemaDoc returns the columns docs/schema.md documents, by table or
// view, in order. It fails the test on a heading without a paragraph or a
// column line it cannot read.
func readSchemaDoc(t *testing.T) map[string][]docCol {
	t.Helper()
	f, err := os.Open("../docs/schema.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc := make(map[string][]docCol)
	paragraph := make(map[string]bool)
	var cur string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			cur = ""
		case strings.HasPrefix(line, "### "):
			m := docObject.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("docs/schema.md:%d: heading %q is not ### name", n, line)
			}
			cur = m[1]
			if _, dup := doc[cur]; dup {
				t.Errorf("docs/schema.md:%d: %s documented twice", n, cur)
			}
			doc[cur] = nil
		case cur == "":
		case strings.HasPrefix(line, "- "):
			m := docColumn.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("docs/schema.md:%d: column line %q is not - `name` TYPE — meaning", n, line)
				continue
			}
			doc[cur] = append(doc[cur], docCol{m[1], m[2]})
		case strings.TrimSpace(line) != "":
			if len(doc[cur]) > 0 {
				t.Errorf("docs/schema.md:%d: text after the column list of %s", n, cur)
			}
			paragraph[cur] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for name := range doc {
		if !paragraph[name] {
			t.Errorf("docs/schema.md: %s has no paragraph", name)
		}
	}
	return doc
}

// TestSchemaDoc compares docs/schema.md with the tables and views of a
// migrated database, both ways: every table, view and column is documented,
// everything documented exists, and the declared types of table columns
// agree.
func TestSchemaDoc(t *testing.T) {
	doc := readSchemaDoc(t)
	db := fixture.OpenDB(t)
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ctx := t.Context()

	// pragma table_list tells tables, views and virtual tables from FTS5's
	// shadow tables, which are its storage, not part of the interface.
	rows, err := ro.QueryContext(ctx, `
		SELECT name, type, strict FROM pragma_table_list
		WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite_%'
		ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	type object struct {
		name, typ string
		strict    bool
	}
	var objects []object
	for rows.Next() {
		var o object
		if err := rows.Scan(&o.name, &o.typ, &o.strict); err != nil {
			t.Fatal(err)
		}
		objects = append(objects, o)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()

	for _, o := range objects {
		if o.typ == "table" && !o.strict {
			t.Errorf("table %s is not STRICT", o.name)
		}
		want, ok := doc[o.name]
		if !ok {
			t.Errorf("%s %s is not documented in docs/schema.md", o.typ, o.name)
			continue
		}
		delete(doc, o.name)
		// table_xinfo lists generated columns too (hidden 2 and 3); hidden
		// 1 marks a virtual table's own hidden columns (FTS5's rank).
		rows, err := ro.QueryContext(ctx, `SELECT name, type FROM pragma_table_xinfo(?) WHERE hidden <> 1 ORDER BY cid`, o.name)
		if err != nil {
			t.Fatal(err)
		}
		var got []docCol
		for rows.Next() {
			var c docCol
			if err := rows.Scan(&c.name, &c.typ); err != nil {
				t.Fatal(err)
			}
			got = append(got, c)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		for _, c := range got {
			i := slices.IndexFunc(want, func(d docCol) bool { return d.name == c.name })
			switch {
			case i < 0:
				t.Errorf("%s.%s (%s) is not documented in docs/schema.md", o.name, c.name, c.typ)
			// Views and FTS5 columns have no declared type of their own
			// (an ANY column shows as BLOB in a view): not compared.
			case o.typ == "table" && c.typ != want[i].typ:
				t.Errorf("%s.%s is %s, docs/schema.md says %s", o.name, c.name, c.typ, want[i].typ)
			}
		}
		for _, d := range want {
			if !slices.ContainsFunc(got, func(c docCol) bool { return c.name == d.name }) {
				t.Errorf("docs/schema.md documents %s.%s, which does not exist", o.name, d.name)
			}
		}
	}
	for name := range doc {
		t.Errorf("docs/schema.md documents %s, which is no table or view", name)
	}
}
