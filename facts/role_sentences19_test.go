package facts

import (
	"os"
	"strings"
	"testing"
)

// TestRoleSentences19 reads the role probe sentences of the nineteenth
// round (testdata/role19/README.md), written for the round and taken
// from no set, and holds the count read right at its end as a floor.
func TestRoleSentences19(t *testing.T) {
	const floor = 303
	data, err := os.ReadFile("testdata/role19/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	right, n := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			t.Fatalf("bad line %q", line)
		}
		n++
		got := Role("")
		for _, x := range Extract(f[0], Options{Published: seedPublished}) {
			if x.Kind == KindMoney && x.Text == f[1] {
				got = x.Role
			}
		}
		if got == Role(f[2]) {
			right++
		} else {
			t.Logf("%s\n\t%s: role %q, want %q", f[0], f[1], got, f[2])
		}
	}
	if right < floor {
		t.Errorf("role right on %d of %d sentences' amounts, want at least %d", right, n, floor)
	}
}
