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
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/sqlite"
)

const usage = `Usage: crawl -db PATH [flags] TARGET...

Fetches news pages and stores each distinct page once in the SQLite database
PATH (created if missing). A TARGET is:
  https://… or http://…  a start page; links on the same host are followed
                         up to -depth links away, robots.txt is obeyed
  file:///…, or a path   a saved page, or a folder of saved pages (*.html,
                         *.htm), imported as they are, for offline work

Running it again stores only pages whose content changed. Run 'extract -db
PATH' afterwards to turn the stored pages into articles and facts.

Exit codes: 0 all fine; 1 fatal error; 2 bad usage; 3 finished, but some
URLs failed (listed in the fetch_failures table and the log).

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
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
	dbPath := fs.String("db", "news.db", "SQLite database `path`")
	fs.IntVar(&cfg.MaxDepth, "depth", cfg.MaxDepth, "follow links this many steps from a start page (0: start pages only)")
	fs.IntVar(&cfg.Parallelism, "parallel", cfg.Parallelism, "concurrent requests per host")
	fs.DurationVar(&cfg.Delay, "delay", cfg.Delay, "pause between requests to one host")
	fs.DurationVar(&cfg.Timeout, "request-timeout", cfg.Timeout, "time limit for one request")
	fs.IntVar(&cfg.MaxBodySize, "max-body", cfg.MaxBodySize, "largest response body accepted, in `bytes`")
	fs.StringVar(&cfg.UserAgent, "user-agent", cfg.UserAgent, "User-Agent header: name the crawler and a contact")
	timeout := fs.Duration("timeout", 0, "time limit for the whole run (0: none)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	verbose := fs.Bool("v", false, "log every page")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.Usagef("%v", err)
	}
	if fs.NArg() == 0 {
		return cli.Usagef("no TARGET given")
	}
	if cfg.MaxDepth < 0 || cfg.Parallelism < 1 || cfg.Delay < 0 || cfg.Timeout <= 0 || cfg.MaxBodySize <= 0 {
		return cli.Usagef("-depth must be ≥ 0, -parallel ≥ 1, -delay ≥ 0, -request-timeout and -max-body > 0")
	}
	log, err := cli.NewLogger(stderr, *logFormat, *verbose)
	if err != nil {
		return err
	}
	cfg.Logger = log
	if *timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, *timeout, fmt.Errorf("run timeout %s reached", *timeout))
		defer cancel()
	}

	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	r, err := crawl.Run(ctx, db, cfg, fs.Args())
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "crawl run %d: %s in %s: %d fetched, %d stored, %d unchanged, %d skipped, %d failed\n",
		r.ID, r.Status, time.Since(start).Round(time.Millisecond), r.Fetched, r.Stored, r.Unchanged, r.Skipped, r.Failed)
	if r.Failed > 0 {
		return fmt.Errorf("%d URLs: %w", r.Failed, cli.ErrPartial)
	}
	return nil
}
