package facts

import "strings"

// This file reads a relative clause whose head is a compound noun phrase
// that runs, bare noun after bare noun, to the amount (docs/meaning.md,
// "Twenty-third round: time (domtime23)").
//
// A Korean relative clause modifies the whole noun phrase after it, and a
// compound noun phrase is headed by its last noun: in `2021년 3월 의뢰한
// 회장 적합도 조사 비용 300만원`, what was commissioned is the survey whose
// cost the amount is, not the 회장 the phrase opens with. When the nouns
// after the clause run with no particle and no comma up to the amount
// written in apposition after them, the clause dates the noun the amount
// measures, and so the amount. A noun with a particle (제도로, 공사에)
// ends the phrase before the amount and keeps the older reading.

// headsMeasuredPhrase reports whether the words from h, the first after
// the relative clause, to amount a are bare nouns, titles among them
// (회장 적합도 조사 비용), with no particle, comma, verb or time, the last
// a noun that is no actor written right before the amount.
func (r *reading) headsMeasuredPhrase(h int, a amount) bool {
	if h < 0 || h >= a.first || a.first > len(r.words) {
		return false
	}
	for i := h; i < a.first; i++ {
		w := r.words[i]
		glued := w.part == "도" && i+1 < a.first // 적합도 관련: the noun of degree 도, not the particle, when the phrase goes on
		if w.verb || w.part != "" && !glued || w.comma || w.time || w.amt || w.money || w.open {
			return false
		}
	}
	w := r.words[a.first-1]
	return w.noun && !w.actor && strings.TrimSpace(r.text[w.end:a.start]) == ""
}
