package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsfacts/newsfacts/eval"
)

// scoreMeaning prints the scores of the meaning of money facts on the
// annotated sets matching glob, and every miss.
func scoreMeaning(glob string, w io.Writer) error {
	paths, err := filepath.Glob(glob)
	if err != nil {
		return fmt.Errorf("-sets %q: %w", glob, err)
	}
	if len(paths) == 0 {
		return fmt.Errorf("-sets %q: no annotated set", glob)
	}
	cases, err := eval.LoadMeaning(paths...)
	if err != nil {
		return err
	}
	s := eval.ScoreMeaning(cases)
	fmt.Fprintf(w, "sentences %d  money facts %d  found %d\n", len(cases), s.Facts, s.Found)
	for _, r := range []struct {
		name string
		r    eval.Ratio
	}{
		{"role", s.Role},
		{"agent lenient", s.AgentLenient}, {"agent exact", s.AgentExact},
		{"purpose lenient", s.PurposeLenient}, {"purpose exact", s.PurposeExact},
		{"period", s.Period}, {"period_text", s.PeriodText}, {"per", s.Per},
	} {
		fmt.Fprintf(w, "  %-16s %.3f  (%d/%d)\n", r.name, r.r.Value(), r.r.Hit, r.r.Total)
	}
	fmt.Fprintf(w, "misses: %d\n", len(s.Misses))
	for _, m := range s.Misses {
		fmt.Fprintf(w, "  %s  %s  %s: want %q, got %q\n    %s\n", m.Case, m.Fact, m.Field, m.Want, m.Got, m.Text)
	}
	return nil
}

// scoreClaims prints the pairwise score of claims on the cross-outlet set
// at path, and every pair missed.
func scoreClaims(path string, w io.Writer) error {
	arts, err := eval.LoadClaimSet(path)
	if err != nil {
		return err
	}
	s := eval.ScoreClaims(arts)
	fmt.Fprintf(w, "articles %d  stories %d  money facts %d  claims %d\n", s.Articles, s.Stories, s.Facts, s.Claims)
	fmt.Fprintf(w, "pairs of one claim: precision %.4f  recall %.4f  (found and true %d, found not true %d, true not found %d)\n",
		s.Precision(), s.Recall(), s.TP, s.FP, s.FN)
	for _, m := range s.Misses {
		fmt.Fprintf(w, "  %s\n", m)
	}
	return nil
}
