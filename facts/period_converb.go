package facts

import "strings"

// This file keeps a converb inside the relative clause it leads into
// (docs/meaning.md, "Twenty-third round: time (domtime23)").
//
// A verb in -며, -면서 or -고 written right before a verb that modifies a
// noun (근무하며 받은 돈, 일하면서 모은 10억원) is no clause of its own: it
// tells how or while the deed of the relative clause was done, and shares
// its subject and its time. A time before the converb
// (2017~2020년 누리개발에 근무하며 받은 10억원) dates the relative clause, and
// so the amount its head measures, as it does with no converb between
// (2017~2020년 받은 10억원).

// converbEndings are the endings of a converb of manner or accompaniment.
var converbEndings = []string{"하며", "하면서", "되며", "되면서", "으며", "으면서"}

// relativeConverbStart returns clause start cs moved back over a converb
// that leads into the relative clause opening at cs, else cs.
func (r *reading) relativeConverbStart(cs int) int {
	for cs >= 1 && cs < len(r.words) {
		k, w := r.words[cs-1], r.words[cs]
		if k.comma || w.comma || !w.adn || !w.verb || !k.verb || k.adn || !converbOf(k.raw) {
			return cs
		}
		next := r.clauseStart(cs - 1)
		if next >= cs-1 {
			return cs
		}
		cs = next
	}
	return cs
}

// converbOf reports whether raw ends in a converb of manner (근무하며,
// 일하면서), or in -며 after a vowel-final verb stem (다니며).
func converbOf(raw string) bool {
	return hasAnySuffix(raw, converbEndings) || strings.HasSuffix(raw, "며") && len(raw) > len("며")*2
}
