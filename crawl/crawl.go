package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/newsfacts/newsfacts"
)

// DefaultUserAgent names the crawler and where to learn about it and reach
// its operators, so that a site operator can tell who is fetching and why.
const DefaultUserAgent = "newsfacts-crawler/0.2 (+https://github.com/newsfacts/newsfacts)"

// Config sets how a crawl behaves. The zero value is not usable; start from
// DefaultConfig.
type Config struct {
	UserAgent string   // sent with every request, robots.txt included
	Sources   []Source // outlets to crawl, besides the http(s) targets

	MaxDepth    int           // links followed from a start page; 0 fetches start pages and feed and sitemap entries only
	Parallelism int           // concurrent requests per host
	Delay       time.Duration // between the starts of two requests to one host; robots.txt Crawl-delay may ask more

	Timeout        time.Duration // per request attempt, body included
	MaxBodySize    int           // bytes; a larger page is a failure, never stored cut short
	MaxListingSize int           // bytes a feed or sitemap may have (a gzipped one once inflated)
	Retries        int           // attempts after the first, for timeouts, resets, 429 and 5xx
	Backoff        time.Duration // wait before the first retry, doubled for each next one, with jitter
	MaxRetryAfter  time.Duration // longest Retry-After waited for; a longer one fails the URL and leaves the host's other URLs queued for the next run

	Since        time.Duration // feed and sitemap entries dated longer ago are not queued; 0: no bound
	Refetch      bool          // fetch articles again, when found again, even if an earlier run fetched them
	RevisitAfter time.Duration // fetch articles again, when found again, if fetched longer ago; 0: never
	LockWait     time.Duration // how long to wait for another crawl of the database to end

	// SpoolDir is the folder a feed's or sitemap's body is written to
	// while it is read, up to MaxListingSize, instead of memory; the file
	// is removed as soon as it is made. Empty: the system's temporary
	// folder. cmd/crawl gives the SQLite database's folder, which is
	// writable where the temporary folder may not be.
	SpoolDir string

	Logger   *slog.Logger
	Progress func(Progress) // if set, called about once a second while the crawl runs
}

// DefaultConfig returns a polite configuration: one request at a time per
// host, a second apart, links followed one level deep, two retries.
func DefaultConfig() Config {
	return Config{
		UserAgent:      DefaultUserAgent,
		MaxDepth:       1,
		Parallelism:    1,
		Delay:          time.Second,
		Timeout:        30 * time.Second,
		MaxBodySize:    10 << 20,
		MaxListingSize: 50 << 20, // the sitemap protocol's limit
		Retries:        2,
		Backoff:        time.Second,
		MaxRetryAfter:  2 * time.Minute,
		Logger:         slog.Default(),
	}
}

// Stats counts what a crawl did. Fields are updated atomically while it runs.
type Stats struct {
	Fetched     atomic.Int64 // responses received (or files read), 304s included
	Stored      atomic.Int64 // new page rows written
	Unchanged   atomic.Int64 // article fetched again, content already stored
	NotModified atomic.Int64 // 304 answers to a conditional GET
	Skipped     atomic.Int64 // not fetched: robots.txt, fetched by an earlier run, not HTML
	Failed      atomic.Int64 // fetch or store failed
	Gone        atomic.Int64 // of Failed, linked pages that answered 404 or 410
	Bytes       atomic.Int64 // body bytes received
	// Unclaimed counts pages that named a canonical URL which a page of an
	// earlier run with other content holds: stored under their own URL.
	Unclaimed atomic.Int64
}

// ErrNoTargets is returned by Run when it is given nothing to crawl.
var ErrNoTargets = errors.New("no targets")

// Run crawls targets and cfg.Sources into db and records the run in
// crawl_runs. A target is an http(s) URL (a start page), a file:// URL or
// a path to a saved page or a folder of them. Run first takes the
// database's crawl lock (Runs.LockCrawl), waiting up to cfg.LockWait, and
// returns an error wrapping newsfacts.ErrLocked if another crawl holds it
// (a store that shares its frontier takes none); it marks runs that a
// killed crawl left "running" as interrupted.
//
// Run returns the recorded run; its Failed count tells whether some URLs
// failed. It returns an error, and records no run, for a cfg out of its
// bounds (Config.Check). The error is non-nil only for a failure of the whole run (no
// usable target, the lock, the database) or when ctx ends it early: then
// the run is recorded as interrupted and what was not fetched stays queued
// for the next run.
func Run[F Frontier](ctx context.Context, db Store[F], cfg Config, targets []string) (*newsfacts.Run, error) {
	if len(targets) == 0 && len(cfg.Sources) == 0 {
		return nil, ErrNoTargets
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("crawl config: %w", err)
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	web, local, err := splitTargets(targets)
	if err != nil {
		return nil, err
	}
	sources, err := withTargets(cfg.Sources, web)
	if err != nil {
		return nil, err
	}
	unlock, err := db.LockCrawl(ctx, cfg.LockWait)
	if err != nil {
		return nil, err
	}
	defer unlock()
	abandoned, err := db.AbandonRuns(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range abandoned {
		cfg.Logger.Warn("an earlier crawl died without recording its end: marked interrupted; its queue is resumed", "run_id", id)
	}

	run := &newsfacts.Run{Targets: runTargets(targets, cfg.Sources), UserAgent: cfg.UserAgent}
	if err := db.StartRun(ctx, run); err != nil {
		return nil, err
	}
	log := cfg.Logger.With("run_id", run.ID)
	log.Info("crawl started", "targets", len(targets), "sources", len(cfg.Sources))
	var revisitBefore time.Time
	switch {
	case cfg.Refetch:
		revisitBefore = run.StartedAt
	case cfg.RevisitAfter > 0:
		revisitBefore = run.StartedAt.Add(-cfg.RevisitAfter)
	}
	var front Frontier = db.Frontier(ctx, run.ID, revisitBefore)
	defer front.Close()
	var st Stats
	stopReports := report(ctx, db, run, front, &st, cfg.Progress, log)
	var runErr error
	if len(local) > 0 {
		runErr = importLocal(ctx, db, run.ID, local, &st, log)
	}
	if runErr == nil && len(sources) > 0 {
		runErr = crawlWeb(ctx, cfg, run.ID, front, sources, &st, log)
	}
	stopReports()
	counts(run, &st)
	switch {
	case ctx.Err() != nil:
		run.Status, run.Error = newsfacts.RunInterrupted, context.Cause(ctx).Error()
		if runErr == nil {
			runErr = context.Cause(ctx)
		}
	case runErr != nil:
		run.Status, run.Error = newsfacts.RunFailed, runErr.Error()
	case run.Failed > run.Gone:
		// A linked page that is gone (404, 410) is recorded, but it will
		// not work later and needs no operator: no reason for partial.
		run.Status = newsfacts.RunPartial
	default:
		run.Status = newsfacts.RunOK
	}
	if err := db.FinishRun(ctx, run); err != nil {
		return run, errors.Join(runErr, err)
	}
	log.Info("crawl finished", "status", run.Status, "fetched", run.Fetched, "stored", run.Stored,
		"unchanged", run.Unchanged, "not_modified", run.NotModified, "skipped", run.Skipped,
		"failed", run.Failed, "gone", run.Gone, "bytes", run.Bytes, "unclaimed_canonical", st.Unclaimed.Load(),
		"duration", time.Since(run.StartedAt).Round(time.Millisecond))
	return run, runErr
}

// counts copies the stats into the run's row.
func counts(run *newsfacts.Run, st *Stats) {
	run.Fetched, run.Stored, run.Unchanged = st.Fetched.Load(), st.Stored.Load(), st.Unchanged.Load()
	run.NotModified, run.Skipped, run.Failed, run.Bytes = st.NotModified.Load(), st.Skipped.Load(), st.Failed.Load(), st.Bytes.Load()
	run.Gone = st.Gone.Load()
}
