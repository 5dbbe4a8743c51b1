package postgres

import (
	"context"
	"fmt"
	"sync"

	"github.com/jackc/pgx/v5"
)

// chartCache keeps the web view's chart series and outlet list, which read
// every fact or article (a tenth of a second and more on 100,000 facts),
// for as long as no transaction that wrote has ended, as the SQLite store's
// keeps them until PRAGMA data_version changes. Each value is computed in a
// read-only REPEATABLE READ transaction and stored with that transaction's
// snapshot (pg_current_snapshot): a later transaction with the same
// snapshot sees the same rows, since any writing transaction that ends
// changes the snapshot (its ID leaves the in-progress list, or moves the
// snapshot's upper bound). The check is exact and costs one round trip;
// but any write on the server, to any table of any database, empties the
// cache, so that during a crawl the charts are computed for each request.
type chartCache struct {
	mu       sync.Mutex
	snapshot string
	entries  map[string]any
}

// maxCharts bounds the cache; when full, it starts afresh.
const maxCharts = 256

// reader runs queries: the pool, or a transaction of it.
type reader interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// cached returns the value stored under key while the database shows the
// same snapshot, else computes it with compute, on a transaction of that
// snapshot, and stores it.
func (s *WebStore) cached(ctx context.Context, key string, compute func(q reader) (any, error)) (any, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	var snap string
	if err := tx.QueryRow(ctx, `SELECT pg_current_snapshot()::text`).Scan(&snap); err != nil {
		return nil, fmt.Errorf("chart: snapshot: %w", err)
	}
	c := &s.cache
	c.mu.Lock()
	if c.snapshot != snap || c.entries == nil || len(c.entries) >= maxCharts {
		c.snapshot, c.entries = snap, map[string]any{}
	}
	val, ok := c.entries[key]
	c.mu.Unlock()
	if ok {
		return val, nil
	}
	val, err = compute(tx)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.snapshot == snap {
		c.entries[key] = val
	}
	c.mu.Unlock()
	return val, nil
}
