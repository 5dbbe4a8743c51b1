// Command serve serves a read-only web view of a newsfacts database.
//
// Run 'serve -help' for usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/web"
)

const usage = `Usage: serve -db PATH|postgres://… [-addr 127.0.0.1:8080]

Serves a read-only web view of the database that crawl and extract fill:
search over the articles, a facts browser with filters, charts and a CSV
download of the selection, and each article with its facts highlighted.
Open http://127.0.0.1:8080/ in a browser. Nothing is fetched from the
network; the pages need no script.

The database is opened read-only: a SQLite file with sqlite.OpenReadOnly,
a PostgreSQL database (-db postgres://USER:PASSWORD@HOST/DB) in read-only
sessions. serve never writes to it, and runs beside crawl and extract. It
must have been brought up to date by this build's 'extract -db' once. Every query has a time limit
(-query-timeout; a download gets four times as long) and every listing a
bounded page size.

The address is loopback by default: the view has no login. Put it behind a
proxy that authenticates before you listen on another address.

Environment (a flag given wins):
  NEWSFACTS_DB     the default of -db
  NEWSFACTS_ADDR   the default of -addr

Exit codes: 0 stopped by SIGINT or SIGTERM; 1 error; 2 bad usage.

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr, nil)
	stop()
	cli.Exit("serve", err)
}

// run serves until ctx ends. When ready is not nil, it receives the
// address listened on once the server accepts connections.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, ready chan<- string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	dbPath := fs.String("db", cli.Getenv("NEWSFACTS_DB", ""), "SQLite database `path`, or PostgreSQL URL (postgres://…) (env NEWSFACTS_DB)")
	addr := fs.String("addr", cli.Getenv("NEWSFACTS_ADDR", "127.0.0.1:8080"), "`host:port` to listen on (env NEWSFACTS_ADDR)")
	timeout := fs.Duration("query-timeout", 5*time.Second, "time limit for the queries of one request")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	quiet := fs.Bool("q", false, "log only warnings and errors")
	verbose := fs.Bool("v", false, "log every request")
	version := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.Usagef("%v", err)
	}
	if *version {
		fmt.Fprintln(stdout, cli.Version("serve"))
		return nil
	}
	switch {
	case fs.NArg() > 0:
		return cli.Usagef("unexpected arguments %s", strings.Join(fs.Args(), " "))
	case *dbPath == "":
		return cli.Usagef("no -db given (or NEWSFACTS_DB)")
	case *timeout <= 0:
		return cli.Usagef("-query-timeout must be > 0")
	}
	log, err := cli.NewLevelLogger(stderr, *logFormat, cli.Level(*quiet, *verbose))
	if err != nil {
		return err
	}
	store, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	h, err := web.New(store, web.Options{Timeout: *timeout, Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           logRequests(h, log),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      4**timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			log.Warn("listening beyond loopback: the view has no login", "addr", ln.Addr().String())
		}
	}
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "db", redactURL(*dbPath))
	if ready != nil {
		ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// logRequests logs each request at debug level.
func logRequests(h http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		log.Debug("request", "method", r.Method, "url", r.URL.String(), "duration", time.Since(start))
	})
}
