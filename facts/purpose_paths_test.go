package facts_test

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/facts"
)

// The rule paths of purposes, measured (docs/meaning.md "Fourteenth round:
// purpose"): go test -tags sqlite_fts5 -run TestPurposePaths -paths -v ./facts/
var (
	measurePaths = flag.Bool("paths", false, "measure the purpose of every development set by the rule that built it, and the extent of the lenient-only misses")
	pathsSets    = flag.String("paths.sets", devSetsGlob, "with -paths: the annotated sets, a glob")
	pathsHalf    = flag.String("paths.a", "b3,d11,voa-econ,wikinews,voa,d14", "with -paths: the sets of half A, comma-separated; the others are half B (docs/meaning.md \"Fourteenth round: purpose\")")
	pathsOut     = flag.String("paths.out", "", "with -paths: write every fact's set, id, text, path, outcome, extent, want, got, agent, annotated role and role given to this file, tab-separated")
)

// pathFact is one annotated money fact as the measure sees it.
type pathFact struct {
	set, id, text string
	path          string // the rule's class and name, "none" when no purpose was given, "unfound" when the fact was not found
	want, got     string
	agent         string // the agent the extractor gave
	wantRole      string // the annotated role
	gotRole       string // the role the extractor gave
	outcome       string // exact, lenient (lenient only), miss
	extent        string // for a lenient-only miss: how the phrase is too long or too short
}

// pathClass is the class of a rule path: head:of → head.
func pathClass(p string) string {
	c, _, _ := strings.Cut(p, ":")
	return c
}

// TestPurposePathNamed checks that each purpose is named by the rule that
// built it, on sentences of our own: a purpose with no path, or the path
// of another rule, would make the measure below lie.
func TestPurposePathNamed(t *testing.T) {
	for _, tt := range []struct{ in, purpose, path string }{
		{"삼성전자는 1조 원 규모의 AI 투자를 발표했다.", "AI 투자", "head:of"},
		{"올해 국방 예산은 10조 원이다.", "국방 예산", "measured:span"},
		{"정부는 GPU 확보에 1조 원을 쓴다.", "GPU 확보", "target:spend"},
		{"정부는 1,723억 원을 들여 GPU 2,600장을 임차한다.", "GPU 2,600장 임차", "object:means"},
		{"회사는 5억 원을 지원하는 새 사업을 시작했다.", "새 사업", "head:gap"},
		{"그는 1만 원을 냈다.", "", ""},
	} {
		fs := facts.Facts(tt.in)
		paths := facts.ExplainPaths(tt.in, fs, facts.Options{})
		if len(fs) == 0 || fs[0].Kind != facts.KindMoney {
			t.Fatalf("Facts(%q) = %v, want a money fact first", tt.in, fs)
		}
		if string(fs[0].Purpose) != tt.purpose || paths[0] != tt.path {
			t.Errorf("ExplainPaths(%q): purpose %q by %q, want %q by %q", tt.in, fs[0].Purpose, paths[0], tt.purpose, tt.path)
		}
	}
}

// TestPurposePaths measures, over every development set, which rule built
// each purpose and how often each is right exactly, leniently only, or
// wrong, and sorts the lenient-only misses by how the phrase is too long
// or too short. It is a measure, not a bar: it runs only with -paths.
func TestPurposePaths(t *testing.T) {
	if !*measurePaths {
		t.Skip("a measure: run with -paths")
	}
	var all []pathFact
	for _, ms := range loadMeaningSets(t, "paths.sets", *pathsSets) {
		for _, c := range ms.cases {
			all = append(all, measureCase(ms.name, c)...)
		}
	}
	if *pathsOut != "" {
		var b strings.Builder
		for _, f := range all {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.set, f.id, f.text, f.path, f.outcome, f.extent, f.want, f.got, f.agent, f.wantRole, f.gotRole)
		}
		if err := os.WriteFile(*pathsOut, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("by class of rule (all sets, %d facts):\n%s", len(all), pathTable(all, func(f pathFact) string { return pathClass(f.path) }))
	t.Logf("by rule:\n%s", pathTable(all, func(f pathFact) string { return f.path }))
	t.Logf("by set and class of rule:\n%s", pathTable(all, func(f pathFact) string { return f.set + " " + pathClass(f.path) }))
	halfA := map[string]bool{}
	for _, s := range strings.Split(*pathsHalf, ",") {
		halfA[strings.TrimSpace(s)] = true
	}
	t.Logf("by half (A: %s) and class of rule:\n%s", *pathsHalf, pathTable(all, func(f pathFact) string {
		if halfA[f.set] {
			return "A " + pathClass(f.path)
		}
		return "B " + pathClass(f.path)
	}))
	var lenient []pathFact
	for _, f := range all {
		if f.outcome == "lenient" {
			lenient = append(lenient, f)
		}
	}
	t.Logf("extent of the %d lenient-only misses:\n%s", len(lenient), countBy(lenient, func(f pathFact) string { return f.extent }))
	t.Logf("extent by class of rule:\n%s", countBy(lenient, func(f pathFact) string { return pathClass(f.path) + " " + f.extent }))
}

// measureCase runs the extractor on case c as eval.ScoreMeaning does and
// returns each annotated fact with the rule path of its match.
func measureCase(set string, c eval.MeaningCase) []pathFact {
	input, offset, opt := eval.MeaningInput(c)
	fs := facts.Facts(input)
	paths := facts.ExplainPaths(input, fs, opt)
	var got []facts.Fact
	var gotPaths []string
	for i, f := range fs {
		if f.Kind == facts.KindMoney && f.Start >= offset {
			got = append(got, f)
			gotPaths = append(gotPaths, paths[i])
		}
	}
	used := make([]bool, len(got))
	var out []pathFact
	for _, want := range c.Facts {
		pf := pathFact{set: set, id: c.ID, text: want.Text, want: string(want.Purpose), path: "unfound", outcome: "miss", wantRole: string(want.Role)}
		if k := eval.MatchFact(want, got, used); k >= 0 {
			used[k] = true
			pf.got, pf.agent = string(got[k].Purpose), string(got[k].Agent)
			pf.gotRole = string(got[k].Role)
			pf.path = gotPaths[k]
			if pf.got == "" || pf.path == "" {
				pf.path = "none"
			}
			switch {
			case eval.Exact(pf.want, pf.got):
				pf.outcome = "exact"
			case eval.Lenient(pf.want, pf.got):
				pf.outcome = "lenient"
				pf.extent = extent(pf.want, pf.got)
			}
		}
		out = append(out, pf)
	}
	return out
}

// pathTable counts fs by key: how many, exact, lenient only, missed, and
// of the missed how many gave a value where the annotation has none.
func pathTable(fs []pathFact, key func(pathFact) string) string {
	type row struct{ n, exact, lenient, miss, extra int }
	rows := map[string]*row{}
	for _, f := range fs {
		k := key(f)
		r := rows[k]
		if r == nil {
			r = &row{}
			rows[k] = r
		}
		r.n++
		switch f.outcome {
		case "exact":
			r.exact++
		case "lenient":
			r.lenient++
		default:
			r.miss++
			if f.want == "" {
				r.extra++
			}
		}
	}
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "  %-28s %5s %6s %8s %5s %6s %7s %7s\n", "path", "n", "exact", "lenient", "miss", "extra", "len%", "exact%")
	for _, k := range keys {
		r := rows[k]
		fmt.Fprintf(&b, "  %-28s %5d %6d %8d %5d %6d %7.3f %7.3f\n", k, r.n, r.exact, r.lenient, r.miss, r.extra,
			float64(r.exact+r.lenient)/float64(r.n), float64(r.exact)/float64(r.n))
	}
	return b.String()
}

// countBy counts fs by key, largest first.
func countBy(fs []pathFact, key func(pathFact) string) string {
	n := map[string]int{}
	for _, f := range fs {
		n[key(f)]++
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return n[keys[i]] > n[keys[j]] || n[keys[i]] == n[keys[j]] && keys[i] < keys[j] })
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-40s %4d\n", k, n[k])
	}
	return b.String()
}

// extent says how the purpose got, which agrees with want leniently but
// not exactly, is too long or too short: which side has words the other
// lacks (before or after the words both share) and what they are — a
// particle or a number left, a modifying clause or an owner (X의) kept or
// cut, a head cut.
func extent(want, got string) string {
	w, g := squash(want), squash(got)
	long, short, side := g, w, "kept"
	if !strings.Contains(g, w) {
		long, short, side = w, g, "cut"
	}
	i := strings.Index(long, short)
	if i < 0 {
		return "other" // equal only once a trailing particle is dropped
	}
	before, after := long[:i], long[i+len(short):]
	switch {
	case before == "" && after == "":
		return "spacing or quotes"
	case before == "" && side == "kept" && isParticle(after):
		return "particle left"
	case before == "" && side == "cut" && isParticle(after):
		return "particle of the annotation"
	case strings.IndexFunc(before+after, unicode.IsDigit) >= 0:
		return "number " + side
	case before != "" && after != "":
		return "both ends " + side
	case after != "":
		return "head " + side // the words after: a head noun or a verb's noun
	case strings.HasSuffix(before, "의"):
		return "owner " + side // X의 before the phrase
	case clauseEnd(want, got, side):
		return "clause " + side // a modifying clause before the phrase
	default:
		return "modifier " + side // nouns before the phrase
	}
}

// squash is a phrase without spaces and quotation marks.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("‘’“”'\"「」『』", r) {
			return -1
		}
		return r
	}, s)
}

// extentParticles are the particles a phrase may be left with.
var extentParticles = []string{"에서는", "으로는", "에서", "에게", "으로", "에는", "까지", "부터", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만", "에도"}

func isParticle(s string) bool {
	for _, p := range extentParticles {
		if s == p {
			return true
		}
	}
	return false
}

// clauseEnd reports whether the longer phrase's words before the shorter
// one end in a verb's adnominal ending (하는, 한, 된, 위한, 있는): a clause
// on the phrase, kept or cut.
func clauseEnd(want, got, side string) bool {
	long, short := strings.Fields(got), strings.Fields(want)
	if side == "cut" {
		long, short = short, long
	}
	if len(long) <= len(short) {
		return false
	}
	for _, w := range long[:len(long)-len(short)] {
		for _, e := range []string{"는", "한", "된", "던", "될", "할", "인", "은", "운", "을"} {
			if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) >= 2 {
				return true
			}
		}
	}
	return false
}
