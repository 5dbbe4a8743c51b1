package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sqliteShell returns the path of the sqlite3 shell, which the README's
// reader commands use. It fails the test in CI (CI or NEWSFACTS_CI set),
// where .ci/run installs it, and skips it elsewhere when it is missing.
func sqliteShell(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("sqlite3")
	if err != nil {
		if os.Getenv("CI") != "" || os.Getenv("NEWSFACTS_CI") != "" {
			t.Fatalf("the sqlite3 shell is missing: %v", err)
		}
		t.Skipf("the sqlite3 shell is missing: %v", err)
	}
	return p
}

// shell runs one SQL statement with the sqlite3 shell on the database at
// db and returns its output.
func shell(t *testing.T, db, sql string) string {
	t.Helper()
	out, err := exec.CommandContext(t.Context(), sqliteShell(t), db, sql).CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3 %s %q: %v\n%s", db, sql, err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestNewerSchemaRefused is issue 17's fifth defect: after a rollback of
// the binaries, a database migrated by a newer build was used silently.
// crawl, extract, export and serve refuse it, exit 1, name the database's
// newest migration and their own, and leave the database as it was.
func TestNewerSchemaRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	site := filepath.Join("..", "testdata", "site")
	if r := runCmd(t, "crawl", "-db", db, site); r.code != 0 {
		t.Fatalf("crawl: exit %d\n%s", r.code, r.stderr)
	}
	shell(t, db, `INSERT INTO migrations (name, applied_at) VALUES ('migration/9999_from_a_newer_build.sql', '2030-01-01T00:00:00Z')`)
	before := shell(t, db, `SELECT (SELECT count(*) FROM pages) || ' ' || (SELECT count(*) FROM crawl_runs) || ' ' || (SELECT count(*) FROM page_extractions)`)
	for _, args := range [][]string{
		{"crawl", "-db", db, site},
		{"extract", "-db", db},
		{"extract", "-db", db, "-export", "csv"},
		{"serve", "-db", db, "-addr", "127.0.0.1:0"},
	} {
		r := runCmd(t, args[0], args[1:]...)
		if r.code != 1 || !strings.Contains(r.stderr, "9999_from_a_newer_build.sql") || !strings.Contains(r.stderr, "this build knows migrations up to 0") {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 naming both migrations", strings.Join(args, " "), r.code, r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("%s wrote %q", strings.Join(args, " "), r.stdout)
		}
	}
	if after := shell(t, db, `SELECT (SELECT count(*) FROM pages) || ' ' || (SELECT count(*) FROM crawl_runs) || ' ' || (SELECT count(*) FROM page_extractions)`); after != before {
		t.Errorf("pages, runs, extractions = %s before, %s after: the refused commands changed the database", before, after)
	}
}
