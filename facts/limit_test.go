package facts

import (
	"reflect"
	"strings"
	"testing"
)

func TestExtractAtMost(t *testing.T) {
	texts := []string{
		seedLike,
		strings.Repeat(runOns["run-on table"], 300),
		strings.Repeat("2천억, ", 200) + "3천억 원",
		"",
	}
	for _, text := range texts {
		all := Extract(text, Options{Published: seedPublished})
		for _, limit := range []int{-1, 0, 1, 7, len(all) - 1, len(all), len(all) + 5} {
			if limit < -1 {
				continue
			}
			got, dropped := ExtractAtMost(text, Options{Published: seedPublished}, limit)
			n := len(all)
			if limit >= 0 {
				n = min(limit, len(all))
			}
			if len(got) != n || dropped != len(all)-n {
				t.Errorf("ExtractAtMost(%.30q…, %d): %d facts, %d dropped; want %d, %d", text, limit, len(got), dropped, n, len(all)-n)
				continue
			}
			// The facts kept are the first of all. Their meaning is read
			// among them: a fact whose sentence window (maxWindow code
			// points) may reach past the last one kept may read it
			// otherwise, the rest must not.
			cut := 0
			if n > 0 {
				cut = got[n-1].End
			}
			for i := range got {
				a, b := got[i], all[i]
				if a.End > cut-maxWindow {
					a.Role, a.Agent, a.Purpose, a.Period, a.PeriodText, a.Per = "", "", "", "", "", ""
					b.Role, b.Agent, b.Purpose, b.Period, b.PeriodText, b.Per = "", "", "", "", "", ""
				}
				if !reflect.DeepEqual(a, b) {
					t.Errorf("ExtractAtMost(%.30q…, %d): fact %d = %+v, want %+v", text, limit, i, got[i], all[i])
					break
				}
			}
		}
	}
}
