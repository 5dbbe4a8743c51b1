package facts

import "strings"

// This file gives an amount the time of the clause before it when the two
// clauses are joined by -고 and end in the same predicate (docs/meaning.md,
// "Twenty-first round: time (domtime21)").
//
// Korean coordination leaves out in the second clause what it shares with
// the first: in `매출은 올해 5억원을 기록했고, 영업이익은 1억원을 기록했다`
// the second clause repeats the predicate with a new topic and writes no
// time of its own; the time of the first is shared, as the predicate is.
// Items gapped of their predicate between them (`영업이익은 1억원,
// 순이익은 3천만원을 기록했다`) share it too. The predicate must be the same
// verb: a clause that says something else (`…기록했고, 시가총액은 10억원이다`)
// may be of another time, and keeps none.

// gappedTime returns the time of the last amount of a clause in -고 before
// amount a whose predicate is the one a's clause ends in, when a's clause
// opens with a topic and names no time.
func (r *reading) gappedTime(a amount) (string, string, bool) {
	end := -1 // the predicate that ends a's clause
	for k := a.after; k < len(r.words); k++ {
		if w := r.words[k]; w.verb && strings.HasSuffix(w.raw, "다") {
			end = k
			break
		}
		if r.words[k].verb {
			return "", "", false // another predicate first: a's own clause
		}
	}
	if end < 0 {
		return "", "", false
	}
	pred := strings.TrimSuffix(r.words[end].raw, "다")
	if pred == "" {
		return "", "", false
	}
	topic := false
	for i := a.first - 1; i >= 0; i-- {
		w := r.words[i]
		if w.part == "은" || w.part == "는" {
			topic = true
		}
		if !w.verb {
			continue
		}
		if !w.comma || !strings.HasSuffix(w.raw, "고") || strings.TrimSuffix(w.raw, "고") != pred || !topic {
			return "", "", false
		}
		for k := len(r.amts) - 1; k >= 0; k-- {
			if b := r.amts[k]; b.last < i && k < len(r.got) {
				if r.got[k].period == "" {
					return "", "", false
				}
				return r.got[k].period, r.got[k].periodText, true
			}
		}
		return "", "", false
	}
	return "", "", false
}
