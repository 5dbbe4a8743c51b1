package facts

import "strings"

// This file gives an amount of a crawled headline the subject of the
// lead the headline stands over (d21 class A1's second half, agent24).
//
// A crawl glues a headline, then a byline in square brackets, then the
// lead's first sentence into one: `금융자산 5000억원 달성 당기순이익 13억원
// [누리일보 홍길동 기자] 누리농협은 … 정기총회를 개최했다`. A Korean
// headline drops its subject (it is a string of nouns and bare stems:
// 달성, 확보, 배당); the lead restores it as the first subject or topic of
// its first clause. So an amount of the headline that no rule gave an
// agent takes that subject, when the subject names someone (an actor or
// a name, not a thing, a place or a time). The byline is the bracket that
// closes on a reporter's title (기자, 특파원); any other bracket is an aside.

// bylineTitles are the words a byline bracket closes on.
var bylineTitles = setOf("기자", "특파원", "기자·사진")

// leadSubject returns the lead's subject for amount a of the headline
// before a byline, or -1.
func (r *reading) leadSubject(a amount) int {
	by := -1
	for k := a.after; k < len(r.words) && k >= 0; k++ {
		w := r.words[k]
		if w.ends && w.verb && !w.money {
			return -1 // a clause ends before any byline: the amount is the lead's own
		}
		if bylineTitles[w.raw] && strings.HasPrefix(r.text[w.end:], "]") {
			by = k
			break
		}
	}
	if by < 0 {
		return -1
	}
	for i := by + 1; i < len(r.words); i++ {
		w := r.words[i]
		if w.verb && (w.ends || w.adn || w.comma) {
			return -1 // the lead's first clause has no subject before its verb
		}
		if w.subj && subjectParts4[w.part] && !w.time && !w.money && !w.amt {
			if w.actor || w.named || nameLike(w) {
				return i
			}
			return -1
		}
	}
	return -1
}

// leadPhrase is agentPhrase of the lead's subject k, never reaching back
// over the byline into the headline.
func (r *reading) leadPhrase(k int) string {
	p := r.agentPhrase(k)
	if i := strings.LastIndex(p, "]"); i >= 0 {
		p = strings.TrimSpace(p[i+1:])
	}
	return p
}
