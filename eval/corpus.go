package eval

import "slices"

// Score is the corpus-level result: precision and recall are macro means
// over pages, F1 is their harmonic mean (not the mean of per-page F1), and
// Accuracy is the share of pages whose token lists equal the truth's.
type Score struct {
	Precision, Recall, F1, Accuracy float64
	Pages                           int
}

// Corpus scores predictions against truths, page i against page i. A page
// with no predicted shingles counts for recall only; a page with no true
// shingles counts for precision only. Extra entries in the longer slice are
// ignored.
func Corpus(truth, pred []string) Score {
	n := min(len(truth), len(pred))
	var s Score
	var ps, rs float64
	var np, nr, exact int
	for i := range n {
		c := Compare(truth[i], pred[i])
		if c.TP+c.FP > 0 {
			ps += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			rs += c.Recall()
			nr++
		}
		if slices.Equal(Tokens(truth[i]), Tokens(pred[i])) {
			exact++
		}
	}
	s.Pages = n
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if n > 0 {
		s.Accuracy = float64(exact) / float64(n)
	}
	return s
}
