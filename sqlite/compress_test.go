package sqlite_test

import (
	"compress/gzip"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/sqlite"

	"github.com/newsfacts/newsfacts/internal/shared"
)

// TestUncompressedRowReadable: a page stored before bodies were
// compressed (body_encoding ”) reads back as it is.
func TestUncompressedRowReadable(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "news.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	p := &newsfacts.Page{URL: "https://a.kr/old", RequestedURL: "https://a.kr/old", FinalURL: "https://a.kr/old", Status: 200, Body: []byte("<p>new</p>")}
	if _, err := db.InsertPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `UPDATE pages SET body = CAST('<p>old</p>' AS BLOB), body_encoding = '' WHERE id = ?`, p.ID); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	got, err := db.Page(ctx, p.ID)
	if err != nil || string(got.Body) != "<p>old</p>" {
		t.Fatalf("Page of an uncompressed row = %v, %v; want <p>old</p>", got, err)
	}
}

// benchmarkPages is the folder of the extraction benchmark's 121 saved
// news pages, gzipped, in the shared folder beside the repository.
var benchmarkPages = shared.Path("benchmarks/article-extraction/html")

// TestCompressedDatabaseSize stores the benchmark's news pages and checks
// that the database file takes at most 30% of their raw HTML size.
func TestCompressedDatabaseSize(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(benchmarkPages, "*.html.gz"))
	if len(files) == 0 {
		shared.Missing(t, benchmarkPages, nil)
	}
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "news.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var rawSize int64
	for _, f := range files {
		body := gunzip(t, f)
		rawSize += int64(len(body))
		u := "https://bench.test/" + strings.TrimSuffix(filepath.Base(f), ".gz")
		if _, err := db.InsertPage(ctx, &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: body}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	var dbSize int64
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			dbSize += fi.Size()
		}
	}
	t.Logf("%d pages: %d bytes of HTML, database %d bytes (%.1f%%)", len(files), rawSize, dbSize, 100*float64(dbSize)/float64(rawSize))
	if dbSize*10 > rawSize*3 {
		t.Errorf("database is %d bytes for %d bytes of HTML: over 30%%", dbSize, rawSize)
	}
}

func gunzip(t *testing.T, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
