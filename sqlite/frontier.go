package sqlite

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/visits"
)

// Frontier is one crawl run's view of what the crawler remembers between
// runs: the queue of URLs to fetch (crawl_queue) and colly's visited set
// (crawl_visited). It implements colly's storage.Storage; the crawler
// checks and claims a URL with Claim before each fetch, as colly would, so
// that a run skips what an earlier run fetched. Cookies are kept in memory
// for the run only.
//
// A URL counts as visited when this run has claimed it, or when an earlier
// run finished fetching it, it is not a page to revisit (start page, index
// page, feed, sitemap) and it was fetched at or after the revisit cutoff.
type Frontier struct {
	db       *DB
	ctx      context.Context // for colly's storage methods, which take none
	runID    int64
	cutoff   string // UTC timestamp; done before it means due again; "" never
	MaxTries int    // runs an item may fail before it is dropped

	// Run keeps the fetches in flight, what Take read and the cookies in
	// memory; its methods Init, Visited, Cookies and SetCookies are colly's
	// storage.Storage's.
	visits.Run

	wstmts, rstmts *stmtCache // prepared on the write and the read pools
	prepOnce       sync.Once
	prepErr        error
}

// Frontier returns the frontier of run runID. URLs fetched before
// revisitBefore are fetched again when found again; the zero time means
// never. ctx bounds the colly storage calls, which take no context.
func (db *DB) Frontier(ctx context.Context, runID int64, revisitBefore time.Time) *Frontier {
	f := &Frontier{db: db, ctx: ctx, runID: runID, MaxTries: 3,
		wstmts: newStmtCache(db.write), rstmts: newStmtCache(db.read)}
	if !revisitBefore.IsZero() {
		f.cutoff = utcStamp(revisitBefore)
	}
	return f
}

// Close releases the frontier's prepared statements. The database stays
// open.
func (f *Frontier) Close() error {
	return errors.Join(f.wstmts.close(), f.rstmts.close())
}

// utcStamp formats t for crawl_visited.done_at: in UTC and with a fixed
// number of digits, so that the text sorts in time order, to the
// microsecond (two runs may start within a second).
func utcStamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z07:00") }

// key converts colly's unsigned hash to the signed integer SQLite stores.
func key(k uint64) int64 { return int64(k) }

// The statements the frontier runs for every page and link, prepared once
// (see prepare).
const (
	qVisitStates = `SELECT key, run_id, ` + visitedCond + ` FROM crawl_visited WHERE key IN (SELECT value FROM json_each(?))`
	qClaimDone   = `UPDATE crawl_visited SET run_id = ? WHERE key = ?`
	qRevisit     = `UPDATE crawl_visited SET revisit = 1 WHERE key = ?`
	qQueue       = `INSERT INTO crawl_queue (url, found_url, host, kind, prio, depth, key, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`
	qClaim = `INSERT INTO crawl_visited (key, run_id) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET run_id = excluded.run_id`
	qDone = `INSERT INTO crawl_visited (key, run_id, done_at, revisit, etag, last_modified) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET run_id = excluded.run_id, done_at = excluded.done_at,
		       revisit = excluded.revisit, etag = excluded.etag, last_modified = excluded.last_modified`
	qAlsoDone = `INSERT INTO crawl_visited (key, run_id, done_at, revisit) VALUES (?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET run_id = excluded.run_id, done_at = excluded.done_at,
		       revisit = max(revisit, excluded.revisit)`
	qTried     = `UPDATE crawl_queue SET tries = tries + 1 WHERE id = ?`
	qUnqueue   = `DELETE FROM crawl_queue WHERE id = ?`
	qIsVisited = `SELECT count(*) FROM crawl_visited WHERE key = ? AND ` + visitedCond
	// qTake lists the next items of a host that this run has not taken,
	// with the validators of their last finished fetch and whether they
	// count as visited (visitedCond); qTaken marks the same items taken.
	qTake = `SELECT q.id, q.url, q.found_url, q.host, q.kind, q.depth, q.key, q.tries,
		       CASE WHEN v.done_at IS NULL THEN '' ELSE v.etag END,
		       CASE WHEN v.done_at IS NULL THEN '' ELSE v.last_modified END,
		       coalesce(v.run_id = ?1 OR (v.done_at IS NOT NULL AND v.revisit = 0 AND v.done_at >= ?4), 0)
		FROM crawl_queue q LEFT JOIN crawl_visited v ON v.key = q.key
		WHERE q.host = ?2 AND (q.run_id IS NULL OR q.run_id <> ?1)
		ORDER BY q.prio, q.id LIMIT ?3`
	qTaken = `UPDATE crawl_queue SET run_id = ?1
		WHERE id IN (SELECT id FROM crawl_queue
		             WHERE host = ?2 AND (run_id IS NULL OR run_id <> ?1)
		             ORDER BY prio, id LIMIT ?3)`
)

// prepare prepares the frontier's statements, once, before the first
// transaction: preparing on the write pool inside one would wait forever
// for the connection the transaction holds.
func (f *Frontier) prepare(ctx context.Context) error {
	f.prepOnce.Do(func() {
		f.prepErr = f.wstmts.prepare(ctx, qVisitStates, qClaimDone, qRevisit, qQueue, qClaim, qDone, qAlsoDone,
			qTried, qUnqueue, qTake, qTaken, qInsertPage, qFindPage, qSetCurrent, qResetExtraction, qCurrentFinal, qInsertFailure)
	})
	return f.prepErr
}

// Complete records o in one transaction: the page, the URLs found, the
// visit, the failure and the queue row, so that a crash leaves either all
// of it or none. It runs even when ctx is cancelled: the work it records is
// done.
func (f *Frontier) Complete(ctx context.Context, o newsfacts.Outcome) (newsfacts.Completion, error) {
	cs, err := f.CompleteAll(ctx, []newsfacts.Outcome{o})
	if err != nil {
		return newsfacts.Completion{}, err
	}
	return cs[0], nil
}

// CompleteAll records several outcomes as Complete does, in one
// transaction: a commit costs more than the rows it writes, so a crawl
// fetching many pages at once records them together.
func (f *Frontier) CompleteAll(ctx context.Context, outcomes []newsfacts.Outcome) ([]newsfacts.Completion, error) {
	ctx = context.WithoutCancel(ctx)
	if err := f.prepare(ctx); err != nil {
		return nil, err
	}
	tx, err := f.db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("record fetches: %w", err)
	}
	defer tx.Rollback()
	st := f.wstmts.in(tx)
	defer st.close()
	cs := make([]newsfacts.Completion, len(outcomes))
	for i, o := range outcomes {
		if cs[i], err = f.complete(ctx, st, o); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("record fetches: %w", err)
	}
	f.Done(outcomes)
	return cs, nil
}

func (f *Frontier) complete(ctx context.Context, tx *txStmts, o newsfacts.Outcome) (newsfacts.Completion, error) {
	var (
		c   newsfacts.Completion
		err error
	)
	if o.Page != nil {
		claimed := o.Page.URL
		if c.Inserted, err = insertPage(ctx, tx, f.db.now, o.Page); err != nil {
			return c, err
		}
		if o.Page.URL != claimed {
			c.Unclaimed = claimed
		}
	}
	if len(o.Found) > 0 {
		if c.Added, c.Skipped, err = f.add(ctx, tx, o.Found); err != nil {
			return c, err
		}
	}
	if o.Done {
		err = f.markDone(ctx, tx, o.Item.Key, o.Revisit, o.ETag, o.LastModified)
		for _, k := range o.AlsoDone {
			if err == nil && k != o.Item.Key {
				err = f.markAlsoDone(ctx, tx, k, o.Revisit)
			}
		}
	} else {
		// The claim, for the rest of this run.
		_, err = tx.ExecContext(ctx, qClaim, key(o.Item.Key), f.runID)
	}
	if err != nil {
		return c, fmt.Errorf("record %s: %w", o.Item.URL, err)
	}
	if o.Failure != nil {
		if err := insertFailure(ctx, tx, f.db.now, *o.Failure); err != nil {
			return c, err
		}
	}
	if c.GaveUp, err = f.dispose(ctx, tx, o.Item, o.Queue); err != nil {
		return c, fmt.Errorf("record %s: %w", o.Item.URL, err)
	}
	return c, nil
}

func (f *Frontier) markDone(ctx context.Context, tx *txStmts, k uint64, revisit bool, etag, lastModified string) error {
	_, err := tx.ExecContext(ctx, qDone,
		key(k), f.runID, utcStamp(f.db.now()), revisit, etag, lastModified)
	return err
}

// markAlsoDone marks fetched a URL that another URL's fetch answered for.
// It never turns a page to revisit (a start page reached through a
// redirect) into one that is not.
func (f *Frontier) markAlsoDone(ctx context.Context, tx *txStmts, k uint64, revisit bool) error {
	_, err := tx.ExecContext(ctx, qAlsoDone,
		key(k), f.runID, utcStamp(f.db.now()), revisit)
	return err
}

func (f *Frontier) dispose(ctx context.Context, tx *txStmts, it newsfacts.QueueItem, d newsfacts.Disposition) (gaveUp bool, err error) {
	if it.ID == 0 {
		return false, nil // not from the queue
	}
	switch {
	case d == newsfacts.Keep:
		return false, nil
	case d == newsfacts.Retry && it.Tries+1 < f.MaxTries:
		_, err = tx.ExecContext(ctx, qTried, it.ID)
		return false, err
	default:
		_, err = tx.ExecContext(ctx, qUnqueue, it.ID)
		return d == newsfacts.Retry, err
	}
}
