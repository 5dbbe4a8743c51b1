package eval

// ScoreAgreement scores the reading b of a meaning set against the reading
// a with ScoreMeaning's metric (docs/meaning.md "Scoring"), as if b were
// the extractor's output and a the annotation: how far two annotators of
// the guide agree. Only the sentences both readings hold (by id) are
// scored; a fact of a that b does not hold (the same currency and value,
// the same text if one has it) counts as a miss in every field. Role,
// agent, purpose, period and per are symmetric; period_text is counted
// over the facts where a has one.
func ScoreAgreement(a, b []MeaningCase) MeaningScore {
	a, b = Common(a, b)
	var s MeaningScore
	for i, c := range a {
		used := make([]bool, len(b[i].Facts))
		for _, want := range c.Facts {
			k := matchAnnotated(want, b[i].Facts, used)
			var got MeaningFact
			if k >= 0 {
				used[k] = true
				got = b[i].Facts[k]
			}
			s.scoreFact(c, want, got, k >= 0)
		}
	}
	return s
}

// Common returns the cases of a whose id b also holds, in a's order, and
// the cases of b with the same ids in the same order. When an id occurs
// twice in b, the first is used.
func Common(a, b []MeaningCase) (ca, cb []MeaningCase) {
	byID := make(map[string]int, len(b))
	for i := len(b) - 1; i >= 0; i-- {
		byID[b[i].ID] = i
	}
	for _, c := range a {
		if j, ok := byID[c.ID]; ok {
			ca = append(ca, c)
			cb = append(cb, b[j])
		}
	}
	return ca, cb
}

// matchAnnotated returns the index of the unused fact of got that is the
// fact want of another reading, by MatchFact's rule: the same currency and
// value (or both without one), with the same or an overlapping text if one
// has it; -1 if none.
func matchAnnotated(want MeaningFact, got []MeaningFact, used []bool) int {
	return matchIndex(want, len(got), used, func(i int) (currency, value, text string) {
		return got[i].Currency, got[i].Value, got[i].Text
	})
}
