package sqlite

import (
	"context"
	"fmt"
	"sync"
)

// chartCache keeps the web view's chart series, which read every fact of
// the selection (a third of a second on 100,000 facts), until the database
// changes: PRAGMA data_version on a connection of its own tells when
// another connection (extract) has committed.
type chartCache struct {
	mu      sync.Mutex
	version int64
	entries map[string]any
}

// maxCharts bounds the cache; when full, it starts afresh.
const maxCharts = 256

// cached returns the value stored under key while the database is
// unchanged, else computes, stores and returns it.
func (s *WebStore) cached(ctx context.Context, key string, compute func() (any, error)) (any, error) {
	v, err := s.dataVersion(ctx)
	if err != nil {
		return nil, err
	}
	c := &s.cache
	c.mu.Lock()
	if c.version != v || c.entries == nil || len(c.entries) >= maxCharts {
		c.version, c.entries = v, map[string]any{}
	}
	val, ok := c.entries[key]
	c.mu.Unlock()
	if ok {
		return val, nil
	}
	val, err = compute()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.version == v {
		c.entries[key] = val
	}
	c.mu.Unlock()
	return val, nil
}

// dataVersion reads PRAGMA data_version on the store's own connection,
// opened on first use.
func (s *WebStore) dataVersion(ctx context.Context) (int64, error) {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	if s.conn == nil {
		conn, err := s.q.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("data version: %w", err)
		}
		s.conn = conn
	}
	var v int64
	if err := s.conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("data version: %w", err)
	}
	return v, nil
}

// Close releases the connection the store keeps for its cache; the
// database handle it was given stays open.
func (s *WebStore) Close() error {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	if s.conn == nil {
		return nil
	}
	err := s.conn.Close()
	s.conn = nil
	return err
}
