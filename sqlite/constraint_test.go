package sqlite_test

import (
	"database/sql"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestFactConstraints writes facts that break the schema's promises straight
// into the table, as another tool might, and checks that SQLite refuses
// each one.
func TestFactConstraints(t *testing.T) {
	db := fixture.OpenDB(t)
	ids := fixture.Build(t, db, fixture.Version)
	raw, err := sql.Open("sqlite3", "file:"+db.Path+"?_foreign_keys=on&_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	const insert = `INSERT INTO facts (article_id, seq, kind, text, value, currency, min, max, qualifiers, char_start, char_end, sentence)
		VALUES (?, 100, ?, 'x', ?, ?, ?, ?, ?, ?, ?, 's')`
	article := ids[fixture.SeedURL]
	tests := []struct {
		name    string
		args    []any // article_id, kind, value, currency, min, max, qualifiers, char_start, char_end
		wantErr string
	}{
		{"valid", []any{article, "money", 5, "KRW", nil, nil, "[]", 0, 1}, ""},
		{"unknown kind", []any{article, "date", 5, nil, nil, nil, "[]", 0, 1}, "CHECK"},
		{"money without currency", []any{article, "money", 5, nil, nil, nil, "[]", 0, 1}, "CHECK"},
		{"lowercase currency", []any{article, "money", 5, "krw", nil, nil, "[]", 0, 1}, "three capital letters"},
		{"currency with a digit", []any{article, "money", 5, "K1W", nil, nil, "[]", 0, 1}, "three capital letters"},
		{"min above max", []any{article, "money", nil, "KRW", 500, 300, "[]", 0, 1}, "CHECK"},
		{"value as text", []any{article, "money", "1조", "KRW", nil, nil, "[]", 0, 1}, "CHECK"},
		{"qualifiers not an array", []any{article, "money", 5, "KRW", nil, nil, `{"a":1}`, 0, 1}, "JSON array"},
		{"empty span", []any{article, "money", 5, "KRW", nil, nil, "[]", 3, 3}, "CHECK"},
		{"no such article", []any{9999, "money", 5, "KRW", nil, nil, "[]", 0, 1}, "FOREIGN KEY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx, err := raw.BeginTx(t.Context(), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback() // keep the fixture as it is
			_, err = tx.ExecContext(t.Context(), insert, tt.args...)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("insert: %v, want no error", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("insert: %v, want an error saying %q", err, tt.wantErr)
			}
		})
	}
}
