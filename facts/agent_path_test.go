package facts_test

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/facts"
)

// The per-rule measure of agent (docs/meaning.md "Fourteenth round:
// agent"): go test -tags sqlite_fts5 -run TestAgentPaths -agentpaths -v ./facts/
// logs, for every rule of agent, how often its answer agrees with the
// annotation (lenient), split by whether the annotation names anyone.
var (
	agentPaths    = flag.Bool("agentpaths", false, "log how often each rule of agent is right on the development sets")
	agentPathSets = flag.String("agentpathsets", devSetsGlob, "with -agentpaths: the annotated sets (a glob)")
	agentPathDump = flag.String("agentpathdump", "", "with -agentpaths: write one line a fact (set, id, amount, rule, want, got) to this file")
)

// pathCount is how a rule of agent fared: facts it named someone for,
// right or wrong, the wrong ones split by whether the annotation is null
// (a precision leak); and facts it gave none for, right or wrong.
type pathCount struct {
	named, namedRight, namedLeak, namedOther int
	none, noneRight                          int
}

// add counts one fact whose annotated agent is want and whose agent got
// is got; ok tells whether they agree (leniently).
func (pc *pathCount) add(want, got string, ok bool) {
	switch {
	case got == "":
		pc.none++
		if ok {
			pc.noneRight++
		}
	case ok:
		pc.named++
		pc.namedRight++
	case want == "":
		pc.named++
		pc.namedLeak++
	default:
		pc.named++
		pc.namedOther++
	}
}

// tracedAgents runs the extractor on case c as eval.MoneyOf does and
// returns its money facts with the rule that gave each one's agent.
func tracedAgents(c eval.MeaningCase) ([]facts.Fact, []string) {
	input, offset, opt := eval.MeaningInput(c)
	path := map[[2]int]string{}
	all := facts.ExtractTraced(input, opt, func(f *facts.Fact, p string) { path[[2]int{f.Start, f.End}] = p })
	var got []facts.Fact
	var paths []string
	for _, f := range all {
		if f.Kind == facts.KindMoney && f.Start >= offset {
			got = append(got, f)
			paths = append(paths, path[[2]int{f.Start, f.End}])
		}
	}
	return got, paths
}

// TestAgentPaths checks that every money fact of the development sets has
// its agent from a named rule, and with -agentpaths logs each rule's
// figures.
func TestAgentPaths(t *testing.T) {
	counts := map[string]*pathCount{}
	bySet := map[string]*pathCount{} // the same counts per set, every rule pooled
	var sets []string
	var dump strings.Builder
	for _, ms := range loadMeaningSets(t, "agentpathsets", *agentPathSets) {
		set := ms.name
		bySet[set] = &pathCount{}
		sets = append(sets, set)
		for _, c := range ms.cases {
			got, paths := tracedAgents(c)
			used := make([]bool, len(got))
			for _, want := range c.Facts {
				k := eval.MatchFact(want, got, used)
				if k < 0 {
					continue // not found: no rule was asked
				}
				used[k] = true
				p, g, w := paths[k], string(got[k].Agent), string(want.Agent)
				if p == "" {
					t.Errorf("%s %s %s: agent %q from no named rule", c.File, c.ID, want.Text, g)
				}
				pc := counts[p]
				if pc == nil {
					pc = &pathCount{}
					counts[p] = pc
				}
				ok := eval.Lenient(w, g)
				pc.add(w, g, ok)
				bySet[set].add(w, g, ok)
				fmt.Fprintf(&dump, "%s\t%s\t%s\t%s\t%s\t%s\t%v\t%v\n", set, c.ID, want.Text, p, w, g, ok, facts.KnownActor(g))
			}
		}
	}
	if !*agentPaths {
		return
	}
	names := make([]string, 0, len(counts))
	for p := range counts {
		names = append(names, p)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := counts[names[i]], counts[names[j]]
		if a.named+a.none != b.named+b.none {
			return a.named+a.none > b.named+b.none
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-40s %5s %6s %6s %6s %6s %6s\n", "rule", "facts", "named", "right", "leak", "other", "none✓/none")
	for _, p := range names {
		c := counts[p]
		fmt.Fprintf(&b, "%-40s %5d %6d %6d %6d %6d %6s\n", p, c.named+c.none, c.named, c.namedRight, c.namedLeak, c.namedOther, fmt.Sprintf("%d/%d", c.noneRight, c.none))
	}
	fmt.Fprintf(&b, "\n%-40s %5s %6s %6s %6s %6s %6s\n", "set", "facts", "named", "right", "leak", "other", "none✓/none")
	for _, set := range sets {
		c := bySet[set]
		fmt.Fprintf(&b, "%-40s %5d %6d %6d %6d %6d %6s\n", set, c.named+c.none, c.named, c.namedRight, c.namedLeak, c.namedOther, fmt.Sprintf("%d/%d", c.noneRight, c.none))
	}
	t.Log(b.String())
	if *agentPathDump != "" {
		if err := os.WriteFile(*agentPathDump, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
