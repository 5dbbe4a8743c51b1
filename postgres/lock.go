package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts"
)

// crawlLock is the key of the advisory lock a crawl holds on its database.
const crawlLock = 7_151_500_002

// LockedError says that another crawl holds a database's crawl lock, and
// which: the server's process ID of its connection, and where from.
type LockedError struct {
	Holder string
}

// Error says that another crawl runs, and which.
func (e *LockedError) Error() string {
	msg := "another crawl is running on this database (advisory lock"
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
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("crawl lock: %w", err)
	}
	deadline := time.Now().Add(wait)
	for {
		var ok bool
		if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, int64(crawlLock)).Scan(&ok); err != nil {
			conn.Release()
			if ctx.Err() != nil {
				return nil, context.Cause(ctx)
			}
			return nil, fmt.Errorf("crawl lock: %w", err)
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
				int64(crawlLock)).Scan(&holder)
			conn.Release()
			return nil, &LockedError{Holder: holder}
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
		err := conn.QueryRow(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(crawlLock)).Scan(&ok)
		if err == nil && !ok {
			err = errors.New("not held")
		}
		if err != nil {
			return fmt.Errorf("crawl unlock: %w", err)
		}
		return nil
	}, nil
}
