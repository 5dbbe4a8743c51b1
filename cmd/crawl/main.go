// Command crawl fetches news pages into a SQLite database.
//
// Run 'crawl -help' for usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/postgres"
)

const usage = `Usage: crawl -db PATH|URL [flags] [-sources FILE] [TARGET...]

Fetches news pages and stores each distinct page once in the SQLite database
PATH (created if missing), or in the PostgreSQL database URL
(postgres://user:password@host:port/dbname, its tables created if missing).
What to fetch:
  -sources FILE          outlets to crawl: their start pages, RSS/Atom feeds,
                         sitemaps and which URLs are articles (see
                         sources.toml)
  https://… or http://…  a start page; links on the same host are followed
                         up to -depth links away
  file:///…, or a path   a saved page, or a folder of saved pages (*.html,
                         *.htm), imported as they are, for offline work

Every run is safe to repeat, to kill and to resume. robots.txt and its
Crawl-delay are obeyed. Articles fetched by an earlier run are not fetched
again (unless -refetch or -revisit-after); start pages, feeds and sitemaps
are asked for again every run, with a conditional GET. What a killed or
stopped run did not fetch stays queued in the database for the next run.
Only one crawl works on a SQLite database at a time (the file has one
writer): another one exits at once, or waits up to -wait. On PostgreSQL
any number of crawls, on any number of machines, work together as one
run: they share the queue, each host's -delay, Crawl-delay and -parallel,
and each robots.txt, and fetch start pages, feeds and sitemaps once; the
URLs of one that is killed are fetched by the others -lease after its last
heartbeat. Run 'extract -db PATH' afterwards to turn the stored pages into
articles and facts.

Exit codes:
  0  all fine; linked pages that answered 404 or 410 are recorded in
     fetch_failures but are no failure: they will not work later
  1  fatal error (the database, a bad sources file, no usable target)
  2  bad usage
  3  finished, but some URLs failed in a way that may pass later or needs
     an operator: a 5xx or 429 after retries, a timeout or reset, a start
     page, feed, sitemap or robots.txt that failed (see the fetch_failures
     table and the log)
  4  not started: another crawl holds the SQLite database's lock
     (PATH.crawl.lock)
  5  stopped early by SIGINT, SIGTERM or -timeout; what was fetched is kept
     and the rest stays queued for the next run

Environment (a flag given wins):
  NEWSFACTS_DB          the default of -db
  NEWSFACTS_SOURCES     the default of -sources
  NEWSFACTS_USER_AGENT  the default of -user-agent

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal stops the crawl cleanly; a second one, as usual,
	// ends the process at once.
	context.AfterFunc(ctx, stop)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	cli.Exit("crawl", err)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := crawl.DefaultConfig()
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	dbPath := fs.String("db", cli.Getenv("NEWSFACTS_DB", "news.db"), "SQLite database `path`, or PostgreSQL URL (postgres://…) (env NEWSFACTS_DB)")
	sourcesPath := fs.String("sources", cli.Getenv("NEWSFACTS_SOURCES", ""), "sources `file` (TOML) listing the outlets to crawl (env NEWSFACTS_SOURCES)")
	cfg.UserAgent = cli.Getenv("NEWSFACTS_USER_AGENT", cfg.UserAgent)
	fs.IntVar(&cfg.MaxDepth, "depth", cfg.MaxDepth, "follow links this many steps from a start page, 0 to 20 (0: start pages, feeds and sitemaps only)")
	fs.IntVar(&cfg.Parallelism, "parallel", cfg.Parallelism, "concurrent requests per host, 1 to 32")
	fs.DurationVar(&cfg.Delay, "delay", cfg.Delay, "pause between requests to one host, up to 10m and -max-retry-after (robots.txt Crawl-delay may ask more)")
	fs.DurationVar(&cfg.Timeout, "request-timeout", cfg.Timeout, "time limit for one request attempt, body included, up to 10m")
	fs.IntVar(&cfg.MaxBodySize, "max-body", cfg.MaxBodySize, "largest page accepted, in `bytes`, up to 64 MiB; larger ones fail, never stored cut short")
	fs.IntVar(&cfg.Retries, "retries", cfg.Retries, "retries of a request after a timeout, a reset connection, 429 or 5xx, 0 to 10")
	fs.DurationVar(&cfg.Backoff, "backoff", cfg.Backoff, "wait before the first retry, doubled for each next one, with jitter, up to 10m")
	fs.DurationVar(&cfg.MaxRetryAfter, "max-retry-after", cfg.MaxRetryAfter, "longest Retry-After or robots.txt Crawl-delay waited for, up to 1h; a longer one fails the URL and leaves the host's other URLs queued for the next run")
	fs.DurationVar(&cfg.Since, "since", 0, "skip feed and sitemap entries dated longer ago than this, e.g. 48h (0: no limit)")
	fs.BoolVar(&cfg.Refetch, "refetch", false, "fetch articles again when found again, though an earlier run fetched them")
	fs.DurationVar(&cfg.RevisitAfter, "revisit-after", 0, "fetch articles again when found again, if fetched longer ago than this (0: never)")
	fs.DurationVar(&cfg.LockWait, "wait", 0, "SQLite: if another crawl of the database is running, wait this long for it (0: exit at once with code 4)")
	lease := fs.Duration("lease", postgres.DefaultLease, "PostgreSQL: how long the URLs a crawl took stay its own after its last heartbeat (one every third of it); the other crawls fetch a killed one's URLs that much later")
	fs.StringVar(&cfg.UserAgent, "user-agent", cfg.UserAgent, "User-Agent header: name the crawler and a contact (URL or e-mail) (env NEWSFACTS_USER_AGENT)")
	timeout := fs.Duration("timeout", 0, "time limit for the whole run (0: none); when reached, the run stops as on SIGTERM")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	quiet := fs.Bool("q", false, "log only warnings and errors")
	verbose := fs.Bool("v", false, "log every page")
	version := fs.Bool("version", false, "print the version and exit")
	showStatus := fs.Bool("status", false, "print the queue, the last runs and their failures and the outlets' health, read-only (SQLite or PostgreSQL), and exit")
	targets, err := cli.ParseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.Usagef("%v", err)
	}
	if *version {
		fmt.Fprintln(stdout, cli.Version("crawl"))
		return nil
	}
	if *showStatus {
		if len(targets) > 0 {
			return cli.Usagef("-status takes no TARGET")
		}
		return printStatus(ctx, stdout, *dbPath)
	}
	if len(targets) == 0 && *sourcesPath == "" {
		return cli.Usagef("no TARGET given, and no -sources")
	}
	if err := checkConfig(cfg, *timeout); err != nil {
		return err
	}
	if *lease < time.Second {
		return cli.Usagef("-lease must be ≥ 1s")
	}
	status := newStatusLine(stderr)
	log, err := cli.NewLevelLogger(status, *logFormat, cli.Level(*quiet, *verbose))
	if err != nil {
		return err
	}
	cfg.Logger = log
	defer cli.RouteStdLog(log)()
	if status.on {
		cfg.Progress = status.progress
		defer status.clear()
	}
	if *sourcesPath != "" {
		if cfg.Sources, err = loadSources(*sourcesPath); err != nil {
			return err
		}
	}
	if *timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, *timeout, fmt.Errorf("run timeout %s reached", *timeout))
		defer cancel()
	}

	start := time.Now()
	r, err := crawlDB(ctx, *dbPath, *lease, cfg, targets)
	status.clear()
	switch {
	case errors.Is(err, newsfacts.ErrLocked):
		return fmt.Errorf("%w: %w; use -wait to wait for it", cli.ErrLocked, err)
	case err != nil && ctx.Err() != nil:
		if r != nil {
			summary(stdout, r, start)
		}
		return fmt.Errorf("%w: %w; the rest stays queued for the next run", cli.ErrInterrupted, context.Cause(ctx))
	case err != nil:
		return err
	}
	summary(stdout, r, start)
	if r.Failed > r.Gone {
		return fmt.Errorf("%d URLs: %w", r.Failed-r.Gone, cli.ErrPartial)
	}
	return nil
}

// checkConfig rejects settings that make no sense.
func checkConfig(cfg crawl.Config, timeout time.Duration) error {
	if err := cfg.Check(); err != nil {
		return cli.Usagef("%v", err)
	}
	switch {
	case timeout < 0:
		return cli.Usagef("-timeout must be ≥ 0")
	case !strings.Contains(cfg.UserAgent, "http://") && !strings.Contains(cfg.UserAgent, "https://") && !strings.Contains(cfg.UserAgent, "@"):
		return cli.Usagef("-user-agent %q names no contact: add a URL or an e-mail address, so that site operators can reach you", cfg.UserAgent)
	}
	return nil
}

// loadSources reads the sources file at path.
func loadSources(path string) ([]crawl.Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	defer f.Close()
	return crawl.LoadSources(f, path)
}

// summary prints the one line a scheduler's mail or log keeps.
func summary(w io.Writer, r *newsfacts.Run, start time.Time) {
	fmt.Fprintf(w, "crawl run %d: %s in %s: %d fetched, %d stored, %d unchanged, %d not modified, %d skipped, %d failed (%d gone: 404/410), %d bytes\n",
		r.ID, r.Status, time.Since(start).Round(time.Millisecond), r.Fetched, r.Stored, r.Unchanged, r.NotModified,
		r.Skipped, r.Failed, r.Gone, r.Bytes)
}
