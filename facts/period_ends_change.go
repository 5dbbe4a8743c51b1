package facts

import "strings"

// This file widens M6 (docs/meaning.md, fourteenth round: a time right
// before the first end of `X에서 Y로` is that end's alone) to two forms
// domestic copy writes ("Twenty-third round: time (domtime23)"): a unit
// of a rate between the time and the first end (`올해 시간당 9620원에서`),
// and the change written between the ends as a relative clause on the
// second (`9620원에서 240원 오른 9860원으로`). The change and the second
// end then take the new level's time, as the lead decided in the
// twenty-second round, not the first end's.

// rateUnitBetween reports whether between, the text from a time to an
// amount, is one word of a rate's unit (시간당, 1인당, ㎏당).
func rateUnitBetween(between string) bool {
	f := strings.Fields(between)
	return len(f) == 1 && strings.HasSuffix(f[0], "당") && len(f[0]) > len("당")
}

// changeBetweenEnds reports whether amount a is written after first end b
// as `b에서 C V-ㄴ D로`: a is the change C with its adnominal verb after
// it and the second end D in 로/으로 after that, or a is D itself after
// such a change.
func (r *reading) changeBetweenEnds(b, a amount) bool {
	rest := strings.TrimSpace(r.text[b.end:a.start])
	if !strings.HasPrefix(rest, "에서") {
		return false
	}
	if rest == "에서" {
		// a is the change C: a verb of change modifies the second end after it.
		if a.after >= len(r.words) || !r.words[a.after].adn || !r.words[a.after].verb {
			return false
		}
		for _, d := range r.amts {
			if d.first == a.after+1 {
				return d.tail == "로" || d.tail == "으로"
			}
		}
		return false
	}
	if a.tail != "로" && a.tail != "으로" {
		return false
	}
	// a is the second end D: between are the change C and one adnominal verb.
	for _, c := range r.amts {
		if c.start > b.end && c.end < a.start && strings.TrimSpace(r.text[b.end:c.start]) == "에서" && c.after+1 == a.first && c.after < len(r.words) && r.words[c.after].adn && r.words[c.after].verb {
			return true
		}
	}
	return false
}
