package extract

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/internal/shared"
)

// testpagePerturbFloor is how many testpages each perturbation must leave
// right on all four checks, as measured when the rules last changed (see
// the README of testdata/realpages).
var testpagePerturbFloor = map[eval.Perturbation]int{
	eval.Unchanged:  40,
	eval.NoNames:    40,
	eval.Renamed:    40,
	eval.PlainTags:  40,
	eval.Wrapped:    40,
	eval.BrText:     40,
	eval.AllAtOnce:  40,
	eval.Bare:       21,
	eval.Prettified: 40,
}

// testpageVerdict scores an article against a testpage's truth on the
// four checks TestKoreanTestpages makes: body (every truth sentence as
// often as the truth has it, or kept as a caption), title, published time
// and furniture (no furniturePhrases in the text). It returns the names
// of the failed checks.
func testpageVerdict(a *Article, truth truthFile) []string {
	var failed []string
	body, title, when := true, true, true
	for _, f := range furniturePhrases {
		if strings.Contains(a.Text, f) {
			failed = append(failed, "furniture")
			break
		}
	}
	if truth.With != nil {
		for _, p := range truth.With {
			body = body && strings.Count(a.Text, p) == 1
		}
		for _, p := range truth.Without {
			body = body && !strings.Contains(a.Text, p)
		}
		title = truth.Title == "" || a.Title == truth.Title
	} else {
		text := letters(a.Text)
		captions := letters(strings.Join(a.Captions, "\n"))
		all, sentences := truthSentences(truth.ParsedData.Text)
		for _, s := range sentences {
			got := strings.Count(text, s)
			if got == 0 && strings.Contains(captions, s) {
				continue
			}
			body = body && got == strings.Count(all, s)
		}
		if len(truth.ParsedData.Title) > 0 {
			title = a.Title == titleNoise.ReplaceAllString(cleanTitle(truth.ParsedData.Title[0]), "")
		}
		if len(truth.ParsedData.PublishedAt) > 0 {
			want, ok := parseDate(truth.ParsedData.PublishedAt[0], kst)
			d := a.Published.Sub(want.t)
			switch {
			case !ok || a.Published.IsZero():
				when = false
			case want.prec == precSecond:
				when = d >= -time.Second && d <= time.Second
			default:
				when = d >= 0 && d < time.Minute
			}
		}
	}
	for _, c := range []struct {
		ok   bool
		name string
	}{{body, "body"}, {title, "title"}, {when, "time"}} {
		if !c.ok {
			failed = append(failed, c.name)
		}
	}
	return failed
}

// TestTestpagesPerturbed reruns the testpages' checks on every page
// changed as a new layout changes a page (eval.Perturbations) and logs a
// row per perturbation: pages right on all four checks and failures per
// check; with -v, each failing page.
func TestTestpagesPerturbed(t *testing.T) {
	truths, _ := filepath.Glob(filepath.Join(testpagesDir, "*", "*.truth.json"))
	if len(truths) == 0 {
		shared.Missing(t, testpagesDir, nil)
	}
	type row struct{ checked, right int }
	rows := map[eval.Perturbation]*row{}
	fails := map[eval.Perturbation]map[string]int{}
	for _, tf := range truths {
		name := strings.TrimSuffix(filepath.Base(tf), ".truth.json")
		truth, page := readTestpage(t, tf)
		text, _, err := Decode(page, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, pt := range eval.Perturbations {
			changed, err := eval.Perturb([]byte(text), pt)
			if err != nil {
				t.Fatal(err)
			}
			if rows[pt] == nil {
				rows[pt], fails[pt] = &row{}, map[string]int{}
			}
			rows[pt].checked++
			var failed []string
			a, err := FromHTML(changed, Options{})
			if err != nil {
				failed = []string{"body", "title", "time", "furniture"}
			} else {
				failed = testpageVerdict(a, truth)
			}
			if len(failed) == 0 {
				rows[pt].right++
				continue
			}
			for _, c := range failed {
				fails[pt][c]++
			}
			if testing.Verbose() {
				t.Logf("%s %s: %s", pt, name, strings.Join(failed, ","))
			}
		}
	}
	for _, pt := range eval.Perturbations {
		w, f := rows[pt], fails[pt]
		t.Logf("| %s | %d | %d (%.1f%%) | %d | %d | %d | %d |", pt, w.checked, w.right, 100*float64(w.right)/float64(w.checked), f["body"], f["title"], f["time"], f["furniture"])
		if w.right < testpagePerturbFloor[pt] {
			t.Errorf("%s: %d of %d testpages right, the floor is %d", pt, w.right, w.checked, testpagePerturbFloor[pt])
		}
	}
}
