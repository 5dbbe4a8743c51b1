package main

import (
	"bytes"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

func TestExport(t *testing.T) {
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	out := filepath.Join(t.TempDir(), "money.csv")
	missing := filepath.Join(t.TempDir(), "typo.db")
	old := filepath.Join(t.TempDir(), "old.db")
	oldDB, err := sql.Open("sqlite3", old)
	if err == nil {
		_, err = oldDB.Exec(`CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT;
			INSERT INTO migrations VALUES ('migration/0001_pipeline.sql', '2025-01-01T00:00:00Z')`)
		oldDB.Close()
	}
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name     string
		args     []string
		wantCode int
		check    func(t *testing.T, stdout string)
	}{
		{"csv to a file", []string{"-db", db.Path, "-export", "csv", "-o", out}, cli.ExitOK, func(t *testing.T, stdout string) {
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			if len(lines) != 16 || !strings.HasPrefix(lines[0], "fact_id,article_id,") {
				t.Errorf("%s has %d lines, starting %q; want a header and 15 rows", out, len(lines), lines[0])
			}
			if !strings.Contains(string(b), ",1800000000000,KRW,18000,1.8,") {
				t.Errorf("%s lacks the exact 1조 8천억 원 row:\n%s", out, b)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing with -o", stdout)
			}
		}},
		{"jsonl to stdout", []string{"-export", "jsonl", "-db", db.Path}, cli.ExitOK, func(t *testing.T, stdout string) {
			if n := strings.Count(stdout, "\n"); n != 15 || !strings.Contains(stdout, `"amount":2.75,"currency":"USD"`) {
				t.Errorf("stdout has %d lines:\n%s", n, stdout)
			}
		}},
		{"unknown format", []string{"-db", db.Path, "-export", "xlsx"}, cli.ExitUsage, nil},
		{"no database", []string{"-export", "csv"}, cli.ExitUsage, nil},
		{"-o without -export", []string{"-db", db.Path, "-o", out}, cli.ExitUsage, nil},
		{"-o is the database", []string{"-db", db.Path, "-export", "csv", "-o", db.Path}, cli.ExitUsage, nil},
		{"-o is its WAL", []string{"-db", db.Path, "-export", "csv", "-o", db.Path + "-wal"}, cli.ExitUsage, nil},
		{"no such database", []string{"-db", missing, "-export", "csv"}, cli.ExitFatal, func(t *testing.T, stdout string) {
			if _, err := os.Stat(missing); err == nil {
				t.Errorf("export created %s", missing)
			}
		}},
		{"a database of an older schema", []string{"-db", old, "-export", "csv"}, cli.ExitFatal, nil},
		{"the file's mode", []string{"-db", db.Path, "-export", "jsonl", "-o", out}, cli.ExitOK, func(t *testing.T, stdout string) {
			if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o644 {
				t.Errorf("%s: %v, %v; want mode 0644", out, fi.Mode(), err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(t.Context(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if code := cli.Code(err); code != tt.wantCode {
				t.Fatalf("run(%q) = %v (exit %d), want exit %d", tt.args, err, code, tt.wantCode)
			}
			if tt.check != nil {
				tt.check(t, stdout.String())
			}
		})
	}
}
