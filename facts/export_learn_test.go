package facts

// The learned chooser's parts, open to the external tests of
// learn_eval_test.go, which score it with package eval.

// LearnExample is one money fact for the learned chooser: its candidates'
// phrases and features, and which to prefer (-1: none matches).
type LearnExample struct {
	Texts []string
	Feats [][]string
	Gold  int
}

// LearnCandidates lists the candidates of the agent or purpose of the
// amount of bytes [start, end) of sentence, with the rules' answer rules
// among their features when useRules.
func LearnCandidates(sentence, prev string, start, end int, rules string, useRules bool) LearnExample {
	cs := learnCandidates(learnInput{sentence: sentence, prev: prev, start: start, end: end, rules: rules, useRules: useRules})
	ex := LearnExample{Gold: -1}
	for _, c := range cs {
		ex.Texts = append(ex.Texts, c.text)
		ex.Feats = append(ex.Feats, c.feats)
	}
	return ex
}

// LearnModel is a trained chooser.
type LearnModel = learnModel

// TrainLearn trains a chooser on the examples that have a gold candidate,
// by an averaged perceptron, or as a log-linear ranker when softmax.
func TrainLearn(exs []LearnExample, softmax bool) LearnModel {
	var es []learnExample
	for _, ex := range exs {
		if ex.Gold < 0 {
			continue
		}
		e := learnExample{gold: ex.Gold}
		for i := range ex.Texts {
			e.cands = append(e.cands, learnCand{text: ex.Texts[i], feats: ex.Feats[i]})
		}
		es = append(es, e)
	}
	if softmax {
		return trainSoftmax(es)
	}
	return trainLearn(es)
}

// Choose returns the phrase m prefers among ex's candidates.
func (m learnModel) Choose(ex LearnExample) string {
	cs := make([]learnCand, len(ex.Texts))
	for i := range ex.Texts {
		cs[i] = learnCand{text: ex.Texts[i], feats: ex.Feats[i]}
	}
	return cs[m.choose(cs)].text
}
