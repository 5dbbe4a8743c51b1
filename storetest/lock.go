package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
)

// testLocks: one crawl and one extraction of a database at a time; a
// second of either is refused with ErrLocked while the first holds its
// lock, and gets it once released. The two locks are independent.
func testLocks[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	for _, l := range []struct {
		name string
		lock func(ctx context.Context, wait time.Duration) (func() error, error)
	}{
		{"crawl", db.Store.LockCrawl},
		{"extract", db.Store.LockExtract},
	} {
		release, err := l.lock(ctx, 0)
		if err != nil {
			t.Fatalf("%s lock: %v", l.name, err)
		}
		if _, err := l.lock(ctx, 50*time.Millisecond); !errors.Is(err, newsfacts.ErrLocked) {
			t.Errorf("second %s lock = %v, want ErrLocked", l.name, err)
		}
		if err := release(); err != nil {
			t.Errorf("%s unlock: %v", l.name, err)
		}
		again, err := l.lock(ctx, 0)
		if err != nil {
			t.Fatalf("%s lock after release: %v", l.name, err)
		}
		defer again()
	}
}
