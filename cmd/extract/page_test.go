package main

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/fixture"
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
