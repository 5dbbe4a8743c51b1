// Command exteval scores the extractor. By default it scores the HTML
// extractor on an article-extraction benchmark folder: macro precision,
// recall and F1 over token 4-shingles, and the pages that score below a
// threshold. -meaning scores the meaning of money facts on hand-annotated
// sets (docs/meaning.md), -claims the claims across outlets on a set of
// stories.
//
//	go run -tags sqlite_fts5 ./cmd/exteval -bench ../shared/benchmarks/article-extraction
//	go run -tags sqlite_fts5 ./cmd/exteval -meaning
//	go run -tags sqlite_fts5 ./cmd/exteval -claims
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
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "exteval:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("exteval", flag.ContinueOnError)
	bench := fs.String("bench", "../shared/benchmarks/article-extraction", "benchmark folder: ground-truth.json and html/*.html.gz")
	below := fs.Float64("below", 0.8, "list pages whose F1 is below this")
	out := fs.String("out", "", "write predictions as benchmark JSON to this file")
	useURL := fs.Bool("url", false, "pass each page's URL from the ground truth to the extractor")
	meaning := fs.Bool("meaning", false, "score the meaning of money facts (role, agent, purpose, period, per) on -sets")
	sets := fs.String("sets", "facts/testdata/meaning/*.jsonl", "with -meaning: annotated sets, a `glob` of JSON Lines files")
	claims := fs.Bool("claims", false, "score claims across outlets on -stories")
	stories := fs.String("stories", "testdata/claims/articles.jsonl", "with -claims: the cross-outlet set, a JSON Lines `file`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *meaning && *claims:
		return fmt.Errorf("give -meaning or -claims, not both")
	case *meaning:
		return scoreMeaning(*sets, stdout)
	case *claims:
		return scoreClaims(*stories, stdout)
	}
	pages, err := eval.Load(*bench)
	if err != nil {
		return err
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
