package facts_test

import (
	"cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/facteval"
)

// devSetsGlob is where the per-rule measures look for the annotated
// development sets unless a flag says otherwise.
var devSetsGlob = filepath.Join("testdata", "meaning", "*.jsonl")

// meaningSet is one annotated set: its name (the file's, without .jsonl)
// and its cases.
type meaningSet struct {
	name  string
	cases []eval.MeaningCase
}

// loadMeaningSets loads every annotated set whose file matches glob, in
// the glob's order, the value of the flag named flagName. It fails the
// test when no file matches or one does not load. Lines read from a
// fetched copy (the domestic sets under testdata/fetched, and their
// halves) get their text from the mirror, $NEWSFACTS_MIRROR or
// /work/.mirror as exteval reads it, so that the per-rule measures run on
// them too; no test's default glob holds such lines.
func loadMeaningSets(t *testing.T, flagName, glob string) []meaningSet {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("-%s %q: no annotated set (%v)", flagName, glob, err)
	}
	var sets []meaningSet
	for _, file := range files {
		cases, err := eval.LoadMeaning(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := eval.FillMeaning(cases, facteval.NewMirror(cmp.Or(os.Getenv("NEWSFACTS_MIRROR"), "/work/.mirror"))); err != nil {
			t.Fatal(err)
		}
		sets = append(sets, meaningSet{strings.TrimSuffix(filepath.Base(file), ".jsonl"), cases})
	}
	return sets
}
