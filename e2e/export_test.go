package e2e

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExport crawls the test site, extracts it and exports the money view
// with the built commands: the export is CSV with the view's header, the
// database passes its consistency check, and a bad format is a usage error.
func TestExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	site := filepath.Join("..", "testdata", "site")
	if r := runCmd(t, "crawl", "-db", db, site); r.code != 0 {
		t.Fatalf("crawl: exit %d\n%s", r.code, r.stderr)
	}
	if r := runCmd(t, "extract", "-db", db); r.code != 0 {
		t.Fatalf("extract -db: exit %d\n%s", r.code, r.stderr)
	}
	r := runCmd(t, "extract", "-db", db, "-export", "csv")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "fact_id,article_id,published_date_kst,") {
		t.Errorf("extract -export csv: exit %d, stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	if r := runCmd(t, "extract", "-db", db, "-export", "xlsx"); r.code != 2 || !strings.Contains(r.stderr, "want csv, jsonl or parquet") {
		t.Errorf("extract -export xlsx: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if err := openDB(t, db).Check(t.Context()); err != nil {
		t.Error(err)
	}
}
