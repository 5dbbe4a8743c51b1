package crawl

import (
	"context"
	"time"

	"github.com/newsfacts/newsfacts"
)

// takeBatch is how many items schedule takes from the queue of a host at
// once, at least, and takePerSlot how many for each of its fetches at once:
// a take is a write transaction, worth sharing among many fetches when many
// run at once; a small batch lets a feed or sitemap found meanwhile, which
// goes first, be taken soon when they run one at a time.
const (
	takeBatch   = 32
	takePerSlot = 16
)

// schedule fetches queued items until the queue is empty, ctx ends or the
// database fails. It keeps up to each host's parallelism of fetches running
// for that host, on as many workers as all hosts may run at once; fetches
// run colly synchronously, so that a fetch is over when its worker takes
// the next (a worker keeps the stack a fetch grew, where a goroutine for
// each fetch would grow it again, by copying). Items are taken from
// the queue in small batches, never all at once: the queue lives in
// SQLite, and memory stays flat however many URLs wait. A host's next
// batch is taken, in a goroutine, while its last one is still being
// fetched, so that a slot that frees up never waits for the database.
// Items taken and not fetched when the run stops are taken again by the
// next run. When ctx ends, no more fetches start and those running finish
// (their requests are cancelled; what was fetched completely is stored).
// The crawl is over when no fetch runs, the recorder has written every
// outcome, and the queue has nothing left for this run.
func (cr *crawler) schedule(ctx context.Context) error {
	type result struct {
		host string
		err  error
	}
	type took struct {
		host  string
		items []newsfacts.QueueItem
		short bool  // fewer items than asked for
		seen  int64 // cr.queued when the take began
		err   error
	}
	results := make(chan result)
	jobs := make(chan newsfacts.QueueItem)
	workers := 0
	for _, h := range cr.hosts {
		workers += h.parallel
	}
	for range workers {
		go func() {
			for it := range jobs {
				results <- result{it.Host, cr.fetch(ctx, it)}
			}
		}()
	}
	// Running fewer fetches than workers, a job sent finds one free.
	defer close(jobs)
	takes := make(chan took, len(cr.hosts)) // one take at a time per host: never blocks
	running := make(map[string]int, len(cr.hosts))
	taken := make(map[string][]newsfacts.QueueItem, len(cr.hosts))
	taking := make(map[string]bool, len(cr.hosts))
	// A host whose queue came up short has nothing more to take until
	// the recorder queues new URLs.
	exhausted := make(map[string]bool, len(cr.hosts))
	added := int64(-1)
	total, takesOut := 0, 0 // fetches running, takes under way
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
			n := min(free, len(taken[h.host]))
			starving = starving || n < free
			for _, it := range taken[h.host][:n] {
				running[h.host]++
				total++
				jobs <- it
			}
			taken[h.host] = taken[h.host][n:]
			if taking[h.host] || exhausted[h.host] || len(taken[h.host]) >= h.parallel {
				continue
			}
			taking[h.host] = true
			takesOut++
			go func(host string, want int, seen int64) {
				items, err := cr.front.Take(ctx, host, want)
				takes <- took{host, items, len(items) < want, seen, err}
			}(h.host, max(h.parallel*takePerSlot, takeBatch), added)
		}
		if starving || total == 0 {
			// Slots are free and nothing is taken: what the fetches found
			// may be waiting in the recorder to be queued.
			cr.rec.flush()
		}
		if total == 0 && takesOut == 0 {
			// Nothing runs; what the last fetches found may still be on
			// its way to the queue.
			n, err := cr.rec.pending()
			if fatal == nil {
				fatal = err
			}
			if fatal != nil {
				return fatal
			}
			if n > 0 {
				<-cr.rec.committed
				continue
			}
			if ctx.Err() != nil {
				return nil
			}
			// Every host's queue came up short. Other processes sharing
			// the queue may hold items, or have queued some since.
			more, err := cr.outstanding(ctx)
			if err != nil || !more {
				return err
			}
			clear(exhausted)
			continue
		}
		select {
		case r := <-results:
			running[r.host]--
			total--
			if r.err != nil && fatal == nil {
				fatal = r.err // Run returns it
			}
		case t := <-takes:
			taking[t.host] = false
			takesOut--
			switch {
			case t.err != nil:
				if ctx.Err() == nil && fatal == nil {
					fatal = t.err
				}
			default:
				taken[t.host] = append(taken[t.host], t.items...)
				// URLs queued since the take began may not be in it.
				exhausted[t.host] = t.short && t.seen == cr.queued.Load()
			}
		case <-cr.rec.committed:
			// URLs found may have been queued: take again.
		}
	}
}

// heldPoll is how often a crawl whose hosts' queues are empty looks again
// while other processes sharing the queue hold items of its hosts: their
// fetches may queue more URLs, and if a process dies, its items come back
// when their leases run out.
const heldPoll = 250 * time.Millisecond

// outstanding reports whether the crawl's hosts have items in the queue
// that it may take now or later: if some are held by other processes, it
// waits heldPoll first; if some may be taken now, a moment, as those may
// be locked by a transaction of another process that is taking them. It
// returns ctx's cause if ctx ends while it waits.
func (cr *crawler) outstanding(ctx context.Context) (bool, error) {
	hosts := make([]string, len(cr.hosts))
	for i, h := range cr.hosts {
		hosts[i] = h.host
	}
	takeable, held, err := cr.front.Outstanding(ctx, hosts)
	switch {
	case err != nil:
		if ctx.Err() != nil {
			return false, nil
		}
		return false, err
	case takeable == 0 && held == 0:
		return false, nil
	}
	wait := heldPoll
	if takeable > 0 {
		wait = heldPoll / 10
	}
	if err := sleep(ctx, wait); err != nil {
		return false, nil // stopped: the caller sees ctx
	}
	return true, nil
}
