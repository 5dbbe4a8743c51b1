package postgres

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
)

// roundLock is the key of the advisory lock under which a starting run
// joins a round or starts one, so that workers started together start one
// round, not one each.
const roundLock = 7_151_500_005

// worker is what a DB knows of a crawl run it started: its round and the
// heartbeat that keeps the run alive to the other workers.
type worker struct {
	round int64
	stop  func()
}

// workers are the runs a DB started and has not finished.
type workers struct {
	mu   sync.Mutex
	runs map[int64]*worker
}

func (ws *workers) add(run int64, w *worker) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if ws.runs == nil {
		ws.runs = make(map[int64]*worker)
	}
	ws.runs[run] = w
}

func (ws *workers) get(run int64) *worker {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	return ws.runs[run]
}

func (ws *workers) remove(run int64) *worker {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	w := ws.runs[run]
	delete(ws.runs, run)
	return w
}

// removeAll forgets every run and returns them.
func (ws *workers) removeAll() []*worker {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	var all []*worker
	for id, w := range ws.runs {
		all = append(all, w)
		delete(ws.runs, id)
	}
	return all
}

// The statements of StartRun.
const (
	qStartRun = `INSERT INTO crawl_runs (started_at, status, targets, user_agent) VALUES ($1, $2, $3, $4) RETURNING id`
	// qLiveRound finds the newest round not finished that has a live
	// worker: a run still running whose heartbeat is fresh.
	qLiveRound = `
		SELECT r.id FROM crawl_rounds r
		WHERE r.finished_at IS NULL AND EXISTS (
			SELECT 1 FROM crawl_workers w JOIN crawl_runs c ON c.id = w.run_id
			WHERE w.round_id = r.id AND c.status = 'running'
			  AND w.heartbeat_at > now() - $1 * interval '1 millisecond')
		ORDER BY r.id DESC LIMIT 1`
	qNewRound  = `INSERT INTO crawl_rounds (started_at) VALUES ($1) RETURNING id`
	qNewWorker = `INSERT INTO crawl_workers (run_id, round_id, heartbeat_at) VALUES ($1, $2, now())`
	// qBeat renews a run's heartbeat and the leases of the queue rows it
	// holds.
	qBeat = `
		WITH w AS (UPDATE crawl_workers SET heartbeat_at = now() WHERE run_id = $1)
		UPDATE crawl_queue SET lease_until = now() + $2 * interval '1 millisecond'
		WHERE run_id = $1 AND lease_until > now()`
)

// StartRun records the start of a crawl run, sets r.ID, and makes the run
// a worker of the live round: the round of the workers crawling the
// database now, or a new one if none is (see migration 0008). From now
// until FinishRun, a heartbeat every third of db.Lease tells the other
// workers that the run is alive and renews its queue rows' leases.
func (db *DB) StartRun(ctx context.Context, r *newsfacts.Run) error {
	if r.StartedAt.IsZero() {
		r.StartedAt = db.now()
	}
	r.Status = newsfacts.RunRunning
	targets, err := jsonTargets(r.Targets)
	if err != nil {
		return fmt.Errorf("start run: %w", err)
	}
	var round int64
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(roundLock)); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, qStartRun, timestamp(r.StartedAt), r.Status, targets, r.UserAgent).Scan(&r.ID); err != nil {
			return err
		}
		err := tx.QueryRow(ctx, qLiveRound, db.Lease.Milliseconds()).Scan(&round)
		if err == pgx.ErrNoRows {
			err = tx.QueryRow(ctx, qNewRound, timestamp(r.StartedAt)).Scan(&round)
		}
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, qNewWorker, r.ID, round)
		return err
	})
	if err != nil {
		return fmt.Errorf("start run: %w", err)
	}
	run, lease := r.ID, db.Lease
	db.workers.add(run, &worker{round: round, stop: db.heartbeat(ctx, func(ctx context.Context) error {
		_, err := db.pool.Exec(ctx, qBeat, run, lease.Milliseconds())
		return err
	})})
	return nil
}

// Round returns the round of run runID, a run this DB started or another.
func (db *DB) Round(ctx context.Context, runID int64) (int64, error) {
	if w := db.workers.get(runID); w != nil {
		return w.round, nil
	}
	var round int64
	if err := db.pool.QueryRow(ctx, `SELECT round_id FROM crawl_workers WHERE run_id = $1`, runID).Scan(&round); err != nil {
		return 0, fmt.Errorf("round of run %d: %w", runID, err)
	}
	return round, nil
}

// FinishRun records r's counts, status and end time, and stops the run's
// heartbeat. It runs even when ctx is already cancelled, so that an
// interrupted run is still recorded. A run that ends with its work done
// (ok or partial) ends its round: a worker that starts later starts a new
// round, and fetches start pages, feeds and sitemaps again. Workers still
// running finish what they hold.
func (db *DB) FinishRun(ctx context.Context, r *newsfacts.Run) error {
	if r.FinishedAt.IsZero() {
		r.FinishedAt = db.now()
	}
	ctx = context.WithoutCancel(ctx)
	if w := db.workers.remove(r.ID); w != nil {
		w.stop()
	}
	_, err := db.pool.Exec(ctx, `
		UPDATE crawl_runs SET finished_at = $1, status = $2, fetched = $3, stored = $4, unchanged = $5,
		       not_modified = $6, skipped = $7, failed = $8, bytes = $9, duration_ms = $10, error = $11, gone = $13
		WHERE id = $12`,
		timestamp(r.FinishedAt), r.Status, r.Fetched, r.Stored, r.Unchanged, r.NotModified,
		r.Skipped, r.Failed, r.Bytes, r.FinishedAt.Sub(r.StartedAt).Milliseconds(), nullString(r.Error), r.ID, r.Gone)
	if err != nil {
		return fmt.Errorf("finish run %d: %w", r.ID, err)
	}
	if r.Status == newsfacts.RunOK || r.Status == newsfacts.RunPartial {
		_, err := db.pool.Exec(ctx, `
			UPDATE crawl_rounds SET finished_at = $1
			WHERE id = (SELECT round_id FROM crawl_workers WHERE run_id = $2) AND finished_at IS NULL`,
			timestamp(r.FinishedAt), r.ID)
		if err != nil {
			return fmt.Errorf("finish run %d: end its round: %w", r.ID, err)
		}
	}
	return nil
}

// qAbandon marks as interrupted the runs recorded as running whose
// worker's heartbeat is older than a lease (or that have none: a run of an
// older build), with counts at least what their rows in pages and
// fetch_failures show (as sqlite.DB.AbandonRuns), and gives back the queue
// rows and host bookings they held.
const qAbandon = `
	WITH dead AS (
		UPDATE crawl_runs c SET status = 'interrupted', error = $1,
		       stored = greatest(stored, (SELECT count(*) FROM pages p WHERE p.run_id = c.id)),
		       failed = greatest(failed, (SELECT count(*) FROM fetch_failures f WHERE f.run_id = c.id)),
		       fetched = greatest(fetched, (SELECT count(*) FROM pages p WHERE p.run_id = c.id) +
		                 (SELECT count(*) FROM fetch_failures f WHERE f.run_id = c.id AND f.status IS NOT NULL))
		WHERE c.status = 'running' AND NOT EXISTS (
			SELECT 1 FROM crawl_workers w
			WHERE w.run_id = c.id AND w.heartbeat_at > now() - $2 * interval '1 millisecond')
		RETURNING c.id),
	q AS (UPDATE crawl_queue SET lease_until = '-infinity'
		WHERE run_id IN (SELECT id FROM dead) AND lease_until IS NOT NULL),
	h AS (DELETE FROM crawl_host_requests WHERE run_id IN (SELECT id FROM dead))
	SELECT id FROM dead ORDER BY id`

// AbandonRuns marks as interrupted the runs still recorded as running
// whose process died without recording the end (SIGKILL, OOM, power loss):
// those whose heartbeat is older than db.Lease. It gives back the queue
// rows they held at once, for the live workers to take, without waiting
// for their leases to run out. It returns the IDs of the runs it marked.
func (db *DB) AbandonRuns(ctx context.Context) ([]int64, error) {
	msg := "process ended without recording the end of the run (killed?); found at " + timestamp(db.now())
	rows, err := db.pool.Query(ctx, qAbandon, msg, db.Lease.Milliseconds())
	if err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("abandon runs: %w", err)
	}
	return ids, nil
}

// LockCrawl returns at once: on PostgreSQL any number of crawls work on
// one database together, sharing its queue, the hosts' politeness and
// robots.txt (see Frontier). release does nothing.
func (db *DB) LockCrawl(ctx context.Context, wait time.Duration) (release func() error, err error) {
	return func() error { return nil }, nil
}
