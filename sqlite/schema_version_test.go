package sqlite

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
)

// TestNewerSchemaRefused is issue 17's fifth defect: a database migrated
// by a newer build (after a rollback of the binaries) was used silently.
// Open and CheckSchema refuse it, naming the database's newest migration
// and this build's, and change nothing.
func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	db, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	const future = "migration/9999_from_a_newer_build.sql"
	if _, err := db.write.ExecContext(t.Context(), `INSERT INTO migrations (name, applied_at) VALUES (?, '2030-01-01T00:00:00Z')`, future); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	names, err := migrationNames()
	if err != nil {
		t.Fatal(err)
	}
	newest := filepath.Base(names[len(names)-1])

	check := func(what string, err error) {
		t.Helper()
		var se *newsfacts.NewerSchemaError
		if !errors.Is(err, newsfacts.ErrNewerSchema) || !errors.As(err, &se) {
			t.Fatalf("%s: %v, want ErrNewerSchema", what, err)
		}
		if msg := err.Error(); !strings.Contains(msg, "9999_from_a_newer_build.sql") || !strings.Contains(msg, newest) {
			t.Errorf("%s: %q, want both the database's and this build's newest migration named", what, msg)
		}
	}
	db, err = Open(t.Context(), path)
	if err == nil {
		db.Close()
	}
	check("Open", err)

	ro, err := OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	check("CheckSchema", CheckSchema(t.Context(), ro))
	var n int
	if err := ro.QueryRowContext(t.Context(), `SELECT count(*) FROM migrations`).Scan(&n); err != nil || n != len(names)+1 {
		t.Errorf("migrations rows = %d, %v; want %d, untouched", n, err, len(names)+1)
	}
}
