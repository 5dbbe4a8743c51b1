package crawl

import (
	"context"

	"github.com/newsfacts/newsfacts/sqlite"
)

// schedule fetches queued items until the queue is empty, ctx ends or the
// database fails. It keeps up to each host's parallelism of fetches running
// for that host, each in its own goroutine; fetches run colly synchronously,
// so that a fetch is over when its goroutine returns. Items are taken from
// the queue as slots free up, never all at once: the queue lives in SQLite,
// and memory stays flat however many URLs wait. When ctx ends, no more
// items are taken and those running finish (their requests are cancelled;
// what was fetched completely is stored).
func (cr *crawler) schedule(ctx context.Context) error {
	type result struct {
		host string
		err  error
	}
	results := make(chan result)
	running := make(map[string]int, len(cr.hosts))
	total := 0
	var fatal error
	for {
		for _, h := range cr.hosts {
			if ctx.Err() != nil || fatal != nil {
				break
			}
			free := h.parallel - running[h.host]
			if free <= 0 {
				continue
			}
			items, err := cr.front.Take(ctx, h.host, free)
			if err != nil {
				if ctx.Err() == nil {
					fatal = err
				}
				break
			}
			for _, it := range items {
				running[h.host]++
				total++
				go func(it sqlite.QueueItem) {
					results <- result{it.Host, cr.fetch(ctx, it)}
				}(it)
			}
		}
		if total == 0 {
			return fatal
		}
		r := <-results
		running[r.host]--
		total--
		if r.err != nil && fatal == nil {
			fatal = r.err
			cr.log.Error("database error: stopping", "err", r.err)
		}
	}
}
