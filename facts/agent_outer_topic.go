package facts

// This file reads a clause with two topics (d21 class A6's
// `고성군은 지난해 중소기업 육성자금은 15개 업체에 48억 원을 … 지원했고`,
// agent24). Korean stacks topics: the first, `X는`, is what the sentence is
// about; a second `Y는` in the same clause sets Y against other things
// (this fund, as against that one). When the amount is said of the second
// topic, a thing, the first topic is who acts on it, not the nouns that
// modify the thing (`중소기업 육성자금`: the firms are what the fund is for).
// Only time words, adverbs and bare nouns may stand between the two: a
// verb or a comma ends the first topic's reach.

// outerTopic returns the first topic of the clause whose second topic,
// the noun phrase from ks to k, the amount is said of, or -1: a topic in
// 은/는 that names an actor, before ks with no verb, comma or particle of
// another role between.
func (r *reading) outerTopic(k, ks int) int {
	if w := r.words[k]; w.part != "은" && w.part != "는" || w.actor {
		return -1
	}
	for t := ks - 1; t >= 0 && t >= ks-4; t-- {
		w := r.words[t]
		if w.verb || w.money || w.amt {
			return -1
		}
		if w.part == "은" || w.part == "는" {
			if !w.comma && !w.time && (w.actor || w.named) {
				return t
			}
			return -1
		}
		if w.comma || w.part != "" && !w.time {
			return -1
		}
	}
	return -1
}
