// Command pgcopy copies a SQLite database of newsfacts into PostgreSQL.
//
// Run 'pgcopy -help' for usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/pgcopy"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

const usage = `Usage: pgcopy -from PATH -to postgres://user:password@host:port/dbname

Copies the SQLite database PATH of crawl and extract into the PostgreSQL
database URL, for a team that moves up to many crawl and extract processes
on one server: every page, article and fact, and the crawl's state (runs,
fetch failures, the queue and the visited set), each row with its ID, so
that the next crawl on PostgreSQL goes on from where the last one on
SQLite stopped. Both databases are brought to this build's schema first.

Copy into a new, empty database (createdb), while no crawl or extract works
on either: pgcopy takes the SQLite file's crawl and extract locks. It copies
table by table, a batch of rows per transaction; stopped or killed, it goes
on from where it stopped when run again. At the end it counts the rows of
every table and sums the money view's amounts per currency in both
databases and prints them.

Exit codes:
  0  copied: every count and sum equal
  1  error, or the databases differ at the end, or the PostgreSQL database
     holds rows that are not this SQLite database's
  2  bad usage
  4  not started: a crawl or an extract works on the SQLite database
  5  stopped by SIGINT or SIGTERM; run it again to go on

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	cli.Exit("pgcopy", err)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("pgcopy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	from := fs.String("from", "", "the SQLite database `path` to copy")
	to := fs.String("to", "", "the PostgreSQL database `URL` to copy into (postgres://…)")
	wait := fs.Duration("wait", 0, "if a crawl or an extract works on the SQLite database, wait this long for it (0: exit at once with code 4)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	verbose := fs.Bool("v", false, "log every batch of rows")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.Usagef("%v", err)
	}
	switch {
	case fs.NArg() > 0:
		return cli.Usagef("unexpected arguments: %v", fs.Args())
	case *from == "" || *to == "":
		return cli.Usagef("give -from PATH and -to URL")
	case postgres.IsURL(*from):
		return cli.Usagef("-from %s: want the path of a SQLite database", *from)
	case !postgres.IsURL(*to):
		return cli.Usagef("-to %s: want a PostgreSQL URL, postgres://…", *to)
	case *wait < 0:
		return cli.Usagef("-wait must be ≥ 0")
	}
	if _, err := os.Stat(*from); err != nil {
		return fmt.Errorf("-from: %w", err)
	}
	log, err := cli.NewLogger(stderr, *logFormat, *verbose)
	if err != nil {
		return err
	}
	start := time.Now()
	report, err := copyDB(ctx, *from, *to, *wait, log)
	if report != nil {
		fmt.Fprint(stdout, report)
	}
	switch {
	case errors.Is(err, newsfacts.ErrLocked):
		return fmt.Errorf("%w: %w; use -wait to wait for it", cli.ErrLocked, err)
	case err != nil && ctx.Err() != nil:
		return fmt.Errorf("%w: %w; run pgcopy again to go on", cli.ErrInterrupted, context.Cause(ctx))
	case err != nil:
		return err
	}
	fmt.Fprintf(stdout, "pgcopy: copied in %s; every count and sum equal\n", time.Since(start).Round(time.Millisecond))
	return nil
}

// copyDB opens both databases, holds the SQLite file's locks and copies.
func copyDB(ctx context.Context, from, to string, wait time.Duration, log *slog.Logger) (*pgcopy.Report, error) {
	crawlLock, err := sqlite.LockCrawl(ctx, from, wait)
	if err != nil {
		return nil, err
	}
	defer crawlLock.Unlock()
	extractLock, err := sqlite.LockExtract(ctx, from, wait)
	if err != nil {
		return nil, err
	}
	defer extractLock.Unlock()
	src, err := sqlite.Open(ctx, from)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	dst, err := postgres.Open(ctx, to)
	if err != nil {
		return nil, err
	}
	defer dst.Close()
	return pgcopy.Copy(ctx, src, dst, log)
}
