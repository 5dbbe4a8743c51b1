package facts

import "strings"

// An amount that a sum comes to: X의 Y를 (모두) 합치면 N원에 달한다, …을
// 더하면 N원이다. The conditional of a verb of summing (합치다, 합하다,
// 더하다, 합산하다) states what is summed as its object; the amount's clause
// after it has no subject of its own, the sum being it. The owner of the
// object noun is then the owner of the amount (agent rule 1: the owner of
// the amount's noun), as in 참여 업체들의 시가 총액을 모두 합치면 약 75조원에
// 달한다 → 참여 업체들 (domagent22).

// sumConditionals begin the conditionals of the verbs of summing.
var sumConditionals = []string{"합치면", "합하면", "더하면", "합산하면", "합계하면"}

// summedOwner returns the word of the owner of the object of a summing
// conditional that closes right before amount a's own words (past
// adverbs), or -1: the owner in 의 or bare before the object noun, an
// actor.
func (r *reading) summedOwner(a amount) int {
	v := -1
	for k := a.first - 1; k >= 0 && k >= a.first-3; k-- {
		if hasAnyPrefix(r.words[k].raw, sumConditionals) {
			v = k
			break
		}
		if w := r.words[k]; w.part != "" || w.noun && !w.time && !strings.HasPrefix(w.raw, "약") {
			return -1 // another noun of the amount's clause: its own subject or measure
		}
	}
	if v < 0 {
		return -1
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		w := r.words[k]
		if w.part != "을" && w.part != "를" {
			if w.verb || w.comma {
				return -1
			}
			continue // 모두, 전부: adverbs of the sum
		}
		o := r.ownerOf(r.phraseStart(k, 0))
		if o >= 0 && r.words[o].actor {
			return o
		}
		return -1
	}
	return -1
}

// bareNounsBefore returns the first word of the bare nouns right before
// word o that make one noun phrase with it (참여 업체들): no particle, no
// time, no comma, no verb between.
func (r *reading) bareNounsBefore(o int) int {
	s := o
	for k := o - 1; k >= 0 && k >= o-3; k-- {
		w := r.words[k]
		if w.part != "" || !w.noun || w.verb || w.time || w.comma || w.money || w.amt {
			break
		}
		s = k
	}
	return s
}
