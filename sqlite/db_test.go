package sqlite_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

func TestOpenBadPaths(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("this is not a database\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		"",
		filepath.Join(dir, "missing", "x.db"),
		dir,
		notDB,
	} {
		db, err := sqlite.Open(t.Context(), path)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q) = nil error, want one", path)
		}
	}
}

func TestOpenTwiceMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	for i := 0; i < 2; i++ {
		db, err := sqlite.Open(t.Context(), path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenPathWithURIChars(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd?name#1%.db")
	db, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at %q: %v", path, err)
	}
}

func TestOpenNewDatabasePageSize(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "touched.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	touched, err := sqlite.Open(t.Context(), empty)
	if err != nil {
		t.Fatal(err)
	}
	defer touched.Close()
	for name, db := range map[string]*sqlite.DB{"new": fixture.OpenDB(t), "empty file": touched} {
		var size int
		var mode string
		if err := db.QueryRow(t.Context(), `SELECT page_size, journal_mode FROM pragma_page_size(), pragma_journal_mode()`).Scan(&size, &mode); err != nil {
			t.Fatal(err)
		}
		if size != 16384 || mode != "wal" {
			t.Errorf("%s database: page_size %d, journal_mode %s; want 16384, wal", name, size, mode)
		}
	}
}
