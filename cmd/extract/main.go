// Command extract turns news pages into clean articles and facts.
//
// Run 'extract -help' for usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

const usage = `Usage:
  extract -db PATH              extract every stored page not yet extracted
  extract -db PATH -export csv|jsonl [-o FILE]   write the money view
  extract -db PATH -page ID     print a stored page's HTML, as received
  extract -html [-url URL] FILE...   print the article of each HTML file
  extract -text [-published RFC3339] < TEXT   print the facts stated in plain text

-db turns the pages that 'crawl' stored into rows of the articles and facts
tables, one transaction per article, extracting -workers pages at once. PATH
is a SQLite database file, or a PostgreSQL URL (postgres://…). Pages
extracted by an older extractor version are extracted again; running it
twice does nothing the second time. On SQLite one extract works on a
database at a time (the file has one writer). On PostgreSQL any number of
extract processes, on any number of machines, share the work: each claims
the pages it extracts, so that none is extracted twice; the pages of one
killed (SIGKILL, a crash) are taken over by the others -lease after its
last heartbeat. Each exits when no page is left, those that others hold
included.

-page prints the body of the pages row ID as it was received: the stores keep
bodies compressed (pages.body_encoding, docs/schema.md).

-export writes every row of the database's money view (docs/schema.md), oldest
article first: CSV with a header row, or JSON Lines. Amounts keep every digit
(1800000000000, never 1.8e+12). Without -o it writes to standard output.

-html prints one JSON object per file and line:
  {"file","url","title","byline","published","modified","text",
   "paragraphs":[...],"facts":[...]}
followed by metadata fields: "authors", "emails", "canonical", "section",
"lang", "captions" (photo captions, kept out of "text") and "charset" (what
the bytes were decoded from). "published" and "modified" are RFC 3339 with
the page's offset (+09:00 for a Korean page that gives no zone), or null.
FILE may be gzip-compressed (*.gz). -url gives the page's address when the
page does not name its own.

-text reads plain text on standard input and prints one JSON fact per line:
  {"kind","text","value","currency","unit","min","max","approx",
   "qualifiers","start","end","sentence",
   "role","agent","purpose","period","period_text","per"}
with start and end counted in Unicode code points. docs/facts.md says what a
fact is.

Each money fact, in -text and -html, says what it means (docs/meaning.md):
"role" is "level" (exists, spent, raised, priced), "change" (a difference:
2조 원 늘어난), "rate" (per unit: 1인당) or "other" (a threshold: 5만 원
이상은); "agent" who spends, earns or announces it and "purpose" what it is
for, as written; "period" its time normalised (2025, 2025-Q2, 2025-04,
2025-04-18) and "period_text" as written (올해, 이날); "per" is "year",
"month" or "day" for 연 20억 원, 월 50만 원. A field the text does not state is
null. Relative times are resolved in Korean time against the page's
publication time (-html) or -published (-text); without it "period" stays
null and "period_text" is kept.

Exit codes: 0 all fine; 1 error; 2 bad usage; 3 finished, but some files
failed (-html); 4 not started: another extract of the SQLite database is
running (-db; -wait waits for it).

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	cli.Exit("extract", err)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	dbPath := fs.String("db", "", "SQLite database `path`, or PostgreSQL URL (postgres://…), to extract")
	workers := fs.Int("workers", runtime.NumCPU(), "with -db: pages extracted at once, one per core")
	lockWait := fs.Duration("wait", 0, "with -db PATH (SQLite): if another extract of the database is running, wait this long for it (0: exit at once with code 4)")
	lease := fs.Duration("lease", postgres.DefaultLease, "with -db URL (PostgreSQL): how long the pages an extract claims stay its own after its last heartbeat (one every third of it); others take over a killed one's pages that much later")
	pageID := fs.Int64("page", 0, "with -db: print the stored page `ID`'s body as received (pages.id), instead of extracting")
	htmlMode := fs.Bool("html", false, "extract the HTML files named as arguments and print JSON")
	textMode := fs.Bool("text", false, "print the facts in plain text read from standard input")
	pageURL := fs.String("url", "", "the page's `URL`, with -html")
	published := fs.String("published", "", "with -text: when the text was published, `RFC3339` (2025-04-18T11:00:00+09:00)")
	exportFormat := fs.String("export", "", "with -db: write the money view in `format` csv or jsonl instead of extracting")
	outPath := fs.String("o", "", "with -export: write to `FILE` instead of standard output")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	verbose := fs.Bool("v", false, "log every article")
	files, err := cli.ParseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.Usagef("%v", err)
	}
	modes := 0
	for _, on := range []bool{*dbPath != "", *htmlMode, *textMode} {
		if on {
			modes++
		}
	}
	if modes != 1 {
		return cli.Usagef("give exactly one of -db, -html or -text")
	}
	if *exportFormat != "" && *dbPath == "" {
		return cli.Usagef("-export needs -db")
	}
	if *exportFormat != "" && *exportFormat != sqlite.CSV && *exportFormat != sqlite.JSONL {
		return cli.Usagef("-export %q: want csv or jsonl", *exportFormat)
	}
	if *published != "" && !*textMode {
		return cli.Usagef("-published goes with -text")
	}
	if *outPath != "" && *exportFormat == "" {
		return cli.Usagef("-o goes with -export")
	}
	log, err := cli.NewLogger(stderr, *logFormat, *verbose)
	if err != nil {
		return err
	}
	switch {
	case *htmlMode:
		if len(files) == 0 {
			return cli.Usagef("-html needs at least one FILE")
		}
		return htmlFiles(ctx, files, *pageURL, stdout, stderr)
	case *textMode:
		if len(files) > 0 {
			return cli.Usagef("-text reads standard input; unexpected arguments %s", strings.Join(files, " "))
		}
		var pub time.Time
		if *published != "" {
			if pub, err = time.Parse(time.RFC3339, *published); err != nil {
				return cli.Usagef("-published %q: want RFC 3339, such as 2025-04-18T11:00:00+09:00", *published)
			}
		}
		return textFacts(stdin, stdout, pub)
	}
	if len(files) > 0 {
		return cli.Usagef("-db takes no arguments; unexpected %s", strings.Join(files, " "))
	}
	if *workers < 1 {
		return cli.Usagef("-workers must be ≥ 1")
	}
	if *lease < time.Second {
		return cli.Usagef("-lease must be ≥ 1s")
	}
	if *pageID != 0 {
		if *exportFormat != "" {
			return cli.Usagef("give -page or -export, not both")
		}
		return printPage(ctx, *dbPath, *pageID, stdout)
	}
	if *exportFormat != "" {
		if postgres.IsURL(*dbPath) {
			return cli.Usagef("-export reads a SQLite database; from PostgreSQL, use psql: \\copy (SELECT * FROM money ORDER BY fact_id) TO 'money.csv' CSV HEADER")
		}
		return exportMoney(ctx, *dbPath, *exportFormat, *outPath, stdout)
	}
	db, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if pg, ok := db.(*postgres.DB); ok {
		pg.Lease = *lease
	}
	res, err := (&pipeline.Extractor{Log: log, Workers: *workers, LockWait: *lockWait}).Extract(ctx, db)
	if errors.Is(err, newsfacts.ErrLocked) {
		return fmt.Errorf("%w: %w; use -wait to wait for it", cli.ErrLocked, err)
	}
	fmt.Fprintf(stdout, "extract: %d pages, %d articles, %d without article, %d facts\n",
		res.Pages, res.Articles, res.NoArticle, res.Facts)
	if res.TakenOver > 0 {
		fmt.Fprintf(stdout, "extract: %d pages taken over by other extracts (this one stalled past -lease)\n", res.TakenOver)
	}
	return err
}
