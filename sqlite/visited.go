package sqlite

import "fmt"

// visitedCond is the rule, over a crawl_visited row, for "visited". Its
// two parameters are the run ID and the cutoff.
const visitedCond = `(run_id = ? OR (done_at IS NOT NULL AND revisit = 0 AND done_at >= ?))`

// Claim checks the visited set for the key k of a URL about to be fetched
// and, if it is not visited, claims it for this run, as colly's visited
// check does (IsVisited, then Visited). It reports whether k was visited.
func (f *Frontier) Claim(k uint64) (visited bool, err error) {
	if visited, err = f.IsVisited(k); err != nil || visited {
		return visited, err
	}
	return false, f.Visited(k)
}

// IsVisited implements colly's storage.Storage (colly does not call it
// with AllowURLRevisit, which the crawler sets; Claim does). For an item
// handed out by Take, the answer is the one Take read, or true once
// another fetch answered for it.
func (f *Frontier) IsVisited(requestID uint64) (bool, error) {
	if visited, known := f.Known(requestID); known {
		return visited, nil
	}
	var n int
	st, err := f.rstmts.get(f.ctx, qIsVisited)
	if err == nil {
		err = st.QueryRowContext(f.ctx, key(requestID), f.runID, f.cutoff).Scan(&n)
	}
	if err != nil {
		return false, fmt.Errorf("check visit: %w", err)
	}
	return n > 0, nil
}
