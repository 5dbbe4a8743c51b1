package facts_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/facts"
)

// learn runs the learned chooser's experiment (docs/meaning.md "A learned
// chooser: experiment"): go test -tags sqlite_fts5 -run TestLearnChooser -learn -v ./facts/
var learn = flag.Bool("learn", false, "run the learned chooser's leave-one-set-out experiment")

// learnSets are the annotated sets the experiment reads: every development
// set, never a blind one (blind3, blind4).
var learnSets = []string{
	filepath.Join("testdata", "meaning", "*.jsonl"),
	filepath.Join("testdata", "meaning", "incoming", "*.jsonl"),
	filepath.Join("..", "eval", "testdata", "meaning", "*.jsonl"),
}

var learnFields = []string{"agent", "purpose"}

// learnFact is one annotated money fact as the experiment sees it.
type learnFact struct {
	set   string
	found bool
	gold  map[string]string
	rules map[string]string
	ex    map[string]facts.LearnExample // by field and variant: agent, agent+rules …
}

// loadLearnFacts reads the sets, runs the extractor and lists the
// candidates of each annotated money fact.
func loadLearnFacts(t *testing.T) []learnFact {
	t.Helper()
	var out []learnFact
	for _, g := range learnSets {
		paths, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if strings.Contains(p, "blind") {
				continue
			}
			cases, err := eval.LoadMeaning(p)
			if err != nil {
				t.Fatal(err)
			}
			set := strings.TrimSuffix(filepath.Base(p), ".jsonl")
			if strings.Contains(p, filepath.Join("eval", "testdata")) {
				set = "eval-" + set
			}
			for _, c := range cases {
				out = append(out, learnCase(set, c)...)
			}
		}
	}
	return out
}

// learnCase runs the extractor on c as eval.ScoreMeaning does and returns
// its annotated facts with their candidates.
func learnCase(set string, c eval.MeaningCase) []learnFact {
	input, offset := c.Text, 0
	if c.Context != "" {
		input = c.Context + "\n" + c.Text
		offset = utf8.RuneCountInString(c.Context) + 1
	}
	var opt facts.Options
	if c.Published != "" {
		opt.Published, _ = time.Parse(time.RFC3339, c.Published)
	}
	var got []facts.Fact
	for _, f := range facts.Extract(input, opt) {
		if f.Kind == facts.KindMoney && f.Start >= offset {
			got = append(got, f)
		}
	}
	used := make([]bool, len(got))
	var out []learnFact
	for _, want := range c.Facts {
		lf := learnFact{set: set, gold: map[string]string{"agent": string(want.Agent), "purpose": string(want.Purpose)}}
		k := matchLearnFact(want, got, used)
		if k >= 0 {
			used[k] = true
			f := got[k]
			lf.found = true
			lf.rules = map[string]string{"agent": string(f.Agent), "purpose": string(f.Purpose)}
			start, end := runeToByte(c.Text, f.Start-offset), runeToByte(c.Text, f.End-offset)
			lf.ex = map[string]facts.LearnExample{}
			for _, field := range learnFields {
				for _, useRules := range []bool{false, true} {
					ex := facts.LearnCandidates(c.Text, c.Context, start, end, lf.rules[field], useRules, field)
					ex.Gold = goldIndex(ex.Texts, lf.gold[field])
					lf.ex[variant(field, useRules)] = ex
				}
			}
		}
		out = append(out, lf)
	}
	return out
}

func variant(field string, useRules bool) string {
	if useRules {
		return field + "+rules"
	}
	return field
}

// matchLearnFact is eval's matchFact: the unused fact of got with the
// annotated currency and value, the same text preferred; -1 if none.
func matchLearnFact(want eval.MeaningFact, got []facts.Fact, used []bool) int {
	best := -1
	for i, f := range got {
		if used[i] || f.Currency != want.Currency {
			continue
		}
		v := ""
		if f.Value != nil {
			v = f.Value.String()
		}
		if v != want.Value && !(want.Value == "" && f.Value == nil) {
			continue
		}
		if f.Text == want.Text || strings.Contains(f.Text, want.Text) || strings.Contains(want.Text, f.Text) {
			return i
		}
		if best < 0 {
			best = i
		}
	}
	return best
}

// runeToByte returns the byte offset of code point n of s.
func runeToByte(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// goldIndex returns the candidate to prefer for annotation want: one equal
// to it, else the one that agrees leniently and is nearest in length; -1
// if none agrees.
func goldIndex(texts []string, want string) int {
	for i, t := range texts {
		if eval.Exact(want, t) {
			return i
		}
	}
	best, bd := -1, 0
	for i, t := range texts {
		if !eval.Lenient(want, t) {
			continue
		}
		d := len(t) - len(want)
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bd {
			best, bd = i, d
		}
	}
	return best
}

// learnTally counts lenient and exact hits of one field on one set.
type learnTally struct{ n, lenient, exact int }

func (c *learnTally) add(want, got string, found bool) {
	c.n++
	if found && eval.Lenient(want, got) {
		c.lenient++
	}
	if found && eval.Exact(want, got) {
		c.exact++
	}
}

func (c learnTally) String() string {
	if c.n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f/%.3f", float64(c.lenient)/float64(c.n), float64(c.exact)/float64(c.n))
}

// train trains a chooser of variant v on the facts fs whose set is not skip.
func train(fs []learnFact, v, skip string) facts.LearnModel {
	var exs []facts.LearnExample
	for _, f := range fs {
		if f.found && f.set != skip {
			exs = append(exs, f.ex[v])
		}
	}
	return facts.TrainLearn(exs)
}

// TestLearnChooser is the experiment: oracle recall of the candidates,
// then leave-one-set-out scores of the chooser with and without the rules'
// answer among its features, against the rules' current figures, and the
// chooser trained and scored on all the sets.
func TestLearnChooser(t *testing.T) {
	if !*learn {
		t.Skip("the learned chooser's experiment runs with -learn")
	}
	fs := loadLearnFacts(t)
	var sets []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.set] {
			seen[f.set] = true
			sets = append(sets, f.set)
		}
	}
	sort.Strings(sets)
	var b strings.Builder
	fmt.Fprintf(&b, "%d facts in %d sets\n", len(fs), len(sets))

	// Oracle recall: a candidate agrees with the annotation.
	for _, field := range learnFields {
		var all, nonNull, hitAll, hitNon, hitNonExact int
		for _, f := range fs {
			all++
			if f.gold[field] != "" {
				nonNull++
			}
			if !f.found {
				continue
			}
			ex := f.ex[variant(field, true)]
			if ex.Gold >= 0 {
				hitAll++
				if f.gold[field] != "" {
					hitNon++
					if eval.Exact(f.gold[field], ex.Texts[ex.Gold]) {
						hitNonExact++
					}
				}
			}
		}
		fmt.Fprintf(&b, "oracle %s: %d/%d facts (%.3f); non-null %d/%d lenient (%.3f), %d exact (%.3f)\n", field,
			hitAll, all, float64(hitAll)/float64(all), hitNon, nonNull, float64(hitNon)/float64(nonNull), hitNonExact, float64(hitNonExact)/float64(nonNull))
	}

	// Leave one set out.
	fmt.Fprintf(&b, "\n%-10s %5s | %-23s | %-23s | %-23s\n", "set", "facts", "rules now (agent purp)", "learned (no rules)", "learned (+rules)")
	tot := map[string]*learnTally{}
	for _, s := range sets {
		models := map[string]facts.LearnModel{}
		for _, field := range learnFields {
			for _, r := range []bool{false, true} {
				models[variant(field, r)] = train(fs, variant(field, r), s)
			}
		}
		row := map[string]*learnTally{}
		n := 0
		for _, f := range fs {
			if f.set != s {
				continue
			}
			n++
			for _, field := range learnFields {
				for _, kind := range []string{"rules", field, field + "+rules"} {
					key := kind
					if kind == "rules" {
						key = "rules-" + field
					}
					if row[key] == nil {
						row[key] = &learnTally{}
					}
					if tot[key] == nil {
						tot[key] = &learnTally{}
					}
					got := ""
					if f.found {
						if kind == "rules" {
							got = f.rules[field]
						} else {
							got = models[kind].Choose(f.ex[kind])
						}
					}
					row[key].add(f.gold[field], got, f.found)
					tot[key].add(f.gold[field], got, f.found)
				}
			}
		}
		fmt.Fprintf(&b, "%-10s %5d | %s %s | %s %s | %s %s\n", s, n,
			row["rules-agent"], row["rules-purpose"], row["agent"], row["purpose"], row["agent+rules"], row["purpose+rules"])
	}
	fmt.Fprintf(&b, "%-10s %5d | %s %s | %s %s | %s %s\n", "all (CV)", len(fs),
		tot["rules-agent"], tot["rules-purpose"], tot["agent"], tot["purpose"], tot["agent+rules"], tot["purpose+rules"])

	// Trained on all the sets, scored on all of them.
	fit := map[string]*learnTally{}
	for _, field := range learnFields {
		for _, r := range []bool{false, true} {
			v := variant(field, r)
			m := train(fs, v, "")
			fit[v] = &learnTally{}
			for _, f := range fs {
				got := ""
				if f.found {
					got = m.Choose(f.ex[v])
				}
				fit[v].add(f.gold[field], got, f.found)
			}
		}
	}
	fmt.Fprintf(&b, "%-10s %5d | %-23s | %s %s | %s %s\n", "all (fit)", len(fs), "",
		fit["agent"], fit["purpose"], fit["agent+rules"], fit["purpose+rules"])
	t.Log("\n" + b.String())
}
