package sqlite_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"
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

// TestLockHolderJustTaken is the race CI met: a crawl takes the lock and
// has not yet written its pid when a second crawl is refused. The refused
// crawl still names the holder once it writes.
func TestLockHolderJustTaken(t *testing.T) {
	path := filepath.Join(t.TempDir(), "news.db")
	lockPath := path + ".crawl.lock"
	held := flock.New(lockPath, flock.SetFlag(os.O_CREATE|os.O_RDWR))
	if ok, err := held.TryLock(); !ok || err != nil {
		t.Fatalf("TryLock = %v, %v", ok, err)
	}
	defer held.Unlock()
	go func() {
		time.Sleep(100 * time.Millisecond)
		os.WriteFile(lockPath, []byte("pid 42 since now\n"), 0o644)
	}()
	_, err := sqlite.LockCrawl(t.Context(), path, 0)
	var le *sqlite.LockedError
	if !errors.As(err, &le) || le.Holder != "pid 42 since now" {
		t.Fatalf("LockCrawl on a lock just taken = %v, want a LockedError naming pid 42", err)
	}
}
