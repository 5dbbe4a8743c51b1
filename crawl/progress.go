package crawl

import (
	"context"
	"log/slog"
	"time"

	"github.com/newsfacts/newsfacts"
)

// Progress is a snapshot of a running crawl, for a progress line.
type Progress struct {
	Fetched, Stored, Unchanged, NotModified, Skipped, Failed, Bytes int64
	Queued                                                          int64 // URLs waiting in the queue
	Elapsed                                                         time.Duration
}

// progressEvery and saveEvery are how often a running crawl reports
// progress and saves its counts in crawl_runs.
const (
	progressEvery = time.Second
	saveEvery     = 5 * time.Second
)

// report calls progress about once a second and saves the run's counts
// every few seconds, so that a killed run keeps its last counts, until the
// returned function is called.
func report(ctx context.Context, db Runs, run *newsfacts.Run, front Frontier, st *Stats, progress func(Progress), log *slog.Logger) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(progressEvery)
		defer tick.Stop()
		lastSave := time.Now()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case now := <-tick.C:
				if progress != nil {
					queued, _ := front.Pending(ctx)
					progress(Progress{
						Fetched: st.Fetched.Load(), Stored: st.Stored.Load(), Unchanged: st.Unchanged.Load(),
						NotModified: st.NotModified.Load(), Skipped: st.Skipped.Load(), Failed: st.Failed.Load(),
						Bytes: st.Bytes.Load(), Queued: queued, Elapsed: time.Since(run.StartedAt),
					})
				}
				if now.Sub(lastSave) >= saveEvery {
					lastSave = now
					r := *run
					counts(&r, st)
					if err := db.SaveRunCounts(ctx, &r); err != nil && ctx.Err() == nil {
						log.Warn("saving run counts", "err", err)
					}
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
