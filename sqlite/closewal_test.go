package sqlite_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/sqlite"
)

// TestCloseLeavesEmptyWAL checks what a reader finds between runs: the
// database closed without the checkpoint on close that locked readers
// out, its WAL kept beside it and empty, its data in the database file.
func TestCloseLeavesEmptyWAL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "news.db")
	db, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	p := &newsfacts.Page{URL: "https://a.kr/1", RequestedURL: "https://a.kr/1", FinalURL: "https://a.kr/1", Status: 200, Body: []byte("<html>기사</html>")}
	if _, err := db.InsertPage(t.Context(), p); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path + "-wal")
	if err != nil || fi.Size() != 0 {
		t.Errorf("WAL after close: %v, %v; want an empty file", fi, err)
	}
	if _, err := os.Stat(path + "-shm"); err != nil {
		t.Errorf("WAL index after close: %v; want it kept", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"news.db", "news.db-shm", "news.db-wal"}; !slices.Equal(names, want) {
		t.Errorf("files beside the database: %v, want %v (no temporary file left from its creation)", names, want)
	}
	ro, err := sqlite.OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	var n int
	if err := ro.QueryRowContext(t.Context(), `SELECT count(*) FROM pages`).Scan(&n); err != nil || n != 1 {
		t.Errorf("pages after close = %d, %v; want 1", n, err)
	}
}
