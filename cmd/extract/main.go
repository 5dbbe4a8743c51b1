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
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
)

const usage = `Usage:
  extract -db PATH [-sources FILE]  extract every stored page not yet extracted
  extract -db PATH -export csv|jsonl|parquet [-table money|facts|articles] [-o FILE]
                                write a table for a spreadsheet, pandas or DuckDB
  extract -db PATH -page ID     print a stored page's HTML, as received
  extract -html [-url URL] [-sources FILE] FILE...   print the article of each HTML file
  extract -text [-published RFC3339] < TEXT   print the facts stated in plain text

-db turns the pages that 'crawl' stored into rows of the articles and facts
tables, extracting -workers pages at once and saving them in batches of up
to 32, one transaction each: an article and its facts are replaced at
once (the facts that did not change keep their rows, ids and claims), and
a crash loses only the batches being filled and saved, extracted again.
Each worker reads, extracts and saves pages itself, so -workers N keeps N
cores busy: -workers 1 uses one core, the default one per CPU. PATH is a
SQLite database file, or a PostgreSQL URL (postgres://…). Pages
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

-export writes a table, oldest article first, as CSV with a header row, JSON
Lines or Parquet (not for money): -table money (the default) is the money
view (docs/schema.md); facts is every fact of every kind, with its article's
date, outlet and URL; articles is every article with its text and metadata.
Numbers keep every digit (1800000000000, never 1.8e+12): in facts, value, min
and max hold whole values as integers (INT64 in Parquet) and value_text,
min_text and max_text every value as a decimal literal (2.75). Without -o, or
with -o -, it writes to standard output. -o FILE replaces a regular file only
once the export is complete (a symbolic link stays a link: its target is
replaced); a FIFO or a device is written into, never replaced; a directory
or a dangling link is refused; any write error fails the export. From a
PostgreSQL database (-db postgres://…) the export is the same, byte for byte,
as from a SQLite database of the same rows.

-html prints one JSON object per file and line:
  {"file","url","title","byline","published","modified","text",
   "paragraphs":[...],"facts":[...]}
followed by metadata fields: "authors", "emails", "canonical", "section",
"lang", "captions" (photo captions, kept out of "text") and "charset" (what
the bytes were decoded from). "published" and "modified" are RFC 3339 with
the page's offset (+09:00 for a Korean page that gives no zone), or null.
FILE may be gzip-compressed (*.gz). -url gives the page's address when the
page does not name its own.

-max-facts N (20000 by default; 0 for no bound) keeps, with -db and -html,
the first N facts of an article: the others are counted, not kept nor given
a meaning, in articles.facts_dropped and in the "facts_dropped" field of
-html, and -db logs a warning for the article. News articles state tens of
facts; a hostile page of half a million amounts would hold them all in
memory. -text writes every fact as it finds it.

-text reads plain text on standard input and prints one JSON fact per line:
  {"kind","text","value","currency","unit","min","max","approx",
   "qualifiers","context_words","start","end","sentence",
   "role","agent","purpose","period","period_text","per"}
with start and end counted in Unicode code points. A story the text holds
more than once (a page saved by a naive scraper, its body printed two or
three times over) is read once, by the rules -html uses for repeated
paragraphs: its facts are printed once, with offsets into the first copy.

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

What a fact is (docs/facts.md states it in full, with examples):
  kind           money (a currency after or before it), count (a counter
                 word: 명, 개, 개국, 개사, 주 of shares …) or percent
  text           the amount as written, from its first digit (or 수, 몇)
                 to its currency, counter or % sign; a range from its first
                 end to its second end's unit
  value          the exact value, in whole won for KRW; null for a vague
                 amount (수십억 원, 몇백만 원) or a range
  min, max       the ends of a range: 2천억~3천억 원, A에서 B까지, A에서 B
                 사이, A와 B 사이, A에서 최고 B에 달한다, 최소 A에서 최대
                 B를; null for a vague end (수십억~수백억원 has neither);
                 A에서 B로 is a change, two facts, unless both ends carry
                 bounds (최저 A에서 최고 B로)
  currency       ISO 4217, money only; unit the counter, or % or %p
  approx         약, 여, 가량, 정도, 규모, 대 … or a vague number
  qualifiers     the fixed list: 약 대략 근 거의 한, 최대 최소 최고 최저,
                 총, 연 연간 월, 이상 이하 미만 초과 이내, 여 (inside:
                 10억여 원), 가량 안팎 남짓 정도 내외 가까이 쯤 규모 상당
                 경, 대 선
  context_words  other words that say how to read it: 무려, 평균, 수준,
                 하루, 매달, 1인당, 3.3㎡당 …
  sentence       the sentence, or at most 400 code points of it around the
                 fact
No fact: years, dates, ages (30대), ranks (5대 은행), rates (출산율 0.72명,
1천명 당 17명), ordinals (1호 가입자, 결의 2397호, 제750조2호), scores,
weights in 파운드, words with a numeral inside (구조, 천장, 만개), a bare
조 that is a team (본선 3조) or an article (협정 3조, 결의 2397호 25조),
banknotes and coins (5만원권, 1달러 지폐), garbled amounts (1억5천만37만
달러).

-sources FILE (with -db or -html) applies the outlets' extraction rules given
beside their [[source]] in the crawler's sources file (see sources.toml): CSS
selectors for body, drop (furniture), caption, title, date (with an optional
Go time layout date_layout, read in KST) and section. An outlet's rules
override, key by key, the built-in profile of the same host (drop and caption
add to it); rules match a page by its host, so -html needs -url. A selector
that does not compile is an error naming the file, the outlet and the key.

After -db extracts, it checks each outlet's parser health (the outlet_health
view): when a figure of an outlet's latest day (share of pages with an
article, median body length, share of articles with a published time, a
byline, a fact) falls below half of the median of its 7 days before, it logs
a warning naming the outlet and the figure and exits 6.

Environment (a flag given wins):
  NEWSFACTS_DB    the database when none of -db, -html and -text is given
  GOGC, GOMEMLIMIT  Go's garbage collector: unless GOGC is set, -db
                  extracts with GOGC=1000 and GOMEMLIMIT=512MiB (or the
                  GOMEMLIMIT given): a run of two workers peaks at about
                  220 MB of RSS, against 95 MB at Go's default GOGC=100,
                  and spends a fifth less CPU
  GOMAXPROCS      Go's threads running Go code at once: unless it is set,
                  -db runs one more than -workers (if fewer), so that a
                  worker's call into SQLite keeps its thread's turn

Exit codes: 0 all fine; 1 error; 2 bad usage; 3 finished, but some files
failed (-html), or the extractor failed on some pages (-db: a bug, logged
with its stack; the other pages are saved); 4 not started: another extract of the SQLite database is
running (-db; -wait waits for it); 6 finished, but an outlet's extraction looks broken
(-db: the articles are saved; see the log and outlet_health).

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
		io.WriteString(fs.Output(), usage)
		fs.PrintDefaults()
	}
	dbPath := fs.String("db", "", "SQLite database `path`, or PostgreSQL URL (postgres://…), to extract (env NEWSFACTS_DB)")
	workers := fs.Int("workers", runtime.NumCPU(), "with -db: pages extracted at once, one per core: each worker reads, extracts and saves pages, so N workers keep N cores busy")
	lockWait := fs.Duration("wait", 0, "with -db PATH (SQLite): if another extract of the database is running, wait this long for it (0: exit at once with code 4)")
	lease := fs.Duration("lease", postgres.DefaultLease, "with -db URL (PostgreSQL): how long the pages an extract claims stay its own after its last heartbeat (one every third of it); others take over a killed one's pages that much later")
	pageID := fs.Int64("page", 0, "with -db: print the stored page `ID`'s body as received (pages.id), instead of extracting")
	htmlMode := fs.Bool("html", false, "extract the HTML files named as arguments and print JSON")
	textMode := fs.Bool("text", false, "print the facts in plain text read from standard input")
	pageURL := fs.String("url", "", "the page's `URL`, with -html")
	published := fs.String("published", "", "with -text: when the text was published, `RFC3339` (2025-04-18T11:00:00+09:00)")
	exportFormat := fs.String("export", "", "with -db: write a table in `format` csv, jsonl or parquet instead of extracting")
	table := fs.String("table", sqlite.Money, "with -export: the `table` to write: money, facts or articles")
	outPath := fs.String("o", "", "with -export: write to `FILE` instead of standard output")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	quiet := fs.Bool("q", false, "log only warnings and errors")
	verbose := fs.Bool("v", false, "log every article")
	version := fs.Bool("version", false, "print the version and exit")
	sourcesPath := fs.String("sources", "", "with -db or -html: read the outlets' extraction rules from this sources `FILE` (sources.toml)")
	maxFacts := fs.Int("max-facts", extract.DefaultMaxFacts, "with -db or -html: keep at most `N` facts of an article, the first of its text, and count the others (articles.facts_dropped): a hostile page of half a million amounts would exhaust memory (0: keep all)")
	files, err := cli.ParseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return cli.Usagef("%v", err)
	}
	if *version {
		fmt.Fprintln(stdout, cli.Version("extract"))
		return nil
	}
	if *dbPath == "" && !*htmlMode && !*textMode {
		*dbPath = os.Getenv("NEWSFACTS_DB")
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
	switch *exportFormat {
	case "", sqlite.CSV, sqlite.JSONL, sqlite.Parquet:
	default:
		return cli.Usagef("-export %q: want csv, jsonl or parquet", *exportFormat)
	}
	switch *table {
	case sqlite.Money, sqlite.Facts, sqlite.Articles:
	default:
		return cli.Usagef("-table %q: want money, facts or articles", *table)
	}
	if *exportFormat == sqlite.Parquet && *table == sqlite.Money {
		return cli.Usagef("-export parquet writes -table facts or articles (facts has every money fact)")
	}
	if *published != "" && !*textMode {
		return cli.Usagef("-published goes with -text")
	}
	if *outPath != "" && *exportFormat == "" {
		return cli.Usagef("-o goes with -export")
	}
	if *maxFacts < 0 {
		return cli.Usagef("-max-facts must be ≥ 0")
	}
	if flagSet(fs, "max-facts") && (*textMode || *exportFormat != "") {
		return cli.Usagef("-max-facts goes with -db or -html (-text writes every fact as it finds it)")
	}
	factsBound := *maxFacts // as extract.Options.MaxFacts: negative, no bound
	if factsBound == 0 {
		factsBound = -1
	}
	log, err := cli.NewLevelLogger(stderr, *logFormat, cli.Level(*quiet, *verbose))
	if err != nil {
		return err
	}
	defer cli.RouteStdLog(log)()
	if *sourcesPath != "" && (*textMode || *exportFormat != "") {
		return cli.Usagef("-sources goes with -db or -html")
	}
	profiles, err := loadProfiles(*sourcesPath)
	if err != nil {
		return err
	}
	switch {
	case *htmlMode:
		if len(files) == 0 {
			return cli.Usagef("-html needs at least one FILE")
		}
		return htmlFiles(ctx, files, extract.Options{URL: *pageURL, Profiles: profiles, MaxFacts: factsBound}, stdout, stderr)
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
		return textFacts(stdin, stdout, stderr, pub, facts.Extract)
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
		return export(ctx, *dbPath, *table, *exportFormat, *outPath, stdout)
	}
	db, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if pg, ok := db.(*postgres.DB); ok {
		pg.Lease = *lease
	}
	defer pipeline.TuneGC(os.Getenv)() // a batch job: the collector less often, unless GOGC is set
	// A P beside the workers, unless GOMAXPROCS is set: no worker's call
	// into SQLite has its P taken away (pipeline/procs.go).
	defer pipeline.TuneProcs(*workers, os.Getenv)()
	res, err := (&pipeline.Extractor{Log: log, Workers: *workers, LockWait: *lockWait, Profiles: profiles, MaxFacts: factsBound}).Extract(ctx, db)
	if errors.Is(err, newsfacts.ErrLocked) {
		return fmt.Errorf("%w: %w; use -wait to wait for it", cli.ErrLocked, err)
	}
	fmt.Fprintf(stdout, "extract: %d pages, %d articles, %d without article, %d facts\n",
		res.Pages, res.Articles, res.NoArticle, res.Facts)
	if res.TakenOver > 0 {
		fmt.Fprintf(stdout, "extract: %d pages taken over by other extracts (this one stalled past -lease)\n", res.TakenOver)
	}
	if res.Faults > 0 {
		fmt.Fprintf(stdout, "extract: the extractor failed on %d pages (a bug in the rules: see the log)\n", res.Faults)
	}
	if err != nil {
		return err
	}
	if err := checkHealth(ctx, db, log); err != nil || res.Faults == 0 {
		return err
	}
	return fmt.Errorf("the extractor failed on %d page(s), marked without article (see the log): %w", res.Faults, cli.ErrPartial)
}

// checkHealth logs a warning for every figure of an outlet's latest day
// that fell well below the outlet's recent baseline, and returns an error
// wrapping cli.ErrDegraded when there is one.
func checkHealth(ctx context.Context, db pipeline.HealthStore, log *slog.Logger) error {
	alerts, err := pipeline.CheckHealth(ctx, db, time.Now())
	if err != nil {
		return err
	}
	for _, a := range alerts {
		log.Warn("outlet extraction looks broken", "outlet", a.Outlet, "outlet_name", a.Name, "day", a.Day, "figure", a.Figure,
			"value", a.Value, "baseline", a.Baseline)
	}
	if len(alerts) > 0 {
		return fmt.Errorf("%d figure(s) of %s fell below half their baseline (see outlet_health): %w",
			len(alerts), alerts[0].Label(), cli.ErrDegraded)
	}
	return nil
}

// loadProfiles reads the outlets' extraction rules from a sources file
// (crawl's sources.toml: one parser, one validation, for both commands),
// or returns nil, the built-in profiles, when path is empty.
func loadProfiles(path string) (*extract.Profiles, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	srcs, err := crawl.LoadSources(f, path)
	if err != nil {
		return nil, err
	}
	var list []*extract.Profile
	for i := range srcs {
		p, err := srcs[i].Profile()
		if err != nil {
			return nil, fmt.Errorf("sources %s: %w", path, err)
		}
		if p != nil {
			list = append(list, p)
		}
	}
	return extract.NewProfiles(list...), nil
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
