package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/newsfacts/newsfacts"
)

// Add queues the items not visited and not queued yet, in one transaction.
// A page fetched by an earlier run and not due again is not queued but
// claimed for this run, and counted in skipped once per run; start pages,
// feeds and sitemaps are queued once per run whatever earlier runs did.
func (f *Frontier) Add(ctx context.Context, items []newsfacts.QueueItem) (added, skipped int, err error) {
	if err := f.prepare(ctx); err != nil {
		return 0, 0, err
	}
	tx, err := f.db.write.BeginTx(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("queue urls: %w", err)
	}
	defer tx.Rollback()
	st := f.wstmts.in(tx)
	defer st.close()
	// The statements run without ctx's cancellation (see quick); ctx is
	// checked between chunks of items instead.
	for chunk := range slices.Chunk(items, 1024) {
		if err := ctx.Err(); err != nil {
			return 0, 0, fmt.Errorf("queue urls: %w", context.Cause(ctx))
		}
		a, s, err := f.add(quick(ctx), st, chunk)
		if err != nil {
			return 0, 0, err
		}
		added, skipped = added+a, skipped+s
	}
	if err := tx.Commit(); err != nil {
		return 0, 0, fmt.Errorf("queue urls: %w", err)
	}
	return added, skipped, nil
}

func (f *Frontier) add(ctx context.Context, tx *txStmts, items []newsfacts.QueueItem) (added, skipped int, err error) {
	now := timestamp(f.db.now())
	for chunk := range slices.Chunk(items, 1000) {
		states, err := f.visitStates(ctx, tx, chunk)
		if err != nil {
			return 0, 0, fmt.Errorf("queue urls: %w", err)
		}
		for _, it := range chunk {
			if f.Claimed(it.Key) {
				continue // in flight
			}
			st, ok := states[it.Key]
			switch {
			case !ok:
			case st.runID == f.runID:
				continue // claimed by this run already
			case st.visited && it.Kind == newsfacts.KindPage:
				// Fetched by an earlier run: claim it, so that it counts once.
				if _, err := tx.ExecContext(ctx, qClaimDone, f.runID, key(it.Key)); err != nil {
					return 0, 0, fmt.Errorf("queue %s: %w", it.URL, err)
				}
				states[it.Key] = visitState{runID: f.runID, visited: true}
				skipped++
				continue
			case st.visited:
				// A start page, feed or sitemap now, whatever it was before:
				// the visited check before its fetch must let it through.
				if _, err := tx.ExecContext(ctx, qRevisit, key(it.Key)); err != nil {
					return 0, 0, fmt.Errorf("queue %s: %w", it.URL, err)
				}
				states[it.Key] = visitState{runID: st.runID}
			}
			res, err := tx.ExecContext(ctx, qQueue,
				it.URL, it.FoundURL, it.Host, it.Kind, prio(it.Kind), it.Depth, key(it.Key), now)
			if err != nil {
				return 0, 0, fmt.Errorf("queue %s: %w", it.URL, err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				added++
			}
		}
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
func (f *Frontier) visitStates(ctx context.Context, tx *txStmts, items []newsfacts.QueueItem) (map[uint64]visitState, error) {
	keys := make([]byte, 0, 21*len(items)+2) // a JSON array of the keys
	keys = append(keys, '[')
	for i, it := range items {
		if i > 0 {
			keys = append(keys, ',')
		}
		keys = strconv.AppendInt(keys, key(it.Key), 10)
	}
	keys = append(keys, ']')
	rows, err := tx.QueryContext(ctx, qVisitStates, f.runID, f.cutoff, string(keys))
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

// Take hands out up to n queued items of host that this run has not taken
// yet, feeds, sitemaps and start pages first, with the validators of their
// last fetch, and marks them taken: a run takes an item once. Items taken
// and never completed (the run was stopped or killed) are taken again by
// the next run.
func (f *Frontier) Take(ctx context.Context, host string, n int) ([]newsfacts.QueueItem, error) {
	if err := f.prepare(ctx); err != nil {
		return nil, err
	}
	tx, err := f.db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	defer tx.Rollback()
	st := f.wstmts.in(tx)
	defer st.close()
	// The items, with what crawl_visited says of them, then the same
	// items marked taken: nothing else writes between the two.
	ctx = quick(ctx)
	rows, err := st.QueryContext(ctx, qTake, f.runID, host, n, f.cutoff)
	if err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	var (
		items   []newsfacts.QueueItem
		visited []bool
	)
	for rows.Next() {
		var (
			it newsfacts.QueueItem
			k  int64
			v  bool
		)
		if err := rows.Scan(&it.ID, &it.URL, &it.FoundURL, &it.Host, &it.Kind, &it.Depth, &k, &it.Tries, &it.ETag, &it.LastModified, &v); err != nil {
			rows.Close()
			return nil, fmt.Errorf("take from queue: %w", err)
		}
		it.Key = uint64(k)
		items = append(items, it)
		visited = append(visited, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	if len(items) == 0 {
		return nil, nil
	}
	if _, err := st.ExecContext(ctx, qTaken, f.runID, host, n); err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	// The crawler claims each of them before it fetches (Claim): answer
	// from what was just read, in this transaction, instead of asking again.
	// Recorded before the commit, while this transaction still keeps other
	// writers out: a fetch that answers for one of them (CompleteAll,
	// AlsoDone) commits after it, and then finds the key here to update.
	keys := make([]uint64, len(items))
	for i, it := range items {
		keys[i] = it.Key
	}
	f.Checked(keys, visited)
	if err := tx.Commit(); err != nil {
		f.Forget(keys)
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	return items, nil
}

// Pending returns the number of queued items this run has not taken.
func (f *Frontier) Pending(ctx context.Context) (int64, error) {
	var n int64
	err := f.db.read.QueryRowContext(ctx,
		`SELECT count(*) FROM crawl_queue WHERE run_id IS NULL OR run_id <> ?`, f.runID).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count queue: %w", err)
	}
	return n, nil
}

// Outstanding returns, of the queued items of the given hosts, how many
// this run has not taken. held is always 0: one crawl works on a SQLite
// database at a time (the crawl lock), so no other holds any.
func (f *Frontier) Outstanding(ctx context.Context, hosts []string) (takeable, held int64, err error) {
	for _, h := range hosts {
		var n int64
		err := f.db.read.QueryRowContext(ctx,
			`SELECT count(*) FROM crawl_queue WHERE host = ? AND (run_id IS NULL OR run_id <> ?)`, h, f.runID).Scan(&n)
		if err != nil {
			return 0, 0, fmt.Errorf("count queue: %w", err)
		}
		takeable += n
	}
	return takeable, 0, nil
}
