package crawl

import (
	"context"

	"github.com/newsfacts/newsfacts/sqlite"
)

// takeBatch is how many items schedule takes from the queue of a host at
// once, at least: a take is a write transaction, worth sharing.
const takeBatch = 32

// schedule fetches queued items until the queue is empty, ctx ends or the
// database fails. It keeps up to each host's parallelism of fetches running
// for that host, each in its own goroutine; fetches run colly synchronously,
// so that a fetch is over when its goroutine returns. Items are taken from
// the queue in small batches as slots free up, never all at once: the queue
// lives in SQLite, and memory stays flat however many URLs wait. Items
// taken and not fetched when the run stops are taken again by the next
// run. When ctx ends, no more fetches start and those running finish
// (their requests are cancelled; what was fetched completely is stored).
// The crawl is over when no fetch runs, the recorder has written every
// outcome, and the queue has nothing left for this run.
func (cr *crawler) schedule(ctx context.Context) error {
	type result struct {
		host string
		err  error
	}
	results := make(chan result)
	running := make(map[string]int, len(cr.hosts))
	taken := make(map[string][]sqlite.QueueItem, len(cr.hosts))
	// A host whose queue came up short has nothing more to take until
	// the recorder queues new URLs.
	exhausted := make(map[string]bool, len(cr.hosts))
	added := int64(-1)
	total := 0
	var fatal error
	for {
		if a := cr.queued.Load(); a != added {
			added = a
			clear(exhausted)
		}
		starving := false
		for _, h := range cr.hosts {
			if ctx.Err() != nil || fatal != nil {
				break
			}
			free := h.parallel - running[h.host]
			if free <= 0 {
				continue
			}
			if len(taken[h.host]) == 0 && !exhausted[h.host] {
				want := max(free, takeBatch)
				items, err := cr.front.Take(ctx, h.host, want)
				if err != nil {
					if ctx.Err() == nil {
						fatal = err
					}
					break
				}
				taken[h.host] = items
				exhausted[h.host] = len(items) < want
			}
			n := min(free, len(taken[h.host]))
			starving = starving || n < free
			for _, it := range taken[h.host][:n] {
				running[h.host]++
				total++
				go func(it sqlite.QueueItem) {
					results <- result{it.Host, cr.fetch(ctx, it)}
				}(it)
			}
			taken[h.host] = taken[h.host][n:]
		}
		if starving || total == 0 {
			// Slots are free and nothing is taken: what the fetches found
			// may be waiting in the recorder to be queued.
			cr.rec.flush()
		}
		if total == 0 {
			// Nothing runs; what the last fetches found may still be on
			// its way to the queue.
			n, err := cr.rec.pending()
			if fatal == nil {
				fatal = err
			}
			if n == 0 || fatal != nil {
				return fatal
			}
			<-cr.rec.committed
			continue
		}
		select {
		case r := <-results:
			running[r.host]--
			total--
			if r.err != nil && fatal == nil {
				fatal = r.err // Run returns it
			}
		case <-cr.rec.committed:
			// URLs found may have been queued: take again.
		}
	}
}
