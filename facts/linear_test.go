package facts

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// slowTexts builds texts of about n bytes that once made Facts quadratic:
// amounts out of order separated by spaces, each of which the number
// regexp read on to the end of the text before the scanner refused it;
// and punctuation-free runs of amounts (a flattened table, a hostile
// page), one "sentence" that each fact once carried whole.
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
	for name, unit := range runOns {
		texts[name] = strings.Repeat(unit, n/len(unit))
	}
	return texts
}

// runOns are the units of the run-on texts of slowTexts, by name.
var runOns = map[string]string{
	"run-on money":   "1조 원 ",
	"run-on table":   "매출 1조 2천억 영업이익 3천억 순이익 2천억 부채 5조 ",
	"run-on prose":   "정부는 올해 예산 1조 8천억 원 가운데 80% 이상을 GPU 1만 장 구입에 쓰며 ",
	"run-on ranges":  "2천억~3천억 원 20~30% 수십억~수백억 원 ",
	"run-on spaced":  "1조\u00a0\u00a0원\t\t",
	"run-on glosses": "3만2000(약 4400만원)달러 ",
}

// cost is what Facts spends on a text and what it hands on: the bytes it
// allocates and the bytes of its facts as extract -text writes them.
type cost struct{ alloc, out uint64 }

// measure returns the cost of Facts on text: the least it allocates in
// three runs, as a collection in between empties the regexps' pools of
// machines and the next run allocates them again.
func measure(text string) cost {
	var c cost
	for k := range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		facts := Facts(text)
		runtime.ReadMemStats(&after)
		if a := after.TotalAlloc - before.TotalAlloc; k == 0 || a < c.alloc {
			c.alloc = a
		}
		if k == 0 {
			var w countWriter
			enc := json.NewEncoder(&w)
			enc.SetEscapeHTML(false)
			for _, f := range facts {
				enc.Encode(f)
			}
			c.out = uint64(w)
		}
	}
	return c
}

// countWriter counts the bytes written to it.
type countWriter int

func (w *countWriter) Write(p []byte) (int, error) { *w += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)

// TestFactsOutputLinear checks that what Facts allocates and what its
// facts write as JSON grow at most 12 times for a text 10 times longer,
// on every slow text: a fact carries a bounded window of its sentence, not
// the sentence. Once a 66 KB run of amounts gave 198 MB of output.
func TestFactsOutputLinear(t *testing.T) {
	small, large := slowTexts(4<<10), slowTexts(40<<10)
	for name := range small {
		s, l := measure(small[name]), measure(large[name])
		if l.out > 12*s.out {
			t.Errorf("%q: %d bytes of JSON for 4 KB, %d for 40 KB: %.1f×, want at most 12×",
				name, s.out, l.out, float64(l.out)/float64(max(s.out, 1)))
		}
		if l.alloc > 12*s.alloc {
			t.Errorf("%q: %d bytes allocated for 4 KB, %d for 40 KB: %.1f×, want at most 12×",
				name, s.alloc, l.alloc, float64(l.alloc)/float64(max(s.alloc, 1)))
		}
		if l.out > 200*uint64(len(large[name])) {
			t.Errorf("%q: %d bytes of JSON for %d bytes of text", name, l.out, len(large[name]))
		}
	}
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
// 40 KB in the same run and reports the worst, over the texts, of how many
// times longer the large one takes, and how many times more it allocates
// and writes as JSON: about 10 when Facts is linear, 100 when quadratic.
// It reports the time ratio twice: in wall time, the least of each over
// the iterations, and in process CPU time (worst-cpu-…), ten runs on the
// small text against one on the large, the least of five: on a loaded
// machine the waits for a core inflate the wall-time ratios. The
// deterministic guards are TestNumberSpanBounded and
// TestFactsOutputLinear; this measures them.
//
//	go test -tags sqlite_fts5 -run '^$' -bench FactsLinear ./extract/
func BenchmarkFactsLinear(b *testing.B) {
	small, large := slowTexts(4<<10), slowTexts(40<<10)
	names := make([]string, 0, len(small))
	for name := range small {
		names = append(names, name)
	}
	slices.Sort(names)
	// The least time of each over the iterations: the machine's other
	// work only ever adds to a time.
	ts, tl := make([]time.Duration, len(names)), make([]time.Duration, len(names))
	keepMin := func(d *time.Duration, v time.Duration) {
		if *d == 0 || v < *d {
			*d = v
		}
	}
	for b.Loop() {
		for i, name := range names {
			t0 := time.Now()
			Facts(small[name])
			keepMin(&ts[i], time.Since(t0))
			t0 = time.Now()
			Facts(large[name])
			keepMin(&tl[i], time.Since(t0))
		}
	}
	// cpu returns the least process CPU time of five runs of f.
	cpu := func(f func()) time.Duration {
		var least time.Duration
		for k := range 5 {
			runtime.GC()
			t0 := cpuTime()
			f()
			if d := cpuTime() - t0; k == 0 || d < least {
				least = d
			}
		}
		return max(least, time.Nanosecond)
	}
	worst, worstCPU, worstAlloc, worstOut := 0.0, 0.0, 0.0, 0.0
	for i, name := range names {
		worst = max(worst, float64(tl[i])/float64(max(ts[i], time.Nanosecond)))
		cs := cpu(func() {
			for range 10 {
				Facts(small[name])
			}
		})
		cl := cpu(func() { Facts(large[name]) })
		worstCPU = max(worstCPU, 10*float64(cl)/float64(cs))
		s, l := measure(small[name]), measure(large[name])
		worstAlloc = max(worstAlloc, float64(l.alloc)/float64(max(s.alloc, 1)))
		worstOut = max(worstOut, float64(l.out)/float64(max(s.out, 1)))
	}
	b.ReportMetric(worst, "worst-40KB/4KB")
	b.ReportMetric(worstCPU, "worst-cpu-40KB/4KB")
	b.ReportMetric(worstAlloc, "worst-alloc-40KB/4KB")
	b.ReportMetric(worstOut, "worst-out-40KB/4KB")
}
