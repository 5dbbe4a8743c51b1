package postgres_test

import (
	"bytes"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// TestExport: every table exported from PostgreSQL, in every format, is
// the same, byte for byte, as the export from SQLite of a database of the
// same rows, through the same code (sqlite.Export over database/sql).
func TestExport(t *testing.T) {
	ctx := t.Context()
	pg := openDB(t)
	fixture.Build(t, pg, fixture.Version)
	lite := fixture.OpenDB(t)
	fixture.Build(t, lite, fixture.Version)
	ro, err := sqlite.OpenReadOnly(ctx, lite.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	// Each store stamped its articles with its own clock when it saved
	// them, maybe a second apart: the rows are the same but for that.
	rows, err := ro.QueryContext(ctx, `SELECT url, extracted_at FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var u, at string
		if err := rows.Scan(&u, &at); err != nil {
			t.Fatal(err)
		}
		if err := pg.Exec(ctx, `UPDATE articles SET extracted_at = $1 WHERE url = $2`, at, u); err != nil {
			t.Fatal(err)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	q := pg.SQL()
	defer q.Close()
	for _, c := range []struct{ table, format string }{
		{sqlite.Money, sqlite.CSV}, {sqlite.Money, sqlite.JSONL},
		{sqlite.Facts, sqlite.CSV}, {sqlite.Facts, sqlite.JSONL}, {sqlite.Facts, sqlite.Parquet},
		{sqlite.Articles, sqlite.CSV}, {sqlite.Articles, sqlite.JSONL}, {sqlite.Articles, sqlite.Parquet},
	} {
		var want, got bytes.Buffer
		if err := sqlite.Export(ctx, ro, &want, c.table, c.format); err != nil {
			t.Fatalf("%s %s from SQLite: %v", c.table, c.format, err)
		}
		if err := sqlite.Export(ctx, q, &got, c.table, c.format); err != nil {
			t.Errorf("%s %s from PostgreSQL: %v", c.table, c.format, err)
			continue
		}
		if want.Len() == 0 || !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s %s from PostgreSQL: %d bytes, not the %d of SQLite's\n%s", c.table, c.format, got.Len(), want.Len(),
				firstLineDiff(got.Bytes(), want.Bytes()))
		}
	}
}

// firstLineDiff returns the first line where got and want differ.
func firstLineDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range min(len(g), len(w)) {
		if !bytes.Equal(g[i], w[i]) {
			return "got  " + string(g[i]) + "\nwant " + string(w[i])
		}
	}
	return ""
}
