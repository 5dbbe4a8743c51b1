package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// stmtCache keeps prepared statements for the life of a Frontier: a crawl
// repeats a few short statements for every page and link, and preparing
// one costs more than running it.
type stmtCache struct {
	db *sql.DB
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

func newStmtCache(db *sql.DB) *stmtCache { return &stmtCache{db: db, m: make(map[string]*sql.Stmt)} }

// get returns query prepared, preparing it if need be. It must not be
// called while a transaction holds the pool's only connection (the write
// pool): preparing would wait for that connection forever. Prepare those
// statements first, with prepare.
func (c *stmtCache) get(ctx context.Context, query string) (*sql.Stmt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s, ok := c.m[query]; ok {
		return s, nil
	}
	s, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.m[query] = s
	return s, nil
}

// prepare prepares the queries not prepared yet.
func (c *stmtCache) prepare(ctx context.Context, queries ...string) error {
	for _, q := range queries {
		if _, err := c.get(ctx, q); err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
	}
	return nil
}

// lookup returns query if it is prepared.
func (c *stmtCache) lookup(query string) (*sql.Stmt, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[query]
	return s, ok
}

// close closes the statements.
func (c *stmtCache) close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var errs []error
	for q, s := range c.m {
		errs = append(errs, s.Close())
		delete(c.m, q)
	}
	return errors.Join(errs...)
}

// quick returns ctx without its cancellation, for short statements in a
// transaction begun with ctx. mattn/go-sqlite3 runs a statement whose
// context can be cancelled in a goroutine of its own, so as to interrupt
// it: that costs more than a short statement (a lookup, a row written).
// The transaction is still rolled back if ctx ends (database/sql).
func quick(ctx context.Context) context.Context { return context.WithoutCancel(ctx) }

// txStmts runs the cache's statements in a transaction.
type txStmts struct {
	tx    *sql.Tx
	cache *stmtCache
	open  map[string]*sql.Stmt // the transaction's handles, by query
}

func (c *stmtCache) in(tx *sql.Tx) *txStmts {
	return &txStmts{tx: tx, cache: c, open: make(map[string]*sql.Stmt)}
}

// stmt returns query's prepared statement for the transaction, or false
// if it was not prepared beforehand. The transaction's handle on it is
// made once and used for every run of the query in the transaction.
func (t *txStmts) stmt(ctx context.Context, query string) (*sql.Stmt, bool) {
	if ts, ok := t.open[query]; ok {
		return ts, true
	}
	s, ok := t.cache.lookup(query)
	if !ok {
		return nil, false
	}
	ts := t.tx.StmtContext(ctx, s) // the same connection: no new prepare
	t.open[query] = ts
	return ts, true
}

// ExecContext runs query with args in the transaction.
func (t *txStmts) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if s, ok := t.stmt(ctx, query); ok {
		return s.ExecContext(ctx, args...)
	}
	return t.tx.ExecContext(ctx, query, args...)
}

// QueryContext runs query with args in the transaction.
func (t *txStmts) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if s, ok := t.stmt(ctx, query); ok {
		return s.QueryContext(ctx, args...)
	}
	return t.tx.QueryContext(ctx, query, args...)
}

// QueryRowContext runs query with args in the transaction.
func (t *txStmts) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if s, ok := t.stmt(ctx, query); ok {
		return s.QueryRowContext(ctx, args...)
	}
	return t.tx.QueryRowContext(ctx, query, args...)
}

// close releases the transaction's handles on the statements, which stay
// prepared in the cache.
func (t *txStmts) close() {
	for _, s := range t.open {
		s.Close()
	}
}
