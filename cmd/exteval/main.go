// Command exteval scores the extractor. By default it scores the HTML
// extractor on an article-extraction benchmark folder: macro precision,
// recall and F1 over token 4-shingles, and the pages that score below a
// threshold. -facts scores the fact extractor on sentences annotated by
// hand, -meaning the meaning of money facts on hand-annotated sets
// (docs/meaning.md), or with -agree one reading of a set against another, -claims the claims across outlets on a set of
// stories.
//
//	go run -tags sqlite_fts5 ./cmd/exteval -bench ../shared/benchmarks/article-extraction
//	go run -tags sqlite_fts5 ./cmd/exteval -facts [DIR]
//	go run -tags sqlite_fts5 ./cmd/exteval -meaning
//	go run -tags sqlite_fts5 ./cmd/exteval -meaning -agree FILE_A FILE_B
//	go run -tags sqlite_fts5 ./cmd/exteval -claims
//	go run -tags sqlite_fts5 ./cmd/exteval -realpages
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "exteval:", err)
		os.Exit(1)
	}
}

const usage = `Usage:
  exteval [-bench DIR] [-below F1] [-out FILE] [-url]   score the HTML extractor
  exteval -facts [PATH]                                score the fact extractor
  exteval -realpages [-pages DIR] [-mirror DIR]        check real Korean article pages

-realpages checks the HTML extractor on the real-page set (default
` + realPagesDir + `): Korean article pages kept in public repositories,
each read from a fetched copy of its repository under -mirror (git show
COMMIT:PATH, cut as the manifest says) and checked against truth written
by hand: body (each truth phrase once, at most 15% more and 10% fewer
letters, paragraph count), title, published time in KST, and furniture.
It prints each page's verdict, the share right on all four and the
failures by check; pages whose repository has no copy are skipped.

-bench scores article bodies against an article-extraction benchmark folder
(ground-truth.json and html/*.html.gz) with its own metric, token 4-shingles.

-facts scores the fact extractor on the annotated sentences of PATH: every
*.jsonl file of a directory (default ` + realtextDir + `, run from the
repository root), or a file or a glob of files (facts/testdata/realtext/voa-b2.jsonl), one JSON object a line as facteval documents:
  {"id","source","ref","date","text","trap","note","facts":[{"kind","text",
   "value","min","max","currency","unit","approx","qualifiers","context_words"}]}
A predicted fact matches an annotated one when kind, text (the span exactly
as written), value, min, max (compared as numbers, null only with null),
currency and unit all agree. Precision is matched over predicted facts,
recall matched over annotated ones, per kind. The rest are misses: a
"wrong" one where the two spans are the same or overlap but something
differs (it counts against both), "false positive" and "false negative"
for the others. Qualifiers, context words and approx are scored apart, on
matched facts ("words" misses). It prints the figures, the bars of issue
12 (money precision 0.99 and recall 0.98, count and percent F1 0.97 and
0.99) and every miss with its sentence. docs/facts.md states the
conventions the annotations follow.

A line of -facts or -meaning with "from" (and "context_from") and an empty
text is read from a fetched copy of a repository under -mirror: bytes
start..end of path at commit, checked against sha256 (third-party text we
may not commit, facts/testdata/blind8). A missing copy or a changed file
is an error naming the repository and the line.

Flags:
`

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("exteval", flag.ContinueOnError)
	fs.Usage = func() {
		io.WriteString(fs.Output(), usage)
		fs.PrintDefaults()
	}
	bench := fs.String("bench", "../shared/benchmarks/article-extraction", "benchmark folder: ground-truth.json and html/*.html.gz")
	below := fs.Float64("below", 0.8, "list pages whose F1 is below this")
	out := fs.String("out", "", "write predictions as benchmark JSON to this file")
	useURL := fs.Bool("url", false, "pass each page's URL from the ground truth to the extractor")
	factsMode := fs.Bool("facts", false, "score the fact extractor on the annotated sentences of DIR instead")
	meaning := fs.Bool("meaning", false, "score the meaning of money facts (role, agent, purpose, period, per) on -sets")
	agree := fs.Bool("agree", false, "with -meaning: score the reading FILE_B against FILE_A (two arguments), and the extractor against each, on the sentences both hold")
	sets := fs.String("sets", "facts/testdata/meaning/*.jsonl", "with -meaning: annotated sets, a `glob` of JSON Lines files")
	claims := fs.Bool("claims", false, "score claims across outlets on -stories")
	stories := fs.String("stories", "testdata/claims/articles.jsonl", "with -claims: the cross-outlet set, a JSON Lines `file`")
	realPages := fs.Bool("realpages", false, "check the HTML extractor on the real-page set instead")
	pagesDir := fs.String("pages", realPagesDir, "with -realpages: the real-page set, a `dir` with manifest.json and NAME.truth.json")
	mirror := fs.String("mirror", defaultMirror(), "with -realpages, -facts and -meaning: where fetched repositories live (`dir`/owner+name/repo)")
	version := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *version {
		fmt.Fprintln(stdout, cli.Version("exteval"))
		return nil
	}
	modes := 0
	for _, on := range []bool{*factsMode, *meaning, *claims, *realPages} {
		if on {
			modes++
		}
	}
	if modes > 1 {
		return fmt.Errorf("give one of -facts, -meaning, -claims or -realpages")
	}
	if *agree && !*meaning {
		return fmt.Errorf("-agree goes with -meaning")
	}
	if fs.NArg() > 0 && !*factsMode && !*agree {
		return fmt.Errorf("unexpected arguments %v (PATH goes with -facts, FILE_A FILE_B with -meaning -agree)", fs.Args())
	}
	switch {
	case *factsMode:
		if fs.NArg() > 1 {
			return fmt.Errorf("-facts takes one DIR, not %d", fs.NArg())
		}
		dir := realtextDir
		if fs.NArg() == 1 {
			dir = fs.Arg(0)
		}
		return scoreFacts(ctx, dir, *mirror, stdout)
	case *meaning && *agree:
		if fs.NArg() != 2 {
			return fmt.Errorf("-meaning -agree takes FILE_A FILE_B, not %d arguments", fs.NArg())
		}
		return scoreAgreement(fs.Arg(0), fs.Arg(1), stdout)
	case *meaning:
		return scoreMeaning(*sets, *mirror, stdout)
	case *claims:
		return scoreClaims(*stories, stdout)
	case *realPages:
		return scoreRealPages(ctx, *pagesDir, *mirror, stdout)
	}
	pages, err := eval.Load(*bench)
	if err != nil {
		return fmt.Errorf("%w (the benchmark is in the shared folder beside the repository; point -bench at another copy)", err)
	}
	truth := make([]string, len(pages))
	pred := make([]string, len(pages))
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		truth[i] = p.Truth
		opt := extract.Options{}
		if *useURL {
			opt.URL = p.URL
		}
		if a, err := extract.FromHTML(p.HTML, opt); err == nil {
			pred[i] = a.Text
		}
	}
	s := eval.Corpus(truth, pred)
	fmt.Fprintf(stdout, "pages %d  F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f\n",
		s.Pages, s.F1, s.Precision, s.Recall, s.Accuracy)

	type low struct {
		id      string
		f, p, r float64
	}
	var lows []low
	for i, p := range pages {
		c := eval.Compare(truth[i], pred[i])
		if f := c.F1(); f < *below {
			lows = append(lows, low{p.ID, f, c.Precision(), c.Recall()})
		}
	}
	sort.Slice(lows, func(i, j int) bool { return lows[i].f < lows[j].f })
	fmt.Fprintf(stdout, "pages below F1 %.2f: %d\n", *below, len(lows))
	for _, l := range lows {
		fmt.Fprintf(stdout, "  %.3f  P %.3f  R %.3f  %s\n", l.f, l.p, l.r, l.id)
	}
	if *out != "" {
		m := make(map[string]map[string]string, len(pages))
		for i, p := range pages {
			m[p.ID] = map[string]string{"articleBody": pred[i]}
		}
		b, err := json.MarshalIndent(m, "", " ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
	}
	return nil
}
