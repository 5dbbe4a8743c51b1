package crawl

import (
	"context"
	"time"

	"github.com/gocolly/colly/v2/storage"

	"github.com/newsfacts/newsfacts"
)

// Store is what a crawl needs of the database: its runs, the pages it
// stores from local files, and a frontier for each run. F is the store's
// own frontier type: Run is generic over it only because Go matches method
// results exactly, so that a store's Frontier method can return its
// concrete type (*sqlite.Frontier) and the store be passed as it is.
type Store[F Frontier] interface {
	Runs
	Pages
	// Frontier returns the frontier of run runID. URLs fetched before
	// revisitBefore are fetched again when found again; the zero time
	// means never. ctx bounds the colly storage calls, which take none.
	Frontier(ctx context.Context, runID int64, revisitBefore time.Time) F
}

// Runs records crawl runs, and keeps runs of one database from working at
// once where the store cannot share its frontier between them.
type Runs interface {
	// LockCrawl takes the database's crawl lock, waiting up to wait for
	// it, and returns the function that releases it. It returns an error
	// wrapping newsfacts.ErrLocked if another crawl still holds it, or
	// ctx's cause if ctx ends first. A store whose frontier many crawls
	// share (PostgreSQL) takes no lock and returns at once.
	LockCrawl(ctx context.Context, wait time.Duration) (release func() error, err error)
	// AbandonRuns marks as interrupted the runs recorded as running whose
	// process died without recording their end, and returns their IDs.
	// Run calls it after LockCrawl.
	AbandonRuns(ctx context.Context) ([]int64, error)
	// StartRun records the start of r and sets r.ID, r.StartedAt (if
	// zero) and r.Status.
	StartRun(ctx context.Context, r *newsfacts.Run) error
	// SaveRunCounts records r's counts so far, while it runs.
	SaveRunCounts(ctx context.Context, r *newsfacts.Run) error
	// FinishRun records r's counts, status and end time, even when ctx is
	// already cancelled.
	FinishRun(ctx context.Context, r *newsfacts.Run) error
}

// Pages stores pages read from local files.
type Pages interface {
	// InsertPage stores p unless a page with the same URL and content is
	// stored already. Either way it sets p.ID and p.Hash; inserted
	// reports whether a row was written.
	InsertPage(ctx context.Context, p *newsfacts.Page) (inserted bool, err error)
}

// Frontier is one crawl run's view of what the crawler remembers between
// runs: the queue of URLs to fetch and colly's visited set (its
// storage.Storage, cookies included).
type Frontier interface {
	storage.Storage
	// Claim checks the visited set for the key k of a URL about to be
	// fetched and, if it is not visited, claims it for this run. It
	// reports whether k was visited.
	Claim(k uint64) (visited bool, err error)
	// Add queues the items not visited and not queued yet. A page an
	// earlier run fetched and not due again is claimed for this run and
	// counted in skipped instead; start pages, feeds and sitemaps are
	// queued once per run whatever earlier runs did.
	Add(ctx context.Context, items []newsfacts.QueueItem) (added, skipped int, err error)
	// Take hands out up to n queued items of host that this run has not
	// taken yet, feeds, sitemaps and start pages first, with the
	// validators of their last fetch. Items taken and never completed are
	// taken again by a later run.
	Take(ctx context.Context, host string, n int) ([]newsfacts.QueueItem, error)
	// CompleteAll records the outcomes, each whole or not at all (the
	// page, the URLs found, the visit, the failure, the queue row), even
	// when ctx is cancelled, and says what it wrote for each.
	CompleteAll(ctx context.Context, outcomes []newsfacts.Outcome) ([]newsfacts.Completion, error)
	// Pending returns the number of queued items this run has not taken.
	Pending(ctx context.Context) (int64, error)
	// Outstanding returns, of the queued items of the given hosts, how
	// many this run may still take and how many other runs hold now
	// (taken, and not given back). A run that shares the queue with
	// others ends only when neither is left: what others hold may queue
	// more URLs, or come back to the queue if their run dies.
	Outstanding(ctx context.Context, hosts []string) (takeable, held int64, err error)
	// Close releases what the frontier holds; the store stays open.
	Close() error
}

// SharedHosts is implemented by a frontier that many crawl processes share
// (PostgreSQL's): it keeps each host's politeness across all of them. A
// frontier without it belongs to the only crawl of its database (SQLite's),
// which paces its hosts in memory.
type SharedHosts interface {
	// BookRequest books a request to host, if it may be sent now: no
	// request to the host, by any process, was sent less than delay ago
	// or is being sent, fewer than parallel are in flight, and the host
	// asked for no pause. It returns the booking, not zero. Else it
	// returns 0 and how long to wait before asking again; held says that
	// the host asked for the pause (Retry-After). A booking neither sent
	// nor done within timeout (its process died) lapses.
	BookRequest(ctx context.Context, host string, delay time.Duration, parallel int, timeout time.Duration) (booking int64, wait time.Duration, held bool, err error)
	// RequestSent records that the request booked was sent ago before
	// now: the next to the host may start delay after that.
	RequestSent(ctx context.Context, host string, booking int64, ago time.Duration) error
	// RequestDone records that the request booked is over. If it was not
	// marked sent (RequestSent), it counts as sent ago before now: the
	// caller passes 0 for a request never sent.
	RequestDone(ctx context.Context, host string, booking int64, ago time.Duration) error
	// HoldHost makes every process wait d before its next request to
	// host, which asked for a pause (Retry-After).
	HoldHost(ctx context.Context, host string, d time.Duration) error
}

// SharedRobots is implemented by a frontier that many crawl processes
// share: a host's robots.txt is read by one of them and shared with the
// others, once per round of runs.
type SharedRobots interface {
	// Robots returns the robots.txt of origin (scheme://host) that a
	// process read in this round. If none has, it calls read, while the
	// others wait for it, and stores and returns what read returns; if
	// the process reading it dies, or has not stored it within within,
	// another reads it. If read returns an error, nothing is stored and
	// the error is returned.
	Robots(ctx context.Context, origin string, within time.Duration, read func(ctx context.Context) (newsfacts.RobotsFile, error)) (newsfacts.RobotsFile, error)
}
