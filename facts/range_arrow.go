package facts

import "strings"

// arrowChange reads the first end n1 of a change written with an arrow,
// which ends at text[p] with no unit of its own (has1 false):
// "(1004만→1012만원)", "3,413만 → 3,868만원". docs/facts.md reads A → B as
// a change, two facts, and the arrow stands for 에서 … 로 (twenty-first
// round), so n1 takes the second end's unit where that is plain, as in
// "1천억에서 2천억 원으로", and the walk goes on to the second end. It
// reports false, reading nothing, when no such change follows.
func (x *extractor) arrowChange(n1 num, has1 bool, p int) (int, bool) {
	if has1 {
		return 0, false
	}
	rest, ok := strings.CutPrefix(strings.TrimPrefix(x.text[p:], " "), "→")
	if !ok {
		return 0, false
	}
	q := len(x.text) - len(strings.TrimPrefix(rest, " "))
	if q >= len(x.text) || !numberStart(x.text, q) {
		return 0, false
	}
	n2, ok := number(x.text, q)
	if !ok {
		return 0, false
	}
	u2, ok := x.unitAfter(n2)
	if !ok {
		return 0, false
	}
	return x.changeFrom(n1, n2, u2)
}
