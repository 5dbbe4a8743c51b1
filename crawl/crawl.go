package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsfacts/newsfacts/sqlite"
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
	MaxRetryAfter  time.Duration // longest Retry-After waited for; a longer one fails the URL for this run

	Since        time.Duration // feed and sitemap entries dated longer ago are not queued; 0: no bound
	Refetch      bool          // fetch articles again, when found again, even if an earlier run fetched them
	RevisitAfter time.Duration // fetch articles again, when found again, if fetched longer ago; 0: never
	LockWait     time.Duration // how long to wait for another crawl of the database to end

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
	Bytes       atomic.Int64 // body bytes received
}

// Progress is a snapshot of a running crawl, for a progress line.
type Progress struct {
	Fetched, Stored, Unchanged, NotModified, Skipped, Failed, Bytes int64
	Queued                                                          int64 // URLs waiting in the queue
	Elapsed                                                         time.Duration
}

// ErrNoTargets is returned by Run when it is given nothing to crawl.
var ErrNoTargets = errors.New("no targets")

// progressEvery and saveEvery are how often a running crawl reports
// progress and saves its counts in crawl_runs.
const (
	progressEvery = time.Second
	saveEvery     = 5 * time.Second
)

// Run crawls targets and cfg.Sources into db and records the run in
// crawl_runs. A target is an http(s) URL (a start page), a file:// URL or
// a path to a saved page or a folder of them. Run first takes the
// database's crawl lock (see sqlite.LockCrawl), waiting up to cfg.LockWait,
// and returns an error wrapping sqlite.ErrLocked if another crawl holds it;
// it marks runs that a killed crawl left "running" as interrupted.
//
// Run returns the recorded run; its Failed count tells whether some URLs
// failed. The error is non-nil only for a failure of the whole run (no
// usable target, the lock, the database) or when ctx ends it early: then
// the run is recorded as interrupted and what was not fetched stays queued
// for the next run.
func Run(ctx context.Context, db *sqlite.DB, cfg Config, targets []string) (*sqlite.Run, error) {
	if len(targets) == 0 && len(cfg.Sources) == 0 {
		return nil, ErrNoTargets
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
	lock, err := sqlite.LockCrawl(ctx, db.Path, cfg.LockWait)
	if err != nil {
		return nil, err
	}
	defer lock.Unlock()
	abandoned, err := db.AbandonRuns(ctx)
	if err != nil {
		return nil, err
	}
	for _, id := range abandoned {
		cfg.Logger.Warn("an earlier crawl died without recording its end: marked interrupted; its queue is resumed", "run_id", id)
	}

	run := &sqlite.Run{Targets: runTargets(targets, cfg.Sources), UserAgent: cfg.UserAgent}
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
	front := db.Frontier(ctx, run.ID, revisitBefore)
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
		run.Status, run.Error = sqlite.RunInterrupted, context.Cause(ctx).Error()
		if runErr == nil {
			runErr = context.Cause(ctx)
		}
	case runErr != nil:
		run.Status, run.Error = sqlite.RunFailed, runErr.Error()
	case run.Failed > 0:
		run.Status = sqlite.RunPartial
	default:
		run.Status = sqlite.RunOK
	}
	if err := db.FinishRun(ctx, run); err != nil {
		return run, errors.Join(runErr, err)
	}
	log.Info("crawl finished", "status", run.Status, "fetched", run.Fetched, "stored", run.Stored,
		"unchanged", run.Unchanged, "not_modified", run.NotModified, "skipped", run.Skipped,
		"failed", run.Failed, "bytes", run.Bytes, "duration", time.Since(run.StartedAt).Round(time.Millisecond))
	return run, runErr
}

// counts copies the stats into the run's row.
func counts(run *sqlite.Run, st *Stats) {
	run.Fetched, run.Stored, run.Unchanged = st.Fetched.Load(), st.Stored.Load(), st.Unchanged.Load()
	run.NotModified, run.Skipped, run.Failed, run.Bytes = st.NotModified.Load(), st.Skipped.Load(), st.Failed.Load(), st.Bytes.Load()
}

// report calls progress about once a second and saves the run's counts
// every few seconds, so that a killed run keeps its last counts, until the
// returned function is called.
func report(ctx context.Context, db *sqlite.DB, run *sqlite.Run, front *sqlite.Frontier, st *Stats, progress func(Progress), log *slog.Logger) (stop func()) {
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

// runTargets is what crawl_runs.targets records: the targets, and the
// sources by name.
func runTargets(targets []string, sources []Source) []string {
	out := slices.Clone(targets)
	for _, s := range sources {
		out = append(out, "source:"+s.Name)
	}
	return out
}

// withTargets returns the sources to crawl: the configured ones, with each
// http(s) target added to the start pages of the source that owns its host,
// or else to a source of its own, named after the host, that follows links
// on that host only and reads no robots.txt sitemaps.
func withTargets(configured []Source, web []*url.URL) ([]*Source, error) {
	var out []*Source
	byHost := map[string]*Source{}
	for i := range configured {
		s := configured[i] // a copy: the caller's config is not changed
		s.Start = slices.Clone(s.Start)
		if s.articles == nil && s.drop == nil {
			if err := s.init(); err != nil {
				return nil, fmt.Errorf("source %q: %w", s.Name, err)
			}
		}
		out = append(out, &s)
		for _, h := range s.Hosts {
			byHost[h] = &s
		}
	}
	no := false
	for _, u := range web {
		c, err := Canonical(u.String())
		if err != nil {
			return nil, fmt.Errorf("target %q: %w", u, err)
		}
		host := hostKey(u)
		if s := byHost[host]; s != nil {
			s.Start = append(s.Start, c)
			continue
		}
		s := &Source{Name: host, Start: []string{c}, Hosts: []string{host}, RobotsSitemaps: &no}
		if err := s.init(); err != nil {
			return nil, fmt.Errorf("target %q: %w", u, err)
		}
		byHost[host] = s
		out = append(out, s)
	}
	return out, nil
}

// splitTargets sorts targets into web URLs and local paths, and rejects
// anything else.
func splitTargets(targets []string) (web []*url.URL, local []string, err error) {
	for _, t := range targets {
		switch {
		case strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://"):
			u, err := url.Parse(t)
			if err != nil || u.Host == "" {
				return nil, nil, fmt.Errorf("target %q: not a valid URL", t)
			}
			web = append(web, u)
		case strings.HasPrefix(t, "file://"):
			u, err := url.Parse(t)
			if err != nil || u.Path == "" {
				return nil, nil, fmt.Errorf("target %q: not a valid file URL", t)
			}
			local = append(local, u.Path)
		case strings.Contains(t, "://"):
			return nil, nil, fmt.Errorf("target %q: unsupported scheme (want http, https, file or a path)", t)
		default:
			local = append(local, t)
		}
	}
	return web, local, nil
}
