package facts

// This file reads the owner of an amount across the time between them:
// 누리은행의 올해 약 600억원의 영업이익, 누리전자의 2분기 3조원. A time
// adverbial floats in the noun phrase; the genitive owner before it still
// owns the amount, as it does with nothing between (삼성전자의 6조 원).

// ownerPastTime returns the actor in 의 right before the bare time words
// (no particle) that stand right before amount a, or -1.
func (r *reading) ownerPastTime(a amount) int {
	k := a.before
	if k < 0 || !r.words[k].time || r.words[k].part != "" {
		return -1
	}
	for k >= 0 && r.words[k].time && r.words[k].part == "" && !r.words[k].comma {
		k--
	}
	if k < 0 {
		return -1
	}
	if w := r.words[k]; w.part == "의" && w.actor && !w.time && !w.comma {
		return k
	}
	return -1
}
