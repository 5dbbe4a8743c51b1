package sqlite_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/sqlite"
)

func TestLockCrawl(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	ctx := t.Context()
	first, err := sqlite.LockCrawl(ctx, path, 0)
	if err != nil {
		t.Fatal(err)
	}
	// flock locks belong to open files, so a second open file in the same
	// process conflicts like another process would.
	_, err = sqlite.LockCrawl(ctx, path, 0)
	var le *sqlite.LockedError
	if !errors.Is(err, newsfacts.ErrLocked) || !errors.As(err, &le) || !strings.Contains(le.Holder, "pid ") {
		t.Fatalf("second LockCrawl error = %v, want a LockedError naming the holder", err)
	}

	start := time.Now()
	_, err = sqlite.LockCrawl(ctx, path, 300*time.Millisecond)
	if !errors.Is(err, newsfacts.ErrLocked) || time.Since(start) < 300*time.Millisecond {
		t.Errorf("LockCrawl with wait = %v after %s, want ErrLocked after the wait", err, time.Since(start))
	}

	// A waiting crawl gets the lock once it is released.
	go func() {
		time.Sleep(100 * time.Millisecond)
		first.Unlock()
	}()
	second, err := sqlite.LockCrawl(ctx, path, 5*time.Second)
	if err != nil {
		t.Fatalf("LockCrawl while the holder lets go = %v", err)
	}
	if err := second.Unlock(); err != nil {
		t.Error(err)
	}
}
