package facts

import "strings"

// A base of a comparison written right after its time with no particle
// (전년 동기 9억원 대비, 지난해 8억원보다) is the time's amount as much as with
// 의 (지난해 동기의 27억3천만 달러보다, T18): the time and the amount stand
// in apposition, and the time is the base's own, not the clause's. A
// bracket after the time that dates it (전년 동기(2024년 6월) 9억원 대비)
// gives the date the base is of (docs/meaning.md, "Twenty-second round:
// time (domtime22)").

// baseBareTime returns the time written right before amount a with no
// particle, or the time its bracket glosses it with, when a is a base of
// a comparison.
func (r *reading) baseBareTime(ts []timeSpan, a amount) (string, string, bool) {
	i := a.first - 1
	if i < 0 || a.before != i || !r.comparedBase(a) {
		return "", "", false
	}
	w := r.words[i]
	if seg := strings.TrimSpace(r.text[w.start:a.start]); strings.HasSuffix(seg, ")") {
		// 전년 동기(2024년 6월) 9억원: the date in the bracket.
		closing := w.start + strings.LastIndexByte(r.text[w.start:a.start], ')')
		open := strings.LastIndexByte(r.text[:closing], '(')
		if open < 0 || open < r.words[max(i-2, 0)].start {
			return "", "", false
		}
		k := i
		for k > 0 && r.words[k].start > open {
			k--
		}
		if !r.words[k].time {
			return "", "", false // 한빛마을(2024년 6월) 9억원: a bracket on a name
		}
		for _, t := range ts {
			if t.start == open+1 && t.end == closing && t.ok && t.period != "" {
				return t.period, t.text, true
			}
		}
		return "", "", false
	}
	if !w.time || w.part != "" || w.comma {
		return "", "", false
	}
	j := i
	for j > 0 && r.words[j-1].time && r.words[j-1].part == "" && !r.words[j-1].comma {
		j--
	}
	text := r.text[r.words[j].start:r.words[i].stemEnd]
	for _, t := range ts {
		if t.start == r.words[j].start && t.text == text && t.ok {
			return t.period, t.text, true
		}
	}
	return "", text, true
}
