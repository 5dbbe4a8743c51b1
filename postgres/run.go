package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/newsfacts/newsfacts"
)

// jsonTargets encodes a run's targets for crawl_runs.targets: [] when none.
func jsonTargets(targets []string) (string, error) {
	if targets == nil {
		return "[]", nil
	}
	b, err := json.Marshal(targets)
	return string(b), err
}

// RecordFailure stores f in fetch_failures.
func (db *DB) RecordFailure(ctx context.Context, f newsfacts.Failure) error {
	ctx = context.WithoutCancel(ctx)
	var runID, status any
	if f.RunID != 0 {
		runID = f.RunID
	}
	if f.Status != 0 {
		status = f.Status
	}
	if f.Attempts < 1 {
		f.Attempts = 1
	}
	if _, err := db.pool.Exec(ctx, `INSERT INTO fetch_failures (run_id, url, status, error, attempts, failed_at) VALUES ($1, $2, $3, $4, $5, $6)`,
		runID, f.URL, status, f.Err, f.Attempts, timestamp(db.now())); err != nil {
		return fmt.Errorf("record failure %s: %w", f.URL, err)
	}
	return nil
}

// SaveRunCounts records r's counts so far, while it runs: a run that is
// killed keeps the last counts saved.
func (db *DB) SaveRunCounts(ctx context.Context, r *newsfacts.Run) error {
	_, err := db.pool.Exec(ctx, `
		UPDATE crawl_runs SET fetched = $1, stored = $2, unchanged = $3, not_modified = $4, skipped = $5,
		       failed = $6, bytes = $7, duration_ms = $8, gone = $10
		WHERE id = $9 AND status = 'running'`,
		r.Fetched, r.Stored, r.Unchanged, r.NotModified, r.Skipped, r.Failed, r.Bytes,
		db.now().Sub(r.StartedAt).Milliseconds(), r.ID, r.Gone)
	if err != nil {
		return fmt.Errorf("save run %d counts: %w", r.ID, err)
	}
	return nil
}
