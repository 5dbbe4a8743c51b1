package facts

import (
	"strings"
	"testing"
	"time"
)

// TestMeaningPlainSpaces reads a sentence whose words are parted by
// no-break or ideographic spaces as the same sentence with ASCII spaces:
// the meaning of its amounts is the same, and so are the offsets.
func TestMeaningPlainSpaces(t *testing.T) {
	pub := time.Date(2019, 5, 10, 12, 0, 0, 0, kst)
	plain := "회사는 올해 1분기 영업이익 266억원을 기록했다."
	for _, sp := range []string{"\u00a0", "\u3000", "\t", "\u2009"} {
		odd := strings.ReplaceAll(plain, " ", sp)
		want, got := Extract(plain, Options{Published: pub}), Extract(odd, Options{Published: pub})
		if len(got) != 1 || len(want) != 1 {
			t.Fatalf("%q: %d facts, want 1 as with spaces", odd, len(got))
		}
		g, w := got[0], want[0]
		if g.Start != w.Start || g.End != w.End || g.Agent != w.Agent || g.Purpose != w.Purpose || g.Period != w.Period || g.PeriodText != w.PeriodText || g.Role != w.Role {
			t.Errorf("%q: %+v\nwant as with spaces: %+v", odd, g, w)
		}
	}
}
