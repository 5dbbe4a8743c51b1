package extract_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
)

// realPerturbFloor is how many real pages each perturbation must leave
// right on all four checks: the figures measured when the rules last
// changed (see the README of testdata/realpages), so that a rule that
// leans on a name again shows here. The unperturbed page must stay right
// everywhere.
var realPerturbFloor = map[eval.Perturbation]int{
	eval.Unchanged:  50,
	eval.NoNames:    50,
	eval.Renamed:    50,
	eval.PlainTags:  50,
	eval.Wrapped:    50,
	eval.BrText:     50,
	eval.AllAtOnce:  50,
	eval.Bare:       50,
	eval.Prettified: 50,
}

// TestRealPagesPerturbed reruns the real-page check on every page changed
// as a new layout changes a page (eval.Perturbations: names removed or
// renamed, semantic tags made plain, wrappers added, paragraphs written as
// text), and logs a row per perturbation: pages right on all four checks
// and failures per check. With -v it also logs each failing page's
// problems. Pages whose repository has no fetched copy are skipped.
func TestRealPagesPerturbed(t *testing.T) {
	pages, err := eval.LoadRealPages(realPagesDir)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ checked, right, body, title, time, furniture int }
	rows := map[eval.Perturbation]*row{}
	for _, p := range pages {
		page, err := p.HTML(mirrorDir())
		if errors.Is(err, eval.ErrNoCopy) {
			t.Logf("%s: skipped, fetch %s into %s (%v)", p.Name, p.Source(), mirrorDir(), err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := extract.Decode(page, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, pt := range eval.Perturbations {
			changed, err := eval.Perturb([]byte(text), pt)
			if err != nil {
				t.Fatal(err)
			}
			a, err := extract.FromHTML(changed, extract.Options{URL: p.URL})
			r := eval.CheckRealPage(realOutput(a, err), p.Truth)
			w := rows[pt]
			if w == nil {
				w = &row{}
				rows[pt] = w
			}
			w.checked++
			if r.Right() {
				w.right++
				continue
			}
			for _, c := range r.Classes() {
				switch c {
				case "body":
					w.body++
				case "title":
					w.title++
				case "time":
					w.time++
				case "furniture":
					w.furniture++
				}
			}
			if testing.Verbose() {
				t.Logf("%s %s: %s: %q", pt, p.Name, strings.Join(r.Classes(), ","), r.Problems)
			}
		}
	}
	for _, pt := range eval.Perturbations {
		w := rows[pt]
		if w == nil {
			continue
		}
		t.Logf("| %s | %d | %d (%.1f%%) | %d | %d | %d | %d |", pt, w.checked, w.right, 100*float64(w.right)/float64(w.checked), w.body, w.title, w.time, w.furniture)
		if w.checked == len(pages) && w.right < realPerturbFloor[pt] {
			t.Errorf("%s: %d of %d pages right, the floor is %d", pt, w.right, w.checked, realPerturbFloor[pt])
		}
	}
}
