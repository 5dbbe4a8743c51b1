package main

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/sqlite"
)

func TestRunUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"help", []string{"-help"}, cli.ExitOK, "Exit codes"},
		{"nothing to crawl", []string{"-db", db}, cli.ExitUsage, "no TARGET"},
		{"bad flag", []string{"-db", db, "-parralel", "2", "x"}, cli.ExitUsage, "parralel"},
		{"zero parallel", []string{"-db", db, "-parallel", "0", "x"}, cli.ExitUsage, "-parallel 0: want 1 to 32"},
		{"negative since", []string{"-db", db, "-since", "-1h", "x"}, cli.ExitUsage, "-since"},
		{"anonymous user agent", []string{"-db", db, "-user-agent", "Mozilla/5.0", "x"}, cli.ExitUsage, "names no contact"},
		{"bad log format", []string{"-db", db, "-log-format", "xml", "x"}, cli.ExitUsage, "xml"},
		{"flag after a target", []string{"-db", db, "x", "-parallel", "0"}, cli.ExitUsage, "-parallel 0: want 1 to 32"},
		{"missing sources file", []string{"-db", db, "-sources", filepath.Join(t.TempDir(), "none.toml")}, cli.ExitFatal, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(t.Context(), tt.args, &stdout, &stderr)
			if got := cli.Code(err); got != tt.code {
				t.Errorf("exit code %d (%v), want %d", got, err, tt.code)
			}
			if msg := stderr.String() + errString(err); !strings.Contains(msg, tt.msg) {
				t.Errorf("output %q does not say %q", msg, tt.msg)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestRunSourcesFile(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join("..", "..", "testdata", "site"))))
	defer srv.Close()
	sources := filepath.Join(t.TempDir(), "sources.toml")
	os.WriteFile(sources, []byte(`[[source]]
name = "test"
start = ["`+srv.URL+`/"]
articles = ['/news/\d+\.html$']
`), 0o644)
	db := filepath.Join(t.TempDir(), "news.db")
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), []string{"-db", db, "-delay", "0", "-sources", sources}, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), "3 stored") {
		t.Errorf("summary %q, want 3 articles stored", stdout.String())
	}
	if strings.Contains(stderr.String(), clearLine) {
		t.Error("progress line written to a buffer, not a terminal")
	}
}

func TestRunLockedAndInterrupted(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join("..", "..", "testdata", "site"))))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "news.db")
	lock, err := sqlite.LockCrawl(t.Context(), db, 0)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	err = run(t.Context(), []string{"-db", db, srv.URL + "/"}, &stdout, &stderr)
	if cli.Code(err) != cli.ExitLocked || !strings.Contains(err.Error(), "another crawl is running") {
		t.Errorf("run while locked = %v, want exit %d saying another crawl is running", err, cli.ExitLocked)
	}
	// Waiting for the lock, the run is stopped: exit 5.
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	err = run(ctx, []string{"-db", db, "-wait", "1m", srv.URL + "/"}, &stdout, &stderr)
	if cli.Code(err) != cli.ExitInterrupted || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("run stopped while waiting = %v, want exit %d", err, cli.ExitInterrupted)
	}
	lock.Unlock()
}
