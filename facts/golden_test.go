package facts

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/shared"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// page is the article body of one saved news page.
type page struct {
	name string // e.g. "kbs-03"
	text string
}

// testPages returns the bodies of the saved pages in ../shared/testpages:
// parsed_data.text of each raw/<outlet>/<name>.truth.json, its items
// joined by "\n". It skips the test when the pages are absent.
func testPages(tb testing.TB) []page {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(sharedDir, "testpages", "raw", "*", "*.truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		shared.Missing(tb, filepath.Join(sharedDir, "testpages", "raw"), nil)
	}
	var pages []page
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var truth struct {
			ParsedData struct {
				Text []string `json:"text"`
			} `json:"parsed_data"`
		}
		if err := json.Unmarshal(b, &truth); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		if len(truth.ParsedData.Text) == 0 {
			continue // not an article with a body (kbsworld's truth lists phrases)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".truth.json")
		pages = append(pages, page{name: name, text: strings.Join(truth.ParsedData.Text, "\n")})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	return pages
}

// TestFactsGolden lists the facts of every saved page and compares them
// with testdata/golden/<page>.txt; go test -update rewrites the
// files. Every line there was reviewed by hand for false positives: a rule
// change that moves a line must be reviewed again.
func TestFactsGolden(t *testing.T) {
	for _, p := range testPages(t) {
		t.Run(p.name, func(t *testing.T) {
			facts := Facts(p.text)
			checkFacts(t, p.text, facts)
			got := goldenText(p, facts)
			path := filepath.Join("testdata", "golden", p.name+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if want := string(b); got != want {
				t.Errorf("facts of %s differ from %s:\n--- got\n%s--- want\n%s", p.name, path, got, want)
			}
		})
	}
}

// goldenText formats the facts of a page one per line: kind, span, value
// (or min..max), currency or unit, approx, qualifiers (then "|" and the
// context words, if any) and a snippet of the sentence around the span.
func goldenText(p page, facts []Fact) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %d facts\n", p.name, len(facts))
	for _, f := range facts {
		v := "~"
		switch {
		case f.Value != nil:
			v = f.Value.String()
		case f.Min != nil:
			v = f.Min.String() + ".." + f.Max.String()
		}
		a := ""
		if f.Approx {
			a = " approx"
		}
		words := strings.Join(f.Qualifiers, ",")
		if len(f.ContextWords) > 0 {
			words += "|" + strings.Join(f.ContextWords, ",")
		}
		fmt.Fprintf(&b, "%s\t%s\t%s %s%s%s\t%s\t%s\n", f.Kind, f.Text, v, f.Currency, f.Unit, a,
			words, snippet(f))
	}
	return b.String()
}

// snippet returns the sentence of f cut to about 20 code points around
// its span.
func snippet(f Fact) string {
	s := []rune(f.Sentence)
	i := strings.Index(f.Sentence, f.Text)
	if i < 0 {
		return f.Sentence
	}
	start := len([]rune(f.Sentence[:i]))
	end := start + len([]rune(f.Text))
	lo, hi := max(0, start-20), min(len(s), end+20)
	out := string(s[lo:hi])
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(s) {
		out += "…"
	}
	return strings.ReplaceAll(out, "\t", " ")
}
