package facts

import "strings"

// This file keeps a relative clause on a topic from reading as a clause on
// the amount after the topic (docs/meaning.md, "Twenty-third round: time
// (domtime23)").
//
// `inRelativeOfOther` reads a time before an adnominal verb one or two
// words before another amount as that amount's own (약속한 이전 4억 달러: the
// clause modifies the amount). When the word between is a topic or a
// subject (`수출한 액수는 2천만 달러로`), the clause modifies that noun, and
// the amount is what the topic is: the time dates the topic's clause and
// every amount it predicates, a change against a base included (the lead's
// twenty-second-round decision: a change takes its new level's time).

// clauseOnTopic reports whether word k, between a relative clause and
// amount b, is a noun with a particle of topic or subject right before b,
// and amount a is the difference of b against a base written between them
// (b로 … 보다 a): the change whose new level b is.
func (r *reading) clauseOnTopic(k int, b, a amount) bool {
	w := r.words[k]
	if k != b.first-1 || !w.noun || w.time || !topicOrSubject(w.part) || b.end >= a.start {
		return false
	}
	between := r.text[b.end:a.start]
	return (b.tail == "로" || b.tail == "으로") && strings.Contains(between, "보다 ")
}
