package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
)

// StartRun records the start of a crawl run and sets r.ID.
func (db *DB) StartRun(ctx context.Context, r *newsfacts.Run) error {
	if r.StartedAt.IsZero() {
		r.StartedAt = db.now()
	}
	r.Status = newsfacts.RunRunning
	targets, err := json.Marshal(r.Targets)
	if err != nil {
		return fmt.Errorf("start run: %w", err)
	}
	if r.Targets == nil {
		targets = []byte("[]")
	}
	err = db.pool.QueryRow(ctx,
		`INSERT INTO crawl_runs (started_at, status, targets, user_agent) VALUES ($1, $2, $3, $4) RETURNING id`,
		timestamp(r.StartedAt), r.Status, string(targets), r.UserAgent).Scan(&r.ID)
	if err != nil {
		return fmt.Errorf("start run: %w", err)
	}
	return nil
}

// FinishRun records r's counts, status and end time. It runs even when ctx
// is already cancelled, so that an interrupted run is still recorded.
func (db *DB) FinishRun(ctx context.Context, r *newsfacts.Run) error {
	if r.FinishedAt.IsZero() {
		r.FinishedAt = db.now()
	}
	ctx = context.WithoutCancel(ctx)
	_, err := db.pool.Exec(ctx, `
		UPDATE crawl_runs SET finished_at = $1, status = $2, fetched = $3, stored = $4, unchanged = $5,
		       not_modified = $6, skipped = $7, failed = $8, bytes = $9, duration_ms = $10, error = $11, gone = $13
		WHERE id = $12`,
		timestamp(r.FinishedAt), r.Status, r.Fetched, r.Stored, r.Unchanged, r.NotModified,
		r.Skipped, r.Failed, r.Bytes, r.FinishedAt.Sub(r.StartedAt).Milliseconds(), nullString(r.Error), r.ID, r.Gone)
	if err != nil {
		return fmt.Errorf("finish run %d: %w", r.ID, err)
	}
	return nil
}

// RecordFailure stores f in fetch_failures.
func (db *DB) RecordFailure(ctx context.Context, f newsfacts.Failure) error {
	return insertFailure(context.WithoutCancel(ctx), db.pool, db.now, f)
}

const qInsertFailure = `INSERT INTO fetch_failures (run_id, url, status, error, attempts, failed_at) VALUES ($1, $2, $3, $4, $5, $6)`

func insertFailure(ctx context.Context, q querier, now func() time.Time, f newsfacts.Failure) error {
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
	if _, err := q.Exec(ctx, qInsertFailure, runID, f.URL, status, f.Err, f.Attempts, timestamp(now())); err != nil {
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

// AbandonRuns marks as interrupted the runs still recorded as running: their
// process died without recording the end. Their stored, failed and fetched
// counts are made at least what their rows in pages and fetch_failures
// show (sqlite.DB.AbandonRuns). It gives back the queue rows
// they held, without waiting for their leases to run out. Call it only
// while holding the crawl lock (LockCrawl), which proves that no other
// crawl of the database is alive. It returns the IDs of the runs it marked.
func (db *DB) AbandonRuns(ctx context.Context) ([]int64, error) {
	msg := "process ended without recording the end of the run (killed?); found at " + timestamp(db.now())
	if _, err := db.pool.Exec(ctx, `UPDATE crawl_queue SET lease_until = NULL WHERE lease_until IS NOT NULL`); err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	rows, err := db.pool.Query(ctx, `
		UPDATE crawl_runs SET status = 'interrupted', error = $1,
		       stored = GREATEST(stored, (SELECT count(*) FROM pages p WHERE p.run_id = crawl_runs.id)),
		       failed = GREATEST(failed, (SELECT count(*) FROM fetch_failures f WHERE f.run_id = crawl_runs.id)),
		       fetched = GREATEST(fetched, (SELECT count(*) FROM pages p WHERE p.run_id = crawl_runs.id) +
		                 (SELECT count(*) FROM fetch_failures f WHERE f.run_id = crawl_runs.id AND f.status IS NOT NULL))
		WHERE status = 'running' RETURNING id`, msg)
	if err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	return ids, nil
}
