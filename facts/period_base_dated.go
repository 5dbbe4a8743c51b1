package facts

import "strings"

// A base of a comparison written right after a time of comparison whose
// bracket dates it (전년 동기(2024년 6월) 9억원 대비) is of that date: the
// time and the amount stand in apposition, as with 의 (지난해 동기의
// 27억3천만 달러보다, T18), and the bracket says which time 동기 is
// (docs/meaning.md, "Twenty-second round: time (domtime22)"). Without the
// bracket the ninth round's reading stands (지난해 동기 27억 달러보다: no
// time).

// baseDatedTime returns the time a bracket right before amount a dates
// the time before it with, when a is a base of a comparison.
func (r *reading) baseDatedTime(ts []timeSpan, a amount) (string, string, bool) {
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
	return "", "", false
}
