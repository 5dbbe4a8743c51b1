package main

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// TestPrintPage: -page prints a stored page's body as received, though the
// store keeps it compressed; an unknown ID is an error.
func TestPrintPage(t *testing.T) {
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	id := fixture.SeedPageID(t, db)
	var want []byte
	for _, d := range fixture.Docs(t) {
		if d.Article != nil && d.Article.URL == fixture.SeedURL {
			want = d.Page.Body
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(t.Context(), []string{"-db", db.Path, "-page", strconv.FormatInt(id, 10)}, nil, &stdout, &stderr); err != nil {
		t.Fatalf("-page %d: %v\n%s", id, err, stderr.String())
	}
	if len(want) == 0 || !bytes.Equal(stdout.Bytes(), want) {
		t.Errorf("-page %d printed %d bytes, want the %d bytes of the seed page", id, stdout.Len(), len(want))
	}
	err := run(t.Context(), []string{"-db", db.Path, "-page", "99999"}, nil, &stdout, &stderr)
	if !errors.Is(err, newsfacts.ErrNotFound) {
		t.Errorf("-page 99999 = %v, want ErrNotFound", err)
	}
}

// TestExtractLocked: a second extract of one database exits 4 while the
// first holds the extract lock, as a second crawl does.
func TestExtractLocked(t *testing.T) {
	db := fixture.OpenDB(t)
	lock, err := sqlite.LockExtract(t.Context(), db.Path, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	var stdout, stderr bytes.Buffer
	err = run(t.Context(), []string{"-db", db.Path}, nil, &stdout, &stderr)
	if cli.Code(err) != cli.ExitLocked || !strings.Contains(err.Error(), "another extract is running") {
		t.Errorf("extract while locked = %v, want exit %d saying another extract is running", err, cli.ExitLocked)
	}
}
