package main

import (
	"context"
	"fmt"
	"io"

	"github.com/newsfacts/newsfacts/facteval"
	"github.com/newsfacts/newsfacts/facts"
)

// realtextDir is the real-text evaluation, from the repository root.
const realtextDir = "facts/testdata/realtext"

// scoreFacts scores facts.Facts on the annotated sentences of dir (those
// read from fetched copies filled from mirror) and
// prints the figures per kind, the bars of issue 12 and every miss.
func scoreFacts(ctx context.Context, dir, mirror string, w io.Writer) error {
	set, err := facteval.Load(dir)
	if err != nil {
		return err
	}
	if err := facteval.Fill(set, facteval.NewMirror(mirror)); err != nil {
		return err
	}
	if len(set) == 0 {
		return fmt.Errorf("no annotated sentences (*.jsonl) in %s", dir)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	r := facteval.Score(set, facts.Facts)
	fmt.Fprintf(w, "facts: %d sentences (%d traps) in %s\n", r.Sentences, r.Traps, dir)
	fmt.Fprintf(w, "%-8s %6s %9s %7s %9s %7s %7s\n", "kind", "gold", "predicted", "matched", "precision", "recall", "F1")
	line := func(name string, c facteval.Counts) {
		fmt.Fprintf(w, "%-8s %6d %9d %7d %9.4f %7.4f %7.4f\n", name, c.Gold, c.Pred, c.Match, c.Precision(), c.Recall(), c.F1())
	}
	for _, k := range facteval.Kinds {
		line(string(k), *r.Kinds[k])
	}
	line("all", r.All)
	ws := r.Words
	fmt.Fprintf(w, "on %d matched facts: qualifiers agree %.4f, context words %.4f, approx %.4f\n",
		ws.Matched, frac(ws.Qualifiers, ws.Matched), frac(ws.Context, ws.Matched), frac(ws.Approx, ws.Matched))
	for _, b := range facteval.Bars {
		v, verdict := b.Of(r), "met"
		if v < b.Min {
			verdict = "NOT MET"
		}
		fmt.Fprintf(w, "bar: %s %s %.4f >= %.2f %s\n", b.Kind, b.Metric, v, b.Min, verdict)
	}
	fmt.Fprintf(w, "misses: %d\n", len(r.Misses))
	for _, m := range r.Misses {
		fmt.Fprintf(w, "%s\t%s", m.Kind, m.Sentence.ID)
		if m.Gold != nil {
			fmt.Fprintf(w, "\tgold %s", gold(m.Gold))
		}
		if m.Got != nil {
			fmt.Fprintf(w, "\tgot %s", got(m.Got))
		}
		if m.Diff != "" {
			fmt.Fprintf(w, "\t(%s)", m.Diff)
		}
		fmt.Fprintf(w, "\n\t%s\n", m.Sentence.Text)
	}
	return nil
}

func frac(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// gold formats an annotated fact on one line.
func gold(g *facteval.Gold) string {
	return fmt.Sprintf("%s %q %s%s approx=%v q=%q c=%q", g.Kind, g.Text, number(g.Value, g.Min, g.Max),
		unit(g.Currency, g.Unit), g.Approx, g.Qualifiers, g.ContextWords)
}

// got formats a predicted fact on one line.
func got(f *facts.Fact) string {
	return fmt.Sprintf("%s %q %s%s approx=%v q=%q c=%q", f.Kind, f.Text, number(f.Value, f.Min, f.Max),
		unit(f.Currency, f.Unit), f.Approx, f.Qualifiers, f.ContextWords)
}

func number(v, lo, hi *facts.Decimal) string {
	if v != nil || lo == nil && hi == nil {
		return facteval.Number(v)
	}
	return facteval.Number(lo) + ".." + facteval.Number(hi)
}

func unit(currency, u string) string { return " " + currency + u }
