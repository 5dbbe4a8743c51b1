package sqlite

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gofrs/flock"

	"github.com/newsfacts/newsfacts"
)

// LockedError says who holds the crawl or the extract lock of a database.
type LockedError struct {
	Path    string // the lock file
	Holder  string // what the holder wrote in it: pid and start time
	Command string // "extract" for the extract lock; "" is the crawl lock
}

// Error says that another crawl (or extract) runs, and which.
func (e *LockedError) Error() string {
	cmd := e.Command
	if cmd == "" {
		cmd = "crawl"
	}
	msg := "another " + cmd + " is running on this database (lock " + e.Path
	if e.Holder != "" {
		msg += ": " + e.Holder
	}
	return msg + ")"
}

// Unwrap returns newsfacts.ErrLocked.
func (e *LockedError) Unwrap() error { return newsfacts.ErrLocked }

// Lock is a held crawl lock.
type Lock struct {
	f *flock.Flock
}

// lockPoll is how often LockCrawl tries again while it waits.
const lockPoll = 200 * time.Millisecond

// LockCrawl takes the crawl lock of the database at dbPath: an OS file lock
// (flock) on dbPath + ".crawl.lock", so that two crawls never work on one
// database at once. The lock dies with its process, SIGKILL included, so a
// crashed crawl never blocks the next. LockCrawl waits up to wait for the
// lock (0: not at all) and returns a *LockedError, which wraps newsfacts.ErrLocked,
// if it is still held, or ctx's cause if ctx ends first.
func LockCrawl(ctx context.Context, dbPath string, wait time.Duration) (*Lock, error) {
	return lockFile(ctx, dbPath+".crawl.lock", "", wait)
}

// LockExtract takes the extract lock of the database at dbPath, as
// LockCrawl takes the crawl lock, on dbPath + ".extract.lock": two
// extractions of one database would both do all the work.
func LockExtract(ctx context.Context, dbPath string, wait time.Duration) (*Lock, error) {
	return lockFile(ctx, dbPath+".extract.lock", "extract", wait)
}

// lockFile takes the flock on path for command (see LockedError).
func lockFile(ctx context.Context, path, command string, wait time.Duration) (*Lock, error) {
	f := flock.New(path, flock.SetFlag(os.O_CREATE|os.O_RDWR))
	ok, err := f.TryLock()
	if err == nil && !ok && wait > 0 {
		wctx, cancel := context.WithTimeout(ctx, wait)
		ok, err = f.TryLockContext(wctx, lockPoll)
		cancel()
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !ok {
		return nil, &LockedError{Path: path, Holder: lockHolder(ctx, path), Command: command}
	}
	// Say who holds it, for the message another crawl prints. The text is
	// written over the old one, then the file cut to its length, so a
	// reader never finds the file empty once a holder has written it.
	info := fmt.Sprintf("pid %d since %s\n", os.Getpid(), time.Now().Format(time.RFC3339))
	if fh, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		if _, err := fh.WriteAt([]byte(info), 0); err == nil {
			fh.Truncate(int64(len(info)))
		}
		fh.Close()
	}
	return &Lock{f: f}, nil
}

// holderWait bounds how long lockHolder waits for a holder that has just
// taken the lock to write who it is.
const holderWait = time.Second

// lockHolder reads who holds the lock at path, waiting up to holderWait
// for a new holder, whose file is empty until it writes, to write its name.
func lockHolder(ctx context.Context, path string) string {
	deadline := time.Now().Add(holderWait)
	for {
		b, _ := os.ReadFile(path)
		if h := strings.TrimSpace(string(b)); h != "" || time.Now().After(deadline) || ctx.Err() != nil {
			return h
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// LockCrawl takes the crawl lock of db's file, as the function LockCrawl
// does, and returns the function that releases it.
func (db *DB) LockCrawl(ctx context.Context, wait time.Duration) (release func() error, err error) {
	l, err := LockCrawl(ctx, db.Path, wait)
	if err != nil {
		return nil, err
	}
	return l.Unlock, nil
}

// Unlock releases the lock.
func (l *Lock) Unlock() error {
	if err := l.f.Unlock(); err != nil {
		return fmt.Errorf("unlock %s: %w", l.f.Path(), err)
	}
	return nil
}
