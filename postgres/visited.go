package postgres

import "fmt"

// Claim checks the visited set for the key k of a URL about to be fetched
// and, if it is not visited, claims it for this run. It reports whether k
// was visited.
func (f *Frontier) Claim(k uint64) (visited bool, err error) {
	if visited, err = f.IsVisited(k); err != nil || visited {
		return visited, err
	}
	return false, f.Visited(k)
}

// IsVisited implements colly's storage.Storage. For an item handed out by
// Take, the answer is the one Take read, or true once another fetch
// answered for it.
func (f *Frontier) IsVisited(requestID uint64) (bool, error) {
	if visited, known := f.Known(requestID); known {
		return visited, nil
	}
	if err := f.prepare(f.ctx); err != nil {
		return false, err
	}
	var n int
	err := f.db.pool.QueryRow(f.ctx, `
		SELECT count(*) FROM crawl_visited
		WHERE key = $3 AND (round_id = $1 OR (done_at IS NOT NULL AND revisit = 0 AND done_at >= $2))`,
		f.round, f.cutoff, key(requestID)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("check visit: %w", err)
	}
	return n > 0, nil
}
