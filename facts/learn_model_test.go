package facts

import (
	"math"
	"math/rand/v2"
)

// This file is the model side of the learned chooser
// (learn_candidates_test.go): a linear score over named features, trained
// as an averaged perceptron or a log-linear ranker so that, among the
// candidates of each example, one matching the annotation scores highest.

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
	names, conv := indexFeatures(examples)
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

// learnRate and learnL2 are the step and the L2 penalty of trainSoftmax.
const (
	learnRate = 0.1
	learnL2   = 1e-4
)

// trainSoftmax trains a model on examples as a log-linear ranker: the
// probability of a candidate is the softmax of the scores of its
// example's candidates, and stochastic gradient steps raise the log
// probability of the gold candidates, with an L2 penalty on the weights
// (kept lazily, as a scale of them all). The order of each pass is
// shuffled with a fixed seed: the same examples give the same model.
func trainSoftmax(examples []learnExample) learnModel {
	names, conv := indexFeatures(examples)
	v := make([]float64, len(names))
	scale := 1.0
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(13, 9))
	var p []float64
	for epoch := range learnEpochs {
		rate := learnRate / (1 + float64(epoch)/4)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, e := range order {
			cs := conv[e]
			p = p[:0]
			top := math.Inf(-1)
			for _, c := range cs {
				s := 0.0
				for _, id := range c {
					s += v[id]
				}
				s *= scale
				p = append(p, s)
				top = max(top, s)
			}
			z := 0.0
			for i := range p {
				p[i] = math.Exp(p[i] - top)
				z += p[i]
			}
			scale *= 1 - rate*learnL2
			for i, c := range cs {
				g := -p[i] / z
				if i == examples[e].gold {
					g++
				}
				for _, id := range c {
					v[id] += rate * g / scale
				}
			}
			if scale < 1e-6 {
				for i := range v {
					v[i] *= scale
				}
				scale = 1
			}
		}
	}
	m := learnModel{}
	for id, n := range names {
		if w := v[id] * scale; w != 0 {
			m[n] = w
		}
	}
	return m
}

// indexFeatures numbers the features of examples in the order they first
// appear: names[id] is a feature's name, and conv[e][c] the ids of the
// features of candidate c of example e.
func indexFeatures(examples []learnExample) (names []string, conv [][][]int) {
	ids := map[string]int{}
	conv = make([][][]int, len(examples))
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
	return names, conv
}
