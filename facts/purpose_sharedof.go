package facts

// sharedOfHead returns the head noun that the next amount of the sentence
// modifies with 의 when amount a, the j-th, ends in a comma and the words
// up to that amount hold no verb (A 시 최대 300만 원, B 시 최대 50만 원의 보상
// 혜택): two amounts coordinated by a comma before one 의 both modify its
// head, as 6a's items share the measure their list names
// (docs/meaning.md "Twenty-fourth round: purpose").
// coordinators are the words that join two nouns inside a phrase.
var coordinators = setOf("또는", "및", "혹은", "내지")

func (r *reading) sharedOfHead(a amount, j int) string {
	if j+1 >= len(r.amts) || a.last >= len(r.words) || !r.words[a.last].comma || a.tail != "" {
		return ""
	}
	b := r.amts[j+1]
	if b.tail != "의" || b.after >= len(r.words) || b.gloss >= 0 {
		return ""
	}
	for k := a.last + 1; k < b.first; k++ {
		if w := r.words[k]; coordinators[w.raw] {
			continue // 인터넷 직거래 또는 쇼핑몰 사기: a coordinator inside a condition
		} else if w.verb || w.comma || w.part != "" {
			return ""
		}
	}
	if w := r.words[b.after]; !w.noun || w.actor || w.time {
		return ""
	}
	return r.phraseRight(b.after)
}
