package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsfacts/newsfacts/sqlite"
)

// DefaultUserAgent names the crawler and where to learn about it, so that a
// site operator can tell who is fetching and why.
const DefaultUserAgent = "newsfacts-crawler/0.1 (+https://github.com/newsfacts/newsfacts)"

// Config sets how a crawl behaves. The zero value is not usable; start from
// DefaultConfig.
type Config struct {
	UserAgent   string        // sent with every request
	MaxDepth    int           // links followed from a start page; 0 fetches start pages only
	Parallelism int           // concurrent requests per host
	Delay       time.Duration // pause between requests to one host
	Timeout     time.Duration // per request
	MaxBodySize int           // bytes; larger responses are failures
	Logger      *slog.Logger
}

// DefaultConfig returns a polite configuration: one request at a time per
// host, a second apart, links followed one level deep.
func DefaultConfig() Config {
	return Config{
		UserAgent:   DefaultUserAgent,
		MaxDepth:    1,
		Parallelism: 1,
		Delay:       time.Second,
		Timeout:     30 * time.Second,
		MaxBodySize: 10 << 20,
		Logger:      slog.Default(),
	}
}

// Stats counts what a crawl did. Fields are updated atomically while it runs.
type Stats struct {
	Fetched     atomic.Int64 // responses received (or files read)
	Stored      atomic.Int64 // new page rows written
	Unchanged   atomic.Int64 // content already stored
	NotModified atomic.Int64 // 304 answers
	Skipped     atomic.Int64 // not fetched: robots.txt, already visited, off-site
	Failed      atomic.Int64 // fetch or store failed
	Bytes       atomic.Int64 // body bytes received
}

// ErrNoTargets is returned by Run when it is given nothing to crawl.
var ErrNoTargets = errors.New("no targets")

// Run crawls targets into db and records the run in crawl_runs. A target
// is an http(s) URL, a file:// URL or a path to a saved page or a folder of
// them. Run returns the recorded run; its Failed count tells whether some
// URLs failed. The error is non-nil only for a failure of the whole run (no
// usable target, the database) or when ctx ends it early, in which case the
// run is recorded as interrupted.
func Run(ctx context.Context, db *sqlite.DB, cfg Config, targets []string) (*sqlite.Run, error) {
	if len(targets) == 0 {
		return nil, ErrNoTargets
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	web, local, err := splitTargets(targets)
	if err != nil {
		return nil, err
	}
	run := &sqlite.Run{Targets: targets, UserAgent: cfg.UserAgent}
	if err := db.StartRun(ctx, run); err != nil {
		return nil, err
	}
	log := cfg.Logger.With("run_id", run.ID)
	log.Info("crawl started", "targets", len(targets))
	var st Stats
	var runErr error
	if len(local) > 0 {
		runErr = importLocal(ctx, db, run.ID, local, &st, log)
	}
	if runErr == nil && len(web) > 0 {
		runErr = crawlWeb(ctx, db, cfg, run.ID, web, &st, log)
	}
	run.Fetched, run.Stored, run.Unchanged = st.Fetched.Load(), st.Stored.Load(), st.Unchanged.Load()
	run.NotModified, run.Skipped, run.Failed, run.Bytes = st.NotModified.Load(), st.Skipped.Load(), st.Failed.Load(), st.Bytes.Load()
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
		"unchanged", run.Unchanged, "skipped", run.Skipped, "failed", run.Failed, "bytes", run.Bytes)
	return run, runErr
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
