package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/newsfacts/newsfacts"
)

// The statements of Add and Take.
const (
	qVisitStates = `SELECT key, run_id, ` + visitedCond + ` FROM crawl_visited WHERE key = ANY($3)`
	qClaimDone   = `UPDATE crawl_visited SET run_id = $1 WHERE key = $2`
	qRevisit     = `UPDATE crawl_visited SET revisit = 1 WHERE key = $1`
	qQueue       = `INSERT INTO crawl_queue (url, found_url, host, kind, prio, depth, key, added_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (url) DO NOTHING`
	// qTake leases the next items of a host that this run has not taken
	// and no other run holds, skipping rows another transaction is
	// taking, with the validators of their last finished fetch and
	// whether they count as visited.
	qTake = `
		WITH t AS (
			SELECT q.id,
			       CASE WHEN v.done_at IS NULL THEN '' ELSE v.etag END AS etag,
			       CASE WHEN v.done_at IS NULL THEN '' ELSE v.last_modified END AS last_modified,
			       coalesce(v.run_id = $1 OR (v.done_at IS NOT NULL AND v.revisit = 0 AND v.done_at >= $4), false) AS visited
			FROM crawl_queue q LEFT JOIN crawl_visited v ON v.key = q.key
			WHERE q.host = $2 AND q.run_id IS DISTINCT FROM $1
			  AND (q.lease_until IS NULL OR q.lease_until < now())
			ORDER BY q.prio, q.id LIMIT $3
			FOR UPDATE OF q SKIP LOCKED)
		UPDATE crawl_queue q SET run_id = $1, lease_until = now() + $5 * interval '1 millisecond', attempt = q.attempt + 1
		FROM t WHERE q.id = t.id
		RETURNING q.id, q.url, q.found_url, q.host, q.kind, q.depth, q.key, q.tries, q.attempt,
		          t.etag, t.last_modified, t.visited, q.prio`
)

// visitedCond is the rule, over a crawl_visited row, for "visited"; $1 is
// the run ID and $2 the cutoff.
const visitedCond = `(run_id = $1 OR (done_at IS NOT NULL AND revisit = 0 AND done_at >= $2))`

// Add queues the items not visited and not queued yet, in one transaction.
// A page fetched by an earlier run and not due again is not queued but
// claimed for this run, and counted in skipped once per run; start pages,
// feeds and sitemaps are queued once per run whatever earlier runs did.
func (f *Frontier) Add(ctx context.Context, items []newsfacts.QueueItem) (added, skipped int, err error) {
	for range maxTxTries {
		if added, skipped, err = f.addTx(ctx, items); !retryable(err) {
			break
		}
	}
	return added, skipped, err
}

func (f *Frontier) addTx(ctx context.Context, items []newsfacts.QueueItem) (added, skipped int, err error) {
	tx, err := f.db.pool.Begin(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("queue urls: %w", err)
	}
	defer tx.Rollback(ctx)
	if added, skipped, err = f.add(ctx, tx, items); err != nil {
		return 0, 0, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, 0, fmt.Errorf("queue urls: %w", err)
	}
	return added, skipped, nil
}

func (f *Frontier) add(ctx context.Context, tx pgx.Tx, items []newsfacts.QueueItem) (added, skipped int, err error) {
	now := timestamp(f.db.now())
	for chunk := range slices.Chunk(items, 1000) {
		if err := ctx.Err(); err != nil {
			return 0, 0, fmt.Errorf("queue urls: %w", context.Cause(ctx))
		}
		states, err := f.visitStates(ctx, tx, chunk)
		if err != nil {
			return 0, 0, fmt.Errorf("queue urls: %w", err)
		}
		var b pgx.Batch
		queued := 0
		for _, it := range chunk {
			if f.claimed(it.Key) {
				continue // in flight
			}
			st, ok := states[it.Key]
			switch {
			case !ok:
			case st.runID == f.runID:
				continue // claimed by this run already
			case st.visited && it.Kind == newsfacts.KindPage:
				// Fetched by an earlier run: claim it, so that it counts once.
				b.Queue(qClaimDone, f.runID, key(it.Key))
				states[it.Key] = visitState{runID: f.runID, visited: true}
				skipped++
				continue
			case st.visited:
				// A start page, feed or sitemap now, whatever it was before:
				// the visited check before its fetch must let it through.
				b.Queue(qRevisit, key(it.Key))
				states[it.Key] = visitState{runID: st.runID}
			}
			b.Queue(qQueue, it.URL, it.FoundURL, it.Host, it.Kind, prio(it.Kind), it.Depth, key(it.Key), now).
				Exec(func(tag pgconn.CommandTag) error {
					if tag.RowsAffected() == 1 {
						queued++
					}
					return nil
				})
		}
		if b.Len() > 0 {
			if err := tx.SendBatch(ctx, &b).Close(); err != nil {
				return 0, 0, fmt.Errorf("queue urls: %w", err)
			}
		}
		added += queued
	}
	return added, skipped, nil
}

// visitState is what crawl_visited says of a key: the run that last
// claimed or fetched it, and whether it counts as visited (visitedCond).
type visitState struct {
	runID   int64
	visited bool
}

// visitStates returns the visit states of the items' keys that
// crawl_visited has a row for, read in one query for all of them.
func (f *Frontier) visitStates(ctx context.Context, tx pgx.Tx, items []newsfacts.QueueItem) (map[uint64]visitState, error) {
	keys := make([]int64, len(items))
	for i, it := range items {
		keys[i] = key(it.Key)
	}
	rows, err := tx.Query(ctx, qVisitStates, f.runID, f.cutoff, keys)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	states := make(map[uint64]visitState)
	for rows.Next() {
		var (
			k  int64
			st visitState
		)
		if err := rows.Scan(&k, &st.runID, &st.visited); err != nil {
			return nil, err
		}
		states[uint64(k)] = st
	}
	return states, rows.Err()
}

// prio is crawl_queue.prio for a kind: feeds, sitemaps and start pages
// before the pages they list.
func prio(kind string) int {
	if kind == newsfacts.KindPage {
		return 1
	}
	return 0
}

// Take leases up to n queued items of host that this run has not taken
// yet and no other run holds, feeds, sitemaps and start pages first, with
// the validators of their last fetch: a run takes an item once. Items
// taken and never completed go back to the queue when the run's frontier
// is closed, or when their lease runs out (the run was killed).
func (f *Frontier) Take(ctx context.Context, host string, n int) ([]newsfacts.QueueItem, error) {
	type taken struct {
		it      newsfacts.QueueItem
		visited bool
		prio    int
	}
	rows, err := f.db.pool.Query(ctx, qTake, f.runID, host, n, f.cutoff, f.Lease.Milliseconds())
	if err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	var got []taken
	for rows.Next() {
		var (
			t taken
			k int64
		)
		if err := rows.Scan(&t.it.ID, &t.it.URL, &t.it.FoundURL, &t.it.Host, &t.it.Kind, &t.it.Depth, &k,
			&t.it.Tries, &t.it.Attempt, &t.it.ETag, &t.it.LastModified, &t.visited, &t.prio); err != nil {
			rows.Close()
			return nil, fmt.Errorf("take from queue: %w", err)
		}
		t.it.Key = uint64(k)
		got = append(got, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	slices.SortFunc(got, func(a, b taken) int {
		if a.prio != b.prio {
			return a.prio - b.prio
		}
		return int(a.it.ID - b.it.ID)
	})
	items := make([]newsfacts.QueueItem, len(got))
	f.mu.Lock()
	for i, t := range got {
		items[i] = t.it
		f.checked[t.it.Key] = t.visited
	}
	f.mu.Unlock()
	return items, nil
}

// Pending returns the number of queued items this run has not taken.
func (f *Frontier) Pending(ctx context.Context) (int64, error) {
	var n int64
	err := f.db.pool.QueryRow(ctx,
		`SELECT count(*) FROM crawl_queue WHERE run_id IS DISTINCT FROM $1`, f.runID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count queue: %w", err)
	}
	return n, nil
}
