package postgres

import (
	"context"
	"fmt"
	"net/http/cookiejar"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
)

// frontierLease is how long a taken queue row stays a worker's before
// another may take it: longer than a fetch with its retries takes.
const frontierLease = 5 * time.Minute

// Frontier is one crawl run's view of what the crawler remembers between
// runs: the queue of URLs to fetch (crawl_queue) and colly's visited set
// (crawl_visited), as sqlite.Frontier, with the same rule for "visited".
// A row Take hands out is leased to the run until Lease has passed; a
// run's late write to a row another run has taken since is fenced off by
// the row's attempt number (newsfacts.QueueItem.Attempt).
type Frontier struct {
	db       *DB
	ctx      context.Context // for colly's storage methods, which take none
	runID    int64
	cutoff   string // UTC timestamp; done before it means due again; "" never
	MaxTries int    // runs an item may fail before it is dropped
	Lease    time.Duration
	jar      *cookiejar.Jar

	// claims and checked are as in sqlite.Frontier: the keys claimed by
	// fetches in flight, and what Take read of the items it handed out.
	mu      sync.Mutex
	claims  map[uint64]bool
	checked map[uint64]bool
}

// Frontier returns the frontier of run runID. URLs fetched before
// revisitBefore are fetched again when found again; the zero time means
// never. ctx bounds the colly storage calls, which take none.
func (db *DB) Frontier(ctx context.Context, runID int64, revisitBefore time.Time) *Frontier {
	f := &Frontier{db: db, ctx: ctx, runID: runID, MaxTries: 3, Lease: frontierLease,
		claims: make(map[uint64]bool), checked: make(map[uint64]bool)}
	if !revisitBefore.IsZero() {
		f.cutoff = utcStamp(revisitBefore)
	}
	return f
}

// Close gives back the rows the run took and did not complete, so that
// another run may take them at once instead of when their lease runs out.
func (f *Frontier) Close() error {
	_, err := f.db.pool.Exec(context.WithoutCancel(f.ctx),
		`UPDATE crawl_queue SET lease_until = NULL WHERE run_id = $1 AND lease_until IS NOT NULL`, f.runID)
	if err != nil {
		return fmt.Errorf("release queue leases: %w", err)
	}
	return nil
}

// utcStamp formats t for crawl_visited.done_at: in UTC and with a fixed
// number of digits, so that the text sorts in time order.
func utcStamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z07:00") }

// key converts colly's unsigned hash to the signed integer stored.
func key(k uint64) int64 { return int64(k) }

// The statements the frontier runs for every page and link.
const (
	qClaim = `INSERT INTO crawl_visited (key, run_id) VALUES ($1, $2)
		ON CONFLICT (key) DO UPDATE SET run_id = excluded.run_id`
	qDone = `INSERT INTO crawl_visited (key, run_id, done_at, revisit, etag, last_modified) VALUES ($1, $2, $3, $4, $5, $6)
		ON CONFLICT (key) DO UPDATE SET run_id = excluded.run_id, done_at = excluded.done_at,
		       revisit = excluded.revisit, etag = excluded.etag, last_modified = excluded.last_modified`
	qAlsoDone = `INSERT INTO crawl_visited (key, run_id, done_at, revisit) VALUES ($1, $2, $3, $4)
		ON CONFLICT (key) DO UPDATE SET run_id = excluded.run_id, done_at = excluded.done_at,
		       revisit = greatest(crawl_visited.revisit, excluded.revisit)`
	// The fenced dispositions of a queue row: each changes the row only
	// if no other run took it since (attempt).
	qKeep    = `UPDATE crawl_queue SET lease_until = NULL WHERE id = $1 AND attempt = $2`
	qTried   = `UPDATE crawl_queue SET tries = tries + 1, lease_until = NULL WHERE id = $1 AND attempt = $2`
	qUnqueue = `DELETE FROM crawl_queue WHERE id = $1 AND attempt = $2`
)

// maxTxTries bounds how often a transaction is run again after a deadlock.
const maxTxTries = 5

// Complete records o in one transaction; see CompleteAll.
func (f *Frontier) Complete(ctx context.Context, o newsfacts.Outcome) (newsfacts.Completion, error) {
	cs, err := f.CompleteAll(ctx, []newsfacts.Outcome{o})
	if err != nil {
		return newsfacts.Completion{}, err
	}
	return cs[0], nil
}

// CompleteAll records the outcomes in one transaction: for each, the page,
// the URLs found, the visit, the failure and the queue row, so that a
// crash leaves either all of it or none. An outcome whose queue row
// another run has taken since is not recorded (Completion.Fenced). It runs
// even when ctx is cancelled: the work it records is done.
func (f *Frontier) CompleteAll(ctx context.Context, outcomes []newsfacts.Outcome) ([]newsfacts.Completion, error) {
	ctx = context.WithoutCancel(ctx)
	var (
		cs  []newsfacts.Completion
		err error
	)
	for range maxTxTries {
		if cs, err = f.completeAll(ctx, outcomes); !retryable(err) {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	for _, o := range outcomes {
		delete(f.claims, o.Item.Key)
		delete(f.checked, o.Item.Key) // taken, never claimed: robots.txt said no
		for _, k := range o.AlsoDone {
			if _, ok := f.checked[k]; ok {
				f.checked[k] = true // taken, and fetched since under another URL
			}
		}
	}
	f.mu.Unlock()
	return cs, nil
}

func (f *Frontier) completeAll(ctx context.Context, outcomes []newsfacts.Outcome) ([]newsfacts.Completion, error) {
	tx, err := f.db.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("record fetches: %w", err)
	}
	defer tx.Rollback(ctx)
	cs := make([]newsfacts.Completion, len(outcomes))
	for i, o := range outcomes {
		if cs[i], err = f.complete(ctx, tx, o); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("record fetches: %w", err)
	}
	return cs, nil
}

func (f *Frontier) complete(ctx context.Context, tx pgx.Tx, o newsfacts.Outcome) (newsfacts.Completion, error) {
	var c newsfacts.Completion
	// The queue row first: if another run has taken it since, nothing
	// of this outcome is written.
	ok, gaveUp, err := f.dispose(ctx, tx, o.Item, o.Queue)
	if err != nil {
		return c, fmt.Errorf("record %s: %w", o.Item.URL, err)
	}
	if !ok {
		c.Fenced = true
		return c, nil
	}
	c.GaveUp = gaveUp
	if o.Page != nil {
		if c.Inserted, err = insertPage(ctx, tx, f.db.now, o.Page); err != nil {
			return c, err
		}
	}
	if len(o.Found) > 0 {
		if c.Added, c.Skipped, err = f.add(ctx, tx, o.Found); err != nil {
			return c, err
		}
	}
	if o.Done {
		now := utcStamp(f.db.now())
		_, err = tx.Exec(ctx, qDone, key(o.Item.Key), f.runID, now, revisit(o.Revisit), o.ETag, o.LastModified)
		also := slices.Clone(o.AlsoDone)
		slices.Sort(also) // the same order in every transaction: fewer deadlocks
		for _, k := range also {
			if err == nil && k != o.Item.Key {
				_, err = tx.Exec(ctx, qAlsoDone, key(k), f.runID, now, revisit(o.Revisit))
			}
		}
	} else {
		// The claim, for the rest of this run.
		_, err = tx.Exec(ctx, qClaim, key(o.Item.Key), f.runID)
	}
	if err != nil {
		return c, fmt.Errorf("record %s: %w", o.Item.URL, err)
	}
	if o.Failure != nil {
		if err := insertFailure(ctx, tx, f.db.now, *o.Failure); err != nil {
			return c, err
		}
	}
	return c, nil
}

func revisit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dispose does with it's queue row what d says, if the row is still the
// run's to change: ok is false when another run took it since.
func (f *Frontier) dispose(ctx context.Context, tx pgx.Tx, it newsfacts.QueueItem, d newsfacts.Disposition) (ok, gaveUp bool, err error) {
	if it.ID == 0 {
		return true, false, nil // not from the queue
	}
	var q string
	switch {
	case d == newsfacts.Keep:
		q = qKeep
	case d == newsfacts.Retry && it.Tries+1 < f.MaxTries:
		q = qTried
	default:
		q, gaveUp = qUnqueue, d == newsfacts.Retry
	}
	tag, err := tx.Exec(ctx, q, it.ID, it.Attempt)
	if err != nil {
		return false, false, err
	}
	if tag.RowsAffected() == 0 {
		return false, false, nil
	}
	return true, gaveUp, nil
}
