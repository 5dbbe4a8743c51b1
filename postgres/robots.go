package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
)

// robotsPoll is how often a worker looks again for a robots.txt another
// worker of its round is reading.
const robotsPoll = 100 * time.Millisecond

// The statements of Robots.
const (
	// qClaimRobots makes the worker the reader of origin's robots.txt for
	// the round, if no worker of the round has read it and none is
	// reading it: its reader's time ran out, or it died (its heartbeat is
	// older than a lease).
	qClaimRobots = `
		INSERT INTO crawl_robots (origin, round_id, reader, fetching_until)
		VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
		ON CONFLICT (origin) DO UPDATE SET round_id = excluded.round_id, reader = excluded.reader,
			fetching_until = excluded.fetching_until, status = 0, body = '', error = '', attempts = 0, fetched_at = NULL
		WHERE crawl_robots.round_id <> excluded.round_id
		   OR (crawl_robots.fetched_at IS NULL AND (crawl_robots.fetching_until < now() OR NOT EXISTS (
				SELECT 1 FROM crawl_workers w JOIN crawl_runs c ON c.id = w.run_id
				WHERE w.run_id = crawl_robots.reader AND c.status = 'running'
				  AND w.heartbeat_at > now() - $5 * interval '1 millisecond')))
		RETURNING true`
	qReadRobots = `
		SELECT status, body, error, attempts FROM crawl_robots
		WHERE origin = $1 AND round_id = $2 AND fetched_at IS NOT NULL`
	qStoreRobots = `
		UPDATE crawl_robots SET status = $3, body = $4, error = $5, attempts = $6, fetched_at = $7, fetching_until = NULL
		WHERE origin = $1 AND round_id = $2`
	qDropRobots = `
		UPDATE crawl_robots SET fetching_until = '-infinity'
		WHERE origin = $1 AND round_id = $2 AND fetched_at IS NULL`
)

// Robots returns the robots.txt of origin (scheme://host) that a worker of
// the round read. If none has and none is reading it, this worker reads it
// (read) and stores what it got, while the others wait for it; if its
// reader dies (its heartbeat stops), or does not store it within within,
// another reads it. When
// read returns an error (the run was stopped), nothing is stored and the
// error is returned.
func (f *Frontier) Robots(ctx context.Context, origin string, within time.Duration,
	read func(ctx context.Context) (newsfacts.RobotsFile, error)) (newsfacts.RobotsFile, error) {
	if err := f.prepare(ctx); err != nil {
		return newsfacts.RobotsFile{}, err
	}
	for {
		var rf newsfacts.RobotsFile
		err := f.db.pool.QueryRow(ctx, qReadRobots, origin, f.round).Scan(&rf.Status, &rf.Body, &rf.Err, &rf.Attempts)
		switch {
		case err == nil:
			return rf, nil
		case !errors.Is(err, pgx.ErrNoRows):
			return rf, fmt.Errorf("robots.txt of %s: %w", origin, err)
		}
		var mine bool
		err = f.db.pool.QueryRow(ctx, qClaimRobots, origin, f.round, f.runID, within.Milliseconds(),
			f.db.Lease.Milliseconds()).Scan(&mine)
		switch {
		case err == nil:
			return f.readRobots(ctx, origin, read)
		case !errors.Is(err, pgx.ErrNoRows):
			return rf, fmt.Errorf("robots.txt of %s: %w", origin, err)
		}
		select {
		case <-time.After(robotsPoll):
		case <-ctx.Done():
			return rf, context.Cause(ctx)
		}
	}
}

// readRobots reads origin's robots.txt for the round and stores it, or
// gives the reading up for another worker if read fails.
func (f *Frontier) readRobots(ctx context.Context, origin string, read func(ctx context.Context) (newsfacts.RobotsFile, error)) (newsfacts.RobotsFile, error) {
	rf, err := read(ctx)
	wctx := context.WithoutCancel(ctx)
	if err != nil {
		if _, derr := f.db.pool.Exec(wctx, qDropRobots, origin, f.round); derr != nil {
			err = errors.Join(err, fmt.Errorf("robots.txt of %s: %w", origin, derr))
		}
		return rf, err
	}
	body := rf.Body
	if body == nil {
		body = []byte{}
	}
	if _, err := f.db.pool.Exec(wctx, qStoreRobots, origin, f.round, rf.Status, body, rf.Err, rf.Attempts,
		timestamp(f.db.now())); err != nil {
		return rf, fmt.Errorf("robots.txt of %s: %w", origin, err)
	}
	return rf, nil
}
