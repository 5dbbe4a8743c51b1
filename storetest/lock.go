package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
)

// testLocks: on a store with one writer, one crawl of a database at a
// time: a second is refused with ErrLocked while the first holds the
// lock, and gets it once released; one extraction at a time, likewise. On
// a shared store, a second crawl and a second extraction begin at once.
// The locks of crawl and extraction are independent.
func testLocks[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	release, err := db.Store.LockCrawl(ctx, 0)
	if err != nil {
		t.Fatalf("crawl lock: %v", err)
	}
	second, err := db.Store.LockCrawl(ctx, 50*time.Millisecond)
	switch {
	case db.Shared && err != nil:
		t.Errorf("second crawl of a shared store: %v, want it begun", err)
	case !db.Shared && !errors.Is(err, newsfacts.ErrLocked):
		t.Errorf("second crawl lock = %v, want ErrLocked", err)
	}
	if err == nil {
		second()
	}
	end, err := db.Store.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatalf("extraction while a crawl holds its lock: %v", err)
	}
	if err := release(); err != nil {
		t.Errorf("crawl unlock: %v", err)
	}
	again, err := db.Store.LockCrawl(ctx, 0)
	if err != nil {
		t.Fatalf("crawl lock after release: %v", err)
	}
	defer again()

	other := db.Reopen(t)
	end2, err := other.BeginExtract(ctx, 50*time.Millisecond)
	switch {
	case db.Shared && err != nil:
		t.Errorf("second extraction of a shared store: %v, want it begun", err)
	case !db.Shared && !errors.Is(err, newsfacts.ErrLocked):
		t.Errorf("second extraction = %v, want ErrLocked", err)
	}
	if err == nil {
		end2()
	}
	if err := end(); err != nil {
		t.Errorf("end extraction: %v", err)
	}
	end, err = other.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatalf("extraction after the first ended: %v", err)
	}
	end()
}
