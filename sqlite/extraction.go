package sqlite

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// extraction is what a DB remembers of the extraction it runs: the pages
// ClaimPages handed out and the extraction has not saved yet. SQLite has
// one writer, so one extraction works on a database at a time (the
// extract lock); the pages it holds need no lease in the database.
//
// It also remembers the pages saved while a claim may still be reading
// from before their commit. A claim reads the pending pages from a
// snapshot taken when its query starts, then leaves out those held: a
// page whose save commits after the snapshot and lets go of it before
// the claim looks (release) would be seen pending and not held, and handed
// out again, extracted and saved twice. This can happen when the claims
// start over from the first page (the feed's second pass, at the end of
// a run) while other workers save, the likelier on a loaded machine,
// where a claim's thread can be stopped half-way (BenchmarkExtractWorkers
// failed one run in 13 under load). So a page saved stays left out by
// the claims going on when it was saved.
type extraction struct {
	mu   sync.Mutex
	held map[int64]bool
	// claims counts the claims begun; saved holds the pages saved since
	// the claim before the last began, with claims at the time of each.
	claims int
	saved  map[int64]int
	// active holds the claims begun and not ended: the pipeline makes
	// one at a time, but the store does not count on it.
	active map[int]bool

	// afterRead, if set, runs in ClaimPages once the query has read its
	// first row (its snapshot taken), before any page is looked up in
	// held: tests save pages there.
	afterRead func()
}

func (x *extraction) hold(ids []int64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.held == nil {
		x.held = make(map[int64]bool)
	}
	for _, id := range ids {
		x.held[id] = true
	}
}

// holds reports whether page id is held, or was saved since claim c
// began: c's snapshot may show it pending.
func (x *extraction) holds(id int64, c int) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	at, saved := x.saved[id]
	return x.held[id] || saved && at >= c
}

// release lets go of page id, saved (committed).
func (x *extraction) release(id int64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.held, id)
	if x.saved == nil {
		x.saved = make(map[int64]int)
	}
	x.saved[id] = x.claims
}

// beginClaim returns the number of a claim about to read: it is called
// before the claim's query.
func (x *extraction) beginClaim() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.claims++
	if x.active == nil {
		x.active = make(map[int]bool)
	}
	x.active[x.claims] = true
	return x.claims
}

// endClaim ends claim c and forgets the pages saved before the oldest
// claim still going on began (before the next one, if none is): their
// commits are in the snapshot of every claim from it on.
func (x *extraction) endClaim(c int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.active, c)
	oldest := x.claims + 1
	for a := range x.active {
		oldest = min(oldest, a)
	}
	for id, at := range x.saved {
		if at < oldest {
			delete(x.saved, id)
		}
	}
}

func (x *extraction) clear() {
	x.mu.Lock()
	defer x.mu.Unlock()
	clear(x.held)
	clear(x.saved)
	clear(x.active)
}

// BeginExtract takes the extract lock of db's file, as the function
// LockExtract does (one writer: a second extraction would do all the work
// again), and returns the function that ends the extraction and releases
// the lock.
func (db *DB) BeginExtract(ctx context.Context, wait time.Duration) (end func() error, err error) {
	l, err := LockExtract(ctx, db.Path, wait)
	if err != nil {
		return nil, err
	}
	db.extraction.clear()
	return func() error {
		db.extraction.clear()
		return l.Unlock()
	}, nil
}

// ClaimPages returns, oldest first, up to n IDs greater than after of the
// pages that the extractor of the given version has not processed (see
// PendingPages), leaving out those it handed out already and that were
// not saved yet. held is always 0: no other extraction works on the
// database while this one holds the extract lock.
func (db *DB) ClaimPages(ctx context.Context, version string, after int64, n int) (ids []int64, held int, err error) {
	claim := db.extraction.beginClaim()
	defer db.extraction.endClaim(claim)
	rows, err := db.read.QueryContext(ctx, `
		SELECT c.page_id FROM page_current c
		LEFT JOIN page_extractions e ON e.page_id = c.page_id
		WHERE (e.version IS NULL OR e.version <> ?) AND c.page_id > ?
		ORDER BY c.page_id`, version, after)
	if err != nil {
		return nil, 0, fmt.Errorf("claim pages: %w", err)
	}
	defer rows.Close()
	for len(ids) < n && rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, 0, fmt.Errorf("claim pages: %w", err)
		}
		if f := db.extraction.afterRead; f != nil {
			db.extraction.afterRead = nil
			f()
		}
		if !db.extraction.holds(id, claim) {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("claim pages: %w", err)
	}
	db.extraction.hold(ids)
	return ids, 0, nil
}
