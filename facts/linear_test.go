package facts

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// slowTexts builds texts of about n bytes that once made Facts quadratic:
// amounts out of order separated by spaces, each of which the number
// regexp read on to the end of the text before the scanner refused it.
func slowTexts(n int) map[string]string {
	r := rand.New(rand.NewPCG(1, 2))
	var random strings.Builder
	for random.Len() < n {
		fmt.Fprintf(&random, "%d%c ", r.IntN(100), []rune("만억조경")[r.IntN(4)])
	}
	texts := map[string]string{"random": random.String()}
	for _, unit := range []string{"1조 ", "12조 ", "1천 ", "천 ", "일조 ", "1억 2조 ", "5천 만 ", "922경 3373조 원 "} {
		texts[unit] = strings.Repeat(unit, n/len(unit))
	}
	return texts
}

// TestNumberSpanBounded checks that the number regexp, at every place a
// number may start in the slow texts, stops well inside the window of
// match: no candidate is read on past a few of the amounts that follow
// it, so each costs the same however long the text.
func TestNumberSpanBounded(t *testing.T) {
	for name, text := range slowTexts(4 << 10) {
		for i := range len(text) {
			if !numberStart(text, i) {
				continue
			}
			if m := match(numberRE, text[i:]); m != nil && m[1] > window-margin {
				t.Errorf("%q: numberRE at %d matches %.40q…, %d bytes, past %d", name, i, text[i:i+m[1]], m[1], window-margin)
				break
			}
		}
	}
}

// BenchmarkFactsLinear times Facts on the slow texts of 4 KB and of
// 40 KB in the same run and reports, per text, how many times longer the
// large one takes: about 10 when Facts is linear, 100 when quadratic. The
// deterministic guard is TestNumberSpanBounded; this measures it.
//
//	go test -tags sqlite_fts5 -run '^$' -bench FactsLinear ./extract/
func BenchmarkFactsLinear(b *testing.B) {
	small, large := slowTexts(4<<10), slowTexts(40<<10)
	names := make([]string, 0, len(small))
	for name := range small {
		names = append(names, name)
	}
	slices.Sort(names)
	ts, tl := make([]time.Duration, len(names)), make([]time.Duration, len(names))
	for b.Loop() {
		for i, name := range names {
			t0 := time.Now()
			Facts(small[name])
			ts[i] += time.Since(t0)
			t0 = time.Now()
			Facts(large[name])
			tl[i] += time.Since(t0)
		}
	}
	worst := 0.0
	for i := range names {
		worst = max(worst, float64(tl[i])/float64(max(ts[i], time.Nanosecond)))
	}
	b.ReportMetric(worst, "worst-40KB/4KB")
}
