package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
)

// realPagesDir is the real-page set, from the repository root.
const realPagesDir = "extract/testdata/realpages"

// defaultMirror is where fetched repositories live unless
// $NEWSFACTS_MIRROR says otherwise.
func defaultMirror() string {
	if d := os.Getenv("NEWSFACTS_MIRROR"); d != "" {
		return d
	}
	return "/work/.mirror"
}

// scoreRealPages checks the extractor on every page of the real-page set
// in dir whose repository has a fetched copy under mirror, and prints
// each page's verdict, the share right on all four checks, the failures
// by check and the bylines. Pages without a copy are listed as skipped.
func scoreRealPages(ctx context.Context, dir, mirror string, w io.Writer) error {
	pages, err := eval.LoadRealPages(dir)
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		fmt.Fprintf(w, "real pages: none listed in %s\n", dir) // an emptied pending set
		return nil
	}
	var right, checked, bylines int
	byClass := map[string]int{}
	var skipped []string
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		page, err := p.HTML(mirror)
		if errors.Is(err, eval.ErrNoCopy) {
			skipped = append(skipped, p.Name)
			continue
		}
		if err != nil {
			return err
		}
		checked++
		r := eval.CheckRealPage(realOutput(extract.FromHTML(page, extract.Options{URL: p.URL})), p.Truth)
		verdict := "ok  "
		if r.Right() {
			right++
		} else {
			verdict = "FAIL"
		}
		if r.Byline {
			bylines++
		}
		for _, c := range r.Classes() {
			byClass[c]++
		}
		fmt.Fprintf(w, "%s %-28s %-10s %s\n", verdict, p.Name, p.Outlet, p.Layout)
		for _, problem := range r.Problems {
			fmt.Fprintf(w, "       %s\n", problem)
		}
	}
	if checked == 0 {
		return fmt.Errorf("no page of %s has a fetched copy under %s", dir, mirror)
	}
	fmt.Fprintf(w, "real pages: %d checked, %d skipped (no copy under %s)\n", checked, len(skipped), mirror)
	fmt.Fprintf(w, "right on all four (body, title, time, furniture): %d of %d = %.1f%%\n", right, checked, 100*float64(right)/float64(checked))
	fmt.Fprintf(w, "failures: body %d, title %d, time %d, furniture %d; byline right %d of %d\n",
		byClass["body"], byClass["title"], byClass["time"], byClass["furniture"], bylines, checked)
	if len(skipped) > 0 {
		fmt.Fprintf(w, "skipped: %s\n", strings.Join(skipped, ", "))
	}
	return nil
}

// realOutput turns extract.FromHTML's result into what eval checks.
func realOutput(a *extract.Article, err error) eval.RealOutput {
	if err != nil {
		return eval.RealOutput{Err: err}
	}
	return eval.RealOutput{Title: a.Title, Byline: a.Byline, Published: a.Published, Paragraphs: a.Paragraphs}
}
