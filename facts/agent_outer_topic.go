package facts

import "strings"

// This file reads a clause with two topics (d21 class A6's
// `고성군은 지난해 중소기업 육성자금은 15개 업체에 48억 원을 … 지원했고`,
// agent24). Korean stacks topics: the first, `X는`, is what the sentence is
// about; a second `Y는` in the same clause sets Y against other things
// (this fund, as against that one). When the amount is said of the second
// topic, a thing, the first topic is who acts on it, not the nouns that
// modify the thing (`중소기업 육성자금`: the firms are what the fund is for).
// Only time words, adverbs and bare nouns may stand between the two: a
// verb or a comma ends the first topic's reach. And the amount's verb is a
// deed in a Sino-Korean noun with 하다 (지원했고, 투입한다), active: the
// second topic is its object brought forward, the first its doer; a verb
// of change (유가는 … 오를 것으로 전망했다) has the second topic for subject,
// and the first is only who tells it. The second topic is money to spend
// (a fund, a budget, a cost: moneyForHeads), which the amount sizes; a
// price (금값은 … 선을 유지하다가) is a market's, no one's deed.

// outerTopic returns the first topic of the clause whose second topic,
// the noun phrase from ks to k, the amount is said of, or -1: a topic in
// 은/는 that names an actor, before ks with no verb, comma or particle of
// another role between.
func (r *reading) outerTopic(a amount, k, ks int) int {
	if w := r.words[k]; w.part != "은" && w.part != "는" || w.actor || !spentFund(w.stem) || !r.activeDeed(a) {
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

// activeDeed reports whether the verb governing amount a is an active
// Sino-Korean noun + 하다 (지원했다), not its passive (지원됐다, 지원받은).
func (r *reading) activeDeed(a amount) bool {
	v := r.governing(a)
	if v < 0 {
		return false
	}
	raw := r.words[v].raw
	m := verbNounRE.FindStringSubmatch(raw)
	if m == nil || strings.HasSuffix(m[1], "받") {
		return false
	}
	rest := raw[len(m[1]):]
	return !passiveRE.MatchString(rest) && !strings.HasPrefix(rest, "당")
}

// spentFund reports whether noun n ends in a noun of money to spend
// (육성자금, 사업예산, 운영비용).
func spentFund(n string) bool {
	for h := range moneyForHeads {
		if strings.HasSuffix(n, h) {
			return true
		}
	}
	return false
}
