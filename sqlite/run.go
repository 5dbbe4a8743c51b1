package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

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
	res, err := db.write.ExecContext(ctx,
		`INSERT INTO crawl_runs (started_at, status, targets, user_agent) VALUES (?, ?, ?, ?)`,
		timestamp(r.StartedAt), r.Status, string(targets), r.UserAgent)
	if err != nil {
		return fmt.Errorf("start run: %w", err)
	}
	r.ID, err = res.LastInsertId()
	return err
}

// FinishRun records r's counts, status and end time. It runs even when ctx
// is already cancelled, so that an interrupted run is still recorded.
func (db *DB) FinishRun(ctx context.Context, r *newsfacts.Run) error {
	if r.FinishedAt.IsZero() {
		r.FinishedAt = db.now()
	}
	ctx = context.WithoutCancel(ctx)
	_, err := db.write.ExecContext(ctx, `
		UPDATE crawl_runs SET finished_at = ?, status = ?, fetched = ?, stored = ?, unchanged = ?,
		       not_modified = ?, skipped = ?, failed = ?, gone = ?, bytes = ?, duration_ms = ?, error = ?
		WHERE id = ?`,
		timestamp(r.FinishedAt), r.Status, r.Fetched, r.Stored, r.Unchanged, r.NotModified,
		r.Skipped, r.Failed, r.Gone, r.Bytes, r.FinishedAt.Sub(r.StartedAt).Milliseconds(), nullString(r.Error), r.ID)
	if err != nil {
		return fmt.Errorf("finish run %d: %w", r.ID, err)
	}
	return nil
}

// RecordFailure stores f in fetch_failures.
func (db *DB) RecordFailure(ctx context.Context, f newsfacts.Failure) error {
	return insertFailure(context.WithoutCancel(ctx), db.write, db.now, f)
}

const qInsertFailure = `INSERT INTO fetch_failures (run_id, url, status, error, attempts, failed_at) VALUES (?, ?, ?, ?, ?, ?)`

func insertFailure(ctx context.Context, q execQuerier, now func() time.Time, f newsfacts.Failure) error {
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
	_, err := q.ExecContext(ctx, qInsertFailure,
		runID, f.URL, status, f.Err, f.Attempts, timestamp(now()))
	if err != nil {
		return fmt.Errorf("record failure %s: %w", f.URL, err)
	}
	return nil
}

// SaveRunCounts records r's counts so far, while it runs: a run that is
// killed keeps the last counts saved.
func (db *DB) SaveRunCounts(ctx context.Context, r *newsfacts.Run) error {
	_, err := db.write.ExecContext(ctx, `
		UPDATE crawl_runs SET fetched = ?, stored = ?, unchanged = ?, not_modified = ?, skipped = ?,
		       failed = ?, gone = ?, bytes = ?, duration_ms = ?
		WHERE id = ? AND status = 'running'`,
		r.Fetched, r.Stored, r.Unchanged, r.NotModified, r.Skipped, r.Failed, r.Gone, r.Bytes,
		db.now().Sub(r.StartedAt).Milliseconds(), r.ID)
	if err != nil {
		return fmt.Errorf("save run %d counts: %w", r.ID, err)
	}
	return nil
}

// AbandonRuns marks as interrupted the runs still recorded as running: their
// process died without recording the end (SIGKILL, OOM, power loss). Their
// counts are the last a run saved (every few seconds), or less: stored,
// failed and fetched are made at least what the run's rows in pages and
// fetch_failures show. Call it only while holding the crawl lock, which
// proves that no other crawl of the database is alive. It returns the IDs
// of the runs it marked.
func (db *DB) AbandonRuns(ctx context.Context) ([]int64, error) {
	msg := "process ended without recording the end of the run (killed?); found at " + timestamp(db.now())
	rows, err := db.write.QueryContext(ctx, `
		UPDATE crawl_runs SET status = 'interrupted', error = ?,
		       stored = max(stored, (SELECT count(*) FROM pages p WHERE p.run_id = crawl_runs.id)),
		       failed = max(failed, (SELECT count(*) FROM fetch_failures f WHERE f.run_id = crawl_runs.id)),
		       fetched = max(fetched, (SELECT count(*) FROM pages p WHERE p.run_id = crawl_runs.id) +
		                 (SELECT count(*) FROM fetch_failures f WHERE f.run_id = crawl_runs.id AND f.status IS NOT NULL))
		WHERE status = 'running' RETURNING id`, msg)
	if err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("abandon runs: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	return ids, nil
}
