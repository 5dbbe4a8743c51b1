package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// statusStores are the stores crawl -status reads: a SQLite file and a
// PostgreSQL database (skipped without PostgreSQL, except in CI). open
// returns a new, empty database's -db value and a function that extracts
// its pages.
var statusStores = []struct {
	name string
	open func(t *testing.T) (db string, extract func(t *testing.T))
}{
	{"sqlite", func(t *testing.T) (string, func(*testing.T)) {
		path := filepath.Join(t.TempDir(), "news.db")
		return path, func(t *testing.T) {
			db, err := sqlite.Open(t.Context(), path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			extractAll(t, db)
		}
	}},
	{"postgres", func(t *testing.T) (string, func(*testing.T)) {
		url := pgtest.NewDB(t)
		return url, func(t *testing.T) {
			db, err := postgres.Open(t.Context(), url)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			extractAll(t, db)
		}
	}},
}

func extractAll(t *testing.T, db pipeline.Store) {
	t.Helper()
	if _, err := pipeline.Extract(context.Background(), db, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
}

// clock matches what crawl -status prints that depends on when the test
// ran: start times, durations, days.
var clock = regexp.MustCompile(`\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d)?|\b\d+(ms|s|m\d+s)\b`)

// TestStatus crawls the same site into each store, extracts it, and
// prints crawl -status: the queue, the runs, the failures and the
// outlets' health, the same on both stores but for the times.
func TestStatus(t *testing.T) {
	srv := site(true)
	defer srv.Close()
	out := map[string]string{}
	for _, store := range statusStores {
		t.Run(store.name, func(t *testing.T) {
			db, extract := store.open(t)
			var stdout, stderr bytes.Buffer
			run(t.Context(), []string{"-db", db, "-delay", "0", "-retries", "0", srv.URL + "/"}, &stdout, &stderr)
			// Extracted, so that the status shows the outlet's health too.
			extract(t)
			stdout.Reset()
			if err := run(t.Context(), []string{"-db", db, "-status"}, &stdout, &stderr); err != nil {
				t.Fatalf("crawl -status: %v\n%s", err, stderr.String())
			}
			for _, want := range []string{"Queue: 1 URLs, 1 of them failed in an earlier run", "Last runs:", "partial",
				"Failures of run 1", "404", "410", "503", "/news/busy.html",
				"Outlet health", "127.0.0.1"} {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("crawl -status does not say %q:\n%s", want, stdout.String())
				}
			}
			t.Logf("crawl -status:\n%s", stdout.String())
			out[store.name] = clock.ReplaceAllString(stdout.String(), "T")
		})
	}
	if len(out) == 2 && out["sqlite"] != out["postgres"] {
		t.Errorf("crawl -status differs between the stores:\nsqlite:\n%s\npostgres:\n%s", out["sqlite"], out["postgres"])
	}
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), []string{"-db", filepath.Join(t.TempDir(), "none.db"), "-status"}, &stdout, &stderr); err == nil {
		t.Error("crawl -status of a missing database: no error")
	}
}
