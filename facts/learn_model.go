package facts

import (
	"math/rand/v2"
	"sort"
)

// This file is the model side of the learned chooser (learn.go): a linear
// score over named features, trained as an averaged perceptron that ranks
// the candidates of each example so that one matching the annotation
// scores highest.

// learnModel weighs named features.
type learnModel map[string]float64

// score returns the sum of the weights of features fs.
func (m learnModel) score(fs []string) float64 {
	s := 0.0
	for _, f := range fs {
		s += m[f]
	}
	return s
}

// choose returns the index of the best-scored candidate; ties go to the
// first, which is "none".
func (m learnModel) choose(cs []learnCand) int {
	best, bs := 0, 0.0
	for i, c := range cs {
		if s := m.score(c.feats); i == 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// learnExample is one fact to learn from: its candidates and the index of
// the one to prefer.
type learnExample struct {
	cands []learnCand
	gold  int
}

// learnEpochs is how many passes training makes over its examples.
const learnEpochs = 12

// trainLearn trains a model on examples by an averaged perceptron: for
// each example, in an order shuffled with a fixed seed at each pass, the
// features of the gold candidate gain and those of the chosen one lose
// when the two differ; the model returned is the average of the weights
// over all steps. The same examples in the same order give the same model.
func trainLearn(examples []learnExample) learnModel {
	ids := map[string]int{}
	var names []string
	conv := make([][][]int, len(examples))
	for e, ex := range examples {
		conv[e] = make([][]int, len(ex.cands))
		for c, cand := range ex.cands {
			for _, f := range cand.feats {
				id, ok := ids[f]
				if !ok {
					id = len(names)
					ids[f] = id
					names = append(names, f)
				}
				conv[e][c] = append(conv[e][c], id)
			}
		}
	}
	w := make([]float64, len(names))
	u := make([]float64, len(names)) // step-weighted updates, for the average
	step := 1.0
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(13, 9))
	for range learnEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, e := range order {
			cs := conv[e]
			best, bs := 0, 0.0
			for i, c := range cs {
				s := 0.0
				for _, id := range c {
					s += w[id]
				}
				if i == 0 || s > bs {
					best, bs = i, s
				}
			}
			if g := examples[e].gold; best != g {
				for _, id := range cs[g] {
					w[id]++
					u[id] += step
				}
				for _, id := range cs[best] {
					w[id]--
					u[id] -= step
				}
			}
			step++
		}
	}
	m := learnModel{}
	for id, n := range names {
		if v := w[id] - u[id]/step; v != 0 {
			m[n] = v
		}
	}
	return m
}

// sortedFeatures returns the features of m in order, for a file that
// diffs well.
func (m learnModel) sortedFeatures() []string {
	fs := make([]string, 0, len(m))
	for f := range m {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	return fs
}
