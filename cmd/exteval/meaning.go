package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/facteval"
)

// scoreMeaning prints the scores of the meaning of money facts on the
// annotated sets matching glob (lines read from fetched copies filled
// from mirror), and every miss.
func scoreMeaning(glob, mirror string, w io.Writer) error {
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
	if err := eval.FillMeaning(cases, facteval.NewMirror(mirror)); err != nil {
		return err
	}
	s := eval.ScoreMeaning(cases)
	fmt.Fprintf(w, "sentences %d  money facts %d  found %d\n", len(cases), s.Facts, s.Found)
	printMeaning(w, s, true)
	return nil
}

// scoreAgreement prints how far the reading at pathB agrees with the
// reading at pathA, field by field with the scorer's metric, and every
// disagreement; then the extractor's scores against each reading, all on
// the sentences both files hold.
func scoreAgreement(pathA, pathB string, w io.Writer) error {
	a, err := eval.LoadMeaning(pathA)
	if err != nil {
		return err
	}
	b, err := eval.LoadMeaning(pathB)
	if err != nil {
		return err
	}
	a, b = eval.Common(a, b)
	if len(a) == 0 {
		return fmt.Errorf("-agree: %s and %s share no sentence id", pathA, pathB)
	}
	s := eval.ScoreAgreement(a, b)
	fmt.Fprintf(w, "sentences both hold %d  money facts of A %d  matched in B %d\n", len(a), s.Facts, s.Found)
	fmt.Fprintf(w, "B against A (A = %s, B = %s):\n", pathA, pathB)
	printMeaning(w, s, false)
	for _, r := range []struct {
		name  string
		cases []eval.MeaningCase
	}{{"extractor against A:", a}, {"extractor against B:", b}} {
		fmt.Fprintln(w, r.name)
		printMeaning(w, eval.ScoreMeaning(r.cases), false)
	}
	fmt.Fprintf(w, "disagreements of B with A: %d\n", len(s.Misses))
	printMisses(w, s.Misses)
	// period_text is counted where A has one; list those only B has, so
	// that every disagreement is seen.
	var onlyB []eval.MeaningMiss
	for _, m := range eval.ScoreAgreement(b, a).Misses {
		if m.Field == "period_text" && m.Got == "" {
			onlyB = append(onlyB, m)
		}
	}
	fmt.Fprintf(w, "period_text only in B: %d\n", len(onlyB))
	printMisses(w, onlyB)
	return nil
}

// printMeaning prints the figures of s, and its misses when misses is set.
func printMeaning(w io.Writer, s eval.MeaningScore, misses bool) {
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
	if misses {
		fmt.Fprintf(w, "misses: %d\n", len(s.Misses))
		printMisses(w, s.Misses)
	}
}

// printMisses prints each miss with its sentence.
func printMisses(w io.Writer, ms []eval.MeaningMiss) {
	for _, m := range ms {
		fmt.Fprintf(w, "  %s  %s  %s: want %q, got %q\n    %s\n", m.Case, m.Fact, m.Field, m.Want, m.Got, m.Text)
	}
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
