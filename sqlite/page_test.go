package sqlite_test

import (
	"errors"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

func TestInsertPageOnce(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	p := &newsfacts.Page{URL: "https://example.kr/a", RequestedURL: "https://example.kr/a?utm_source=x",
		FinalURL: "https://example.kr/a", Status: 200, Body: []byte("<p>one</p>"),
		Headers: map[string]string{"Content-Type": "text/html"}}
	ins, err := db.InsertPage(ctx, p)
	if err != nil || !ins {
		t.Fatalf("first insert = %v, %v; want true, nil", ins, err)
	}
	first := p.ID
	again := &newsfacts.Page{URL: p.URL, RequestedURL: p.URL, FinalURL: p.URL, Status: 200, Body: []byte("<p>one</p>")}
	ins, err = db.InsertPage(ctx, again)
	if err != nil || ins {
		t.Fatalf("same content insert = %v, %v; want false, nil", ins, err)
	}
	if again.ID != first {
		t.Errorf("same content got ID %d, want %d", again.ID, first)
	}
	changed := &newsfacts.Page{URL: p.URL, RequestedURL: p.URL, FinalURL: p.URL, Status: 200, Body: []byte("<p>two</p>")}
	if ins, err = db.InsertPage(ctx, changed); err != nil || !ins {
		t.Fatalf("changed content insert = %v, %v; want true, nil", ins, err)
	}

	pending, err := db.PendingPages(ctx, "v1")
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || pending[0] != changed.ID {
		t.Errorf("PendingPages = %v, want only the newest version [%d]", pending, changed.ID)
	}
	got, err := db.Page(ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Body) != "<p>one</p>" || got.Headers["Content-Type"] != "text/html" || got.RequestedURL != p.RequestedURL {
		t.Errorf("Page(%d) = %+v, want the stored fields back", first, got)
	}
	if _, err := db.Page(ctx, 999); !errors.Is(err, newsfacts.ErrNotFound) {
		t.Errorf("Page(999) error = %v, want ErrNotFound", err)
	}
}

func TestRunAndFailures(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	r := &newsfacts.Run{Targets: []string{"https://example.kr/"}, UserAgent: "test"}
	if err := db.StartRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordFailure(ctx, newsfacts.Failure{RunID: r.ID, URL: "https://example.kr/x", Status: 503, Err: "server error", Attempts: 3}); err != nil {
		t.Fatal(err)
	}
	r.Status, r.Fetched, r.Failed = newsfacts.RunPartial, 4, 1
	if err := db.FinishRun(ctx, r); err != nil {
		t.Fatal(err)
	}
}
