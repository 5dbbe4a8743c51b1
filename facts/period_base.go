package facts

import "strings"

// This file reads the time of an amount that is itself the base of a
// comparison, written right after its time with 의 (지난해 동기의 27억3천만
// 달러보다): that time is the base's own (docs/meaning.md, ninth round,
// T18). "No period" is said of the change compared, not of its base.

// baseOwnTime returns the time written right before amount a with 의, and
// its period from spans ts, when a is the base of a comparison (보다,
// 대비, 에 비해, 과 비교해 after it in its clause): 지난해 동기의 27억3천만
// 달러(주당 8.33달러)보다 → 지난해 동기. A time of the same period of
// another (동기, 같은 기간) is relative to a time the sentence may not
// write: its period is left empty.
func (r *reading) baseOwnTime(ts []timeSpan, a amount) (string, string, bool) {
	i := a.first - 1
	if i < 0 || a.before != i {
		return "", "", false
	}
	w := r.words[i]
	if !w.time || w.part != "의" || w.comma || !r.comparedBase(a) {
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

// comparedBase reports whether amount a is the base a comparison is made
// against: 보다, 대비 or 에 비해 glued to it, past a bracket glossing it, or
// 와 비교해 after it.
func (r *reading) comparedBase(a amount) bool {
	for i := a.last; i < len(r.words) && i <= a.last+2; i++ {
		w := r.words[i].raw
		if strings.HasSuffix(w, "보다") || strings.HasSuffix(w, "대비") || strings.HasSuffix(w, "에") && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "비해") {
			return true
		}
		if (strings.HasSuffix(w, "와") || strings.HasSuffix(w, "과")) && i+1 < len(r.words) && strings.HasPrefix(r.words[i+1].raw, "비교") {
			return true
		}
		if r.words[i].comma && !strings.HasSuffix(w, ")") {
			return false
		}
	}
	return false
}
