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
type extraction struct {
	mu   sync.Mutex
	held map[int64]bool
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

func (x *extraction) holds(id int64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.held[id]
}

func (x *extraction) release(id int64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.held, id)
}

func (x *extraction) clear() {
	x.mu.Lock()
	defer x.mu.Unlock()
	clear(x.held)
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
		if !db.extraction.holds(id) {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("claim pages: %w", err)
	}
	db.extraction.hold(ids)
	return ids, 0, nil
}
