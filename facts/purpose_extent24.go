package facts

import "strings"

// This file trims the ends of a purpose phrase that no noun phrase of
// Korean can have (purpose24, docs/meaning.md "Twenty-fourth round:
// purpose"): a phrase opens with a noun, never with a particle or a
// bound suffix written apart from the noun it belongs to, and a bracket
// opened and not closed inside it ends it.

// spacedParticles are particles and bound suffixes that a copy which
// spaces its words apart (`한라봉 은`, `가구 당`, `2 병 을`) leaves as a
// word of their own: they belong to the word before, and a phrase that
// opens with one has been cut after its noun. `이` is left out: it is
// also the determiner `this` (이 법안).
var spacedParticles = setOf("은", "는", "가", "을", "를", "의", "에", "로", "으로", "와", "과", "도", "만", "당")

// extentTrimmed returns purpose p without what cannot open or close a
// noun phrase:
//   - a particle or `당` standing alone at its start (`은 한라봉` →
//     `한라봉`, `당 농업소득` → `농업소득`: the spaced particle is the
//     word's before the phrase);
//   - an opening bracket `[` with no `]` after it, and what follows
//     (`배당 [충청투데이 김영 기자` → `배당`): a byline or a headline's
//     label begins there, past the end of the phrase.
//   - a trailing `명목` or `명분` (`인건비 명목` → `인건비`): the noun of
//     the name an amount is given under, whose X is what it is for, as
//     the X of `X 명목으로 N원` is (namedAs) and as cleanPurpose drops a
//     trailing `혐의`.
func extentTrimmed(p string) string {
	for _, n := range []string{" 명목", " 명분"} {
		if rest, ok := strings.CutSuffix(p, n); ok && strings.TrimSpace(rest) != "" {
			p = strings.TrimSpace(rest)
		}
	}
	if i := strings.Index(p, " ["); i > 0 && !strings.Contains(p[i:], "]") {
		p = strings.TrimSpace(p[:i])
	}
	for {
		w, rest, ok := strings.Cut(p, " ")
		if !ok || rest == "" {
			return p
		}
		if !spacedParticles[w] {
			return p
		}
		p = strings.TrimSpace(rest)
	}
}
