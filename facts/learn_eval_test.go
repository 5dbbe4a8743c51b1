package facts_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/facts"
)

// learn runs the learned chooser's experiment (docs/meaning.md "A learned
// chooser: experiment"): go test -tags sqlite_fts5 -run TestLearnChooser -learn -v ./facts/
var (
	learn        = flag.Bool("learn", false, "run the learned chooser's leave-one-set-out experiment")
	learnSoftmax = flag.Bool("softmax", false, "with -learn: train a log-linear ranker, not an averaged perceptron")
)

// learnSets are the annotated sets the experiment reads: every development
// set, never a blind one (testdata/blind8 and any after it; blind6 and
// blind7 are meaning/b6.jsonl and b7.jsonl since the sixteenth and
// seventeenth rounds).
var learnSets = []string{
	filepath.Join("testdata", "meaning", "*.jsonl"),
	filepath.Join("testdata", "meaning", "incoming", "*.jsonl"),
	filepath.Join("..", "eval", "testdata", "meaning", "*.jsonl"),
}

var learnFields = []string{"agent", "purpose"}

// learnOracleBar is the share of annotated facts some candidate must agree
// with leniently, the annotation's none included.
const learnOracleBar = 0.95

// learnFact is one annotated money fact as the experiment sees it.
type learnFact struct {
	set   string
	found bool
	gold  map[string]string
	rules map[string]string             // the rules' answers now
	ex    map[string]facts.LearnExample // by field and variant: agent, agent+now, agent+first …

	// The rules' answers at the set's first run (testdata/learn/firstrun.jsonl),
	// when it had one: first is false for the sets the rules were written on.
	first      bool
	firstFound bool
	firstRules map[string]string
}

// firstRun is one line of testdata/learn/firstrun.jsonl.
type firstRun struct {
	Set     string `json:"set"`
	ID      string `json:"id"`
	N       int    `json:"n"`
	Commit  string `json:"commit"`
	Found   bool   `json:"found"`
	Agent   string `json:"agent"`
	Purpose string `json:"purpose"`
}

// loadFirstRuns reads the rules' answers at each set's first run, by set,
// id and the fact's place in its sentence.
func loadFirstRuns(t *testing.T) map[string]firstRun {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "learn", "firstrun.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]firstRun{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r firstRun
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		m[fmt.Sprintf("%s %s %d", r.Set, r.ID, r.N)] = r
	}
	return m
}

// loadLearnFacts reads the sets, runs the extractor and lists the
// candidates of each annotated money fact.
func loadLearnFacts(t *testing.T) []learnFact {
	t.Helper()
	firsts := loadFirstRuns(t)
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
				out = append(out, learnCase(set, c, firsts)...)
			}
		}
	}
	return out
}

// learnCase runs the extractor on c as eval.ScoreMeaning does and returns
// its annotated facts with their candidates.
func learnCase(set string, c eval.MeaningCase, firsts map[string]firstRun) []learnFact {
	got, offset := eval.MoneyOf(c)
	used := make([]bool, len(got))
	var out []learnFact
	for n, want := range c.Facts {
		lf := learnFact{set: set, gold: map[string]string{"agent": string(want.Agent), "purpose": string(want.Purpose)}}
		if r, ok := firsts[fmt.Sprintf("%s %s %d", set, c.ID, n)]; ok {
			lf.first, lf.firstFound = true, r.Found
			lf.firstRules = map[string]string{"agent": r.Agent, "purpose": r.Purpose}
		}
		k := eval.MatchFact(want, got, used)
		if k >= 0 {
			used[k] = true
			f := got[k]
			lf.found = true
			lf.rules = map[string]string{"agent": string(f.Agent), "purpose": string(f.Purpose)}
			start, end := runeToByte(c.Text, f.Start-offset), runeToByte(c.Text, f.End-offset)
			lf.ex = map[string]facts.LearnExample{}
			for _, field := range learnFields {
				for _, v := range []string{"", "now", "first"} {
					rules := lf.rules[field]
					if v == "first" && lf.first {
						rules = lf.firstRules[field]
					}
					ex := facts.LearnCandidates(c.Text, c.Context, start, end, rules, v != "")
					ex.Gold = goldIndex(ex.Texts, lf.gold[field])
					lf.ex[variant(field, v)] = ex
				}
			}
		}
		out = append(out, lf)
	}
	return out
}

// variant names a chooser: of field, with the rules' answers of v
// ("now", "first") among its features, or none ("").
func variant(field, v string) string {
	if v != "" {
		return field + "+" + v
	}
	return field
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

// train trains a chooser on the facts fs whose set is not skip: of
// field with the rules' answers of tv ("now" or "first", where a fact
// has them) among its features, or none ("").
func train(fs []learnFact, field, tv, skip string) facts.LearnModel {
	return trainPart(fs, field, tv, skip, 1)
}

// trainPart is train on the share keep of the facts only, spread evenly
// over fs in its order: a smaller training set, for the learning curve.
func trainPart(fs []learnFact, field, tv, skip string, keep float64) facts.LearnModel {
	var exs []facts.LearnExample
	n := 0
	for _, f := range fs {
		if !f.found || f.set == skip {
			continue
		}
		n++
		if keep < 1 && int(float64(n)*keep) == int(float64(n-1)*keep) {
			continue
		}
		exs = append(exs, f.ex[variant(field, tv)])
	}
	return facts.TrainLearn(exs, *learnSoftmax)
}

// learnColumn is one chooser of the experiment's table.
type learnColumn struct {
	name    string
	train   string // the rules' answers the chooser trains with: "", "now", "first"
	test    string // and is tested with
	rules   string // or not a chooser: the rules' answers "now" or at the "first" run
	backoff bool   // the rules' answers at the first run where they have one, else the chooser's
}

var learnColumns = []learnColumn{
	{name: "rules first run", rules: "first"},
	{name: "rules now", rules: "now"},
	{name: "learned alone", train: "", test: ""},
	{name: "learned+rules now→first", train: "now", test: "first"},
	{name: "learned+rules first→first", train: "first", test: "first"},
	{name: "learned+rules now→now", train: "now", test: "now"},
	{name: "rules first, else learned", backoff: true},
}

// TestLearnChooser is the experiment: oracle recall of the candidates,
// then leave-one-set-out scores of the chooser alone and with the rules'
// answers among its features, against the rules' answers at each set's
// first run and now, and the chooser trained and scored on all the sets.
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
		for _, v := range []string{"", "now"} {
			var all, nonNull, hitAll, hitNon, hitNonExact int
			for _, f := range fs {
				all++
				if f.gold[field] != "" {
					nonNull++
				}
				if !f.found {
					continue
				}
				ex := f.ex[variant(field, v)]
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
			fmt.Fprintf(&b, "oracle %-14s all %d/%d (%.3f); non-null %d/%d lenient (%.3f), %d exact (%.3f)\n", variant(field, v),
				hitAll, all, float64(hitAll)/float64(all), hitNon, nonNull, float64(hitNon)/float64(nonNull), hitNonExact, float64(hitNonExact)/float64(nonNull))
			// A chooser can only be as good as its candidates.
			if r := float64(hitAll) / float64(all); r < learnOracleBar {
				t.Errorf("oracle recall of %s %.3f, want at least %.2f", variant(field, v), r, learnOracleBar)
			}
		}
	}

	for _, field := range learnFields {
		fmt.Fprintf(&b, "\n%s, leave one set out (lenient/exact; * = no first run, the rules were written on it)\n%-10s %5s", field, "set", "facts")
		for _, c := range learnColumns {
			fmt.Fprintf(&b, " | %-26s", c.name)
		}
		b.WriteString("\n")
		tot := make([]learnTally, len(learnColumns))    // over the sets with a first run
		wins := make([][2]int, len(learnColumns))       // facts of those sets right where the first run was wrong, and the reverse
		totAll := make([]learnTally, len(learnColumns)) // over all sets
		for _, s := range sets {
			models := map[string]facts.LearnModel{}
			row := make([]learnTally, len(learnColumns))
			n, first := 0, false
			for _, f := range fs {
				if f.set != s {
					continue
				}
				n++
				first = f.first
				for i, c := range learnColumns {
					got, found := "", f.found
					switch {
					case c.rules == "now":
						got = f.rules[field]
					case c.rules == "first" && f.first:
						got, found = f.firstRules[field], f.firstFound
					case c.rules == "first":
						got = f.rules[field]
					case c.backoff:
						if models[">"] == nil {
							models[">"] = train(fs, field, "", s)
						}
						got = f.rules[field]
						if f.first {
							got, found = f.firstRules[field], f.firstFound
						}
						if got == "" && f.found {
							got, found = models[">"].Choose(f.ex[variant(field, "")]), true
						}
					default:
						key := c.train + ">" + c.test
						if models[key] == nil {
							models[key] = train(fs, field, c.train, s)
						}
						if found {
							got = models[key].Choose(f.ex[variant(field, c.test)])
						}
					}
					row[i].add(f.gold[field], got, found)
					if f.first {
						mine := found && eval.Lenient(f.gold[field], got)
						theirs := f.firstFound && eval.Lenient(f.gold[field], f.firstRules[field])
						if mine && !theirs {
							wins[i][0]++
						} else if theirs && !mine {
							wins[i][1]++
						}
					}
					totAll[i].add(f.gold[field], got, found)
					if f.first {
						tot[i].add(f.gold[field], got, found)
					}
				}
			}
			name := s
			if !first {
				name += "*"
			}
			fmt.Fprintf(&b, "%-10s %5d", name, n)
			for i := range learnColumns {
				fmt.Fprintf(&b, " | %-26s", row[i])
			}
			b.WriteString("\n")
		}
		for _, r := range []struct {
			name string
			t    []learnTally
		}{{"first-run", tot}, {"all", totAll}} {
			fmt.Fprintf(&b, "%-10s %5d", r.name, r.t[0].n)
			for i := range learnColumns {
				fmt.Fprintf(&b, " | %-26s", r.t[i])
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%-16s", "vs first run")
		for i := range learnColumns {
			fmt.Fprintf(&b, " | %-26s", fmt.Sprintf("+%d -%d", wins[i][0], wins[i][1]))
		}
		b.WriteString("\n")
		// Trained on all the sets, scored on all of them.
		fmt.Fprintf(&b, "%-10s %5d", "fit all", len(fs))
		for _, c := range learnColumns {
			if c.rules != "" || c.backoff {
				fmt.Fprintf(&b, " | %-26s", "")
				continue
			}
			m := train(fs, field, c.train, "")
			var tl learnTally
			for _, f := range fs {
				got := ""
				if f.found {
					got = m.Choose(f.ex[variant(field, c.test)])
				}
				tl.add(f.gold[field], got, f.found)
			}
			fmt.Fprintf(&b, " | %-26s", tl)
		}
		b.WriteString("\n")
	}

	// The learning curve: the chooser trained on a share of the other
	// sets' facts, scored on the sets with a first run.
	b.WriteString("\nlearning curve, leave one set out, sets with a first run (lenient/exact)\n")
	for _, field := range learnFields {
		for _, v := range []string{"", "first"} {
			fmt.Fprintf(&b, "%-14s", variant(field, v))
			for _, keep := range []float64{0.25, 0.5, 0.75, 1} {
				var tl learnTally
				for _, s := range sets {
					var m facts.LearnModel
					for _, f := range fs {
						if f.set != s || !f.first {
							continue
						}
						if m == nil {
							m = trainPart(fs, field, v, s, keep)
						}
						got := ""
						if f.found {
							got = m.Choose(f.ex[variant(field, v)])
						}
						tl.add(f.gold[field], got, f.found)
					}
				}
				fmt.Fprintf(&b, " | %3.0f%% %s", keep*100, tl)
			}
			b.WriteString("\n")
		}
	}

	// What the chooser alone learns most, trained on all the sets.
	for _, field := range learnFields {
		m := train(fs, field, "", "")
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool {
			if m[names[i]] != m[names[j]] {
				return m[names[i]] > m[names[j]]
			}
			return names[i] < names[j]
		})
		fmt.Fprintf(&b, "\n%s, heaviest features (of %d):", field, len(names))
		for i, n := range names {
			if i < 12 || i >= len(names)-6 {
				fmt.Fprintf(&b, " %s %+.2f;", n, m[n])
			}
		}
		b.WriteString("\n")
	}
	t.Log("\n" + b.String())
}
