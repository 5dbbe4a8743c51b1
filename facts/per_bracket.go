package facts

import "strings"

// perStem returns the word w as the words of a period are looked up in
// perBefore: the part after a bracket opened inside it when there is one
// (가맹점(연 매출 10억원): the bracket glosses 가맹점, and 연 opens the
// gloss, as it would open a phrase of its own), else its stem. Korean glues
// a bracket to the noun it glosses, so the word split at spaces holds both
// (docs/meaning.md, "Twenty-third round: time (domtime23)").
func perStem(w word) string {
	if k := strings.LastIndexByte(w.raw, '('); k >= 0 && k+1 < len(w.raw) {
		return w.raw[k+1:]
	}
	return w.stem
}
