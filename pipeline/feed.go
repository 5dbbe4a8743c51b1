package pipeline

import (
	"context"
	"sync"
)

// claimBatch is how many pages the feed claims at once: a claim is a
// write, worth sharing among many pages.
const claimBatch = 32

// readBatch is how many pages a worker reads at once: one query, one
// round trip to a server, for them all.
const readBatch = 4

// feed hands the workers the pending pages to extract, claiming them from
// the store claimBatch at a time, each page with its sequence number: the
// order in which they are saved. It goes through the pages in ID order
// and, when it reaches the end, once more from the first: pages that were
// held by extractions that died, or became current again, are behind it.
type feed struct {
	db      Store
	version string

	mu    sync.Mutex
	ids   []int64 // claimed, not handed out yet
	after int64   // the greatest ID claimed in this pass
	seq   int     // the sequence number of ids[0]
	done  bool    // no pending page is left, nor held by another extraction
	short bool    // a claim returned fewer than claimBatch pages: the end is near
}

// next returns up to n claimed page IDs (one once a claim has come back
// short), and the sequence number of the first; none when no pending page
// is left. held is set, and no ID
// returned, when the only pending pages left are held by other
// extractions: the caller waits and asks again. Claiming is a serial
// section among the workers, one claim for claimBatch pages; reading the
// pages is not. It returns the error of a claim.
func (f *feed) next(ctx context.Context, n int) (ids []int64, seq int, held bool, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for len(f.ids) == 0 && !f.done {
		claimed, others, err := f.db.ClaimPages(ctx, f.version, f.after, claimBatch)
		if err != nil {
			return nil, 0, false, err
		}
		if len(claimed) < claimBatch {
			f.short = true
		}
		if len(claimed) > 0 {
			f.ids, f.after = claimed, claimed[len(claimed)-1]
			break
		}
		switch {
		case f.after > 0:
			f.after = 0
		case others == 0:
			f.done = true
		default:
			return nil, 0, true, nil
		}
	}
	if f.short {
		// Few pages are left: one at a time, so that no worker still
		// holds pages to extract when the others have none left.
		n = 1
	}
	ids = f.ids[:min(n, len(f.ids))]
	f.ids = f.ids[len(ids):]
	seq = f.seq
	f.seq += len(ids)
	return ids, seq, false, nil
}

// ending reports whether a claim has returned fewer pages than it asked
// for: the pages left to extract are few (those claimed and those the
// workers hold), unless other extractions held the rest for a while.
func (f *feed) ending() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.short || f.done
}
