package facts

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestR1Consequents checks that the annotations of the development sets
// follow R1 (docs/meaning.md "Decisions, sixteenth round (role)"): the
// amounts after a condition, classed by hand in
// testdata/role16/consequents.jsonl, are other when they are an outcome
// of a supposed case, what can be, a counterfactual or a supposition, and
// never other when they are what a rule or a plan provides, what a deed
// takes (-려면) or counted on a basis. It reads annotations only, not the
// extractor: a value a later round writes against R1 fails here.
func TestR1Consequents(t *testing.T) {
	type entry struct {
		Set, ID, Fact, Class string
		Nth                  int
	}
	other := map[string]bool{"outcome": true, "can": true, "counterfactual": true, "supposition": true}
	notOther := map[string]bool{"provision": true, "need": true, "basis": true}
	f, err := os.Open(filepath.Join("testdata", "role16", "consequents.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	roles := map[string]map[string][][2]string{} // set → sentence id → facts and roles in order
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var e entry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("consequents.jsonl line %d: %v", n+1, err)
		}
		n++
		if !other[e.Class] && !notOther[e.Class] {
			t.Errorf("%s %s %q: unknown class %q", e.Set, e.ID, e.Fact, e.Class)
			continue
		}
		if roles[e.Set] == nil {
			roles[e.Set] = readSetRoles(t, e.Set)
		}
		seen, role := 0, ""
		for _, fr := range roles[e.Set][e.ID] {
			if fr[0] == e.Fact {
				if seen == e.Nth {
					role = fr[1]
					break
				}
				seen++
			}
		}
		switch {
		case role == "":
			t.Errorf("%s %s: no fact %q (#%d)", e.Set, e.ID, e.Fact, e.Nth)
		case other[e.Class] && role != "other":
			t.Errorf("%s %s %q (%s): role %q, want other", e.Set, e.ID, e.Fact, e.Class, role)
		case notOther[e.Class] && role == "other":
			t.Errorf("%s %s %q (%s): role other, want a level, rate or change", e.Set, e.ID, e.Fact, e.Class)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Errorf("consequents.jsonl holds %d entries, want the 54 R1 counted", n)
	}
}

// readSetRoles reads the annotated set name of testdata/meaning: for each
// sentence id, its facts' texts and roles in order.
func readSetRoles(t *testing.T, name string) map[string][][2]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "meaning", name+".jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string][][2]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var s struct {
			ID    string
			Facts []struct{ Text, Role string }
		}
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, x := range s.Facts {
			out[s.ID] = append(out[s.ID], [2]string{x.Text, x.Role})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
