package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts"
)

// The keys of the advisory locks: a crawl's on its database, and the one
// under which an extraction links its money facts to claims (claim.go).
const (
	crawlLock  = 7_151_500_002
	claimsLock = 7_151_500_004
)

// LockedError says that another crawl holds a database's crawl lock, and
// which: the server's process ID of its connection, and where from.
type LockedError struct {
	Holder  string
	Command string // "extract" for the extract lock; "" is the crawl lock
}

// Error says that another crawl (or extract) runs, and which.
func (e *LockedError) Error() string {
	cmd := e.Command
	if cmd == "" {
		cmd = "crawl"
	}
	msg := "another " + cmd + " is running on this database (advisory lock"
	if e.Holder != "" {
		msg += " held by " + e.Holder
	}
	return msg + ")"
}

// Unwrap returns newsfacts.ErrLocked.
func (e *LockedError) Unwrap() error { return newsfacts.ErrLocked }

// lockPoll is how often LockCrawl tries again while it waits.
const lockPoll = 200 * time.Millisecond

// LockCrawl takes the database's crawl lock, a session advisory lock held
// by a connection of its own, so that two crawls never work on one
// database at once, as with SQLite: the frontier does not share per-host
// politeness between processes yet. The lock dies with its connection, so
// a crashed crawl never blocks the next. LockCrawl waits up to wait for it
// (0: not at all) and returns a *LockedError, which wraps
// newsfacts.ErrLocked, if it is still held, or ctx's cause if ctx ends
// first. release unlocks it and gives the connection back.
func (db *DB) LockCrawl(ctx context.Context, wait time.Duration) (release func() error, err error) {
	return db.lock(ctx, crawlLock, "", wait)
}

// lock takes the advisory lock key for command (see LockedError).
func (db *DB) lock(ctx context.Context, key int64, command string, wait time.Duration) (release func() error, err error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s lock: %w", cmp.Or(command, "crawl"), err)
	}
	deadline := time.Now().Add(wait)
	for {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
			conn.Release()
			if ctx.Err() != nil {
				return nil, context.Cause(ctx)
			}
			return nil, fmt.Errorf("%s lock: %w", cmp.Or(command, "crawl"), err)
		}
		if ok {
			break
		}
		if !time.Now().Before(deadline) {
			var holder string
			conn.QueryRow(ctx, `
				SELECT format('pid %s from %s since %s', a.pid, coalesce(host(a.client_addr), 'local'), a.backend_start)
				FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
				WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ($1::bigint & 4294967295)::oid LIMIT 1`,
				key).Scan(&holder)
			conn.Release()
			return nil, &LockedError{Holder: holder, Command: command}
		}
		select {
		case <-ctx.Done():
			conn.Release()
			return nil, context.Cause(ctx)
		case <-time.After(lockPoll):
		}
	}
	return func() error {
		defer conn.Release()
		var ok bool
		err := conn.QueryRow(context.Background(), `SELECT pg_advisory_unlock($1)`, key).Scan(&ok)
		if err == nil && !ok {
			err = errors.New("not held")
		}
		if err != nil {
			return fmt.Errorf("%s unlock: %w", cmp.Or(command, "crawl"), err)
		}
		return nil
	}, nil
}
