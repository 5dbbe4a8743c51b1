package sqlite

import (
	"path/filepath"
	"testing"
)

// TestWriterTempStoreMemory: the writer's connection keeps its statement
// journals in memory (temp_store = MEMORY, 2), on a new database and on
// one opened again, whose migrations ran with FILE: otherwise each
// article's upsert copies the pages it changes to a temporary file, twice
// the WAL's bytes (writerConnector).
func TestWriterTempStoreMemory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	for _, run := range []string{"new", "reopened"} {
		db, err := Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		var mode int
		if err := db.write.QueryRowContext(t.Context(), `PRAGMA temp_store`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if mode != 2 {
			t.Errorf("%s database: writer's temp_store = %d, want 2 (MEMORY)", run, mode)
		}
	}
}
