package facts

import "strings"

// quoteInnerSubject reads an amount inside a direct quotation whose
// nearest subject was found outside it, before the opening mark (박 의원은
// “… 은마아파트 31평형은 … 1억5천만원 정도 됐다”며): the one outside is the
// sayer, and the quotation is a clause of its own with its own subject
// (S2: the subject of a reported clause acts in it, the sayer only tells
// it). When the quotation names a subject before the amount (a noun in
// 이/가/은/는, no time, no pronoun), ok is true and k is that subject when
// it may act (a person or a body), or -1 when it is a thing (31평형은, a
// flat priced: no one's). A quotation with no subject of its own (“10억
// 달러를 지원하겠다”고) is the sayer's own deed: ok is false.
func (r *reading) quoteInnerSubject(i int, a amount) (k int, ok bool) {
	q := -1
	for j := i + 1; j <= a.first; j++ {
		w := r.words[j]
		if w.quoteOpen && doubleQuoteBefore(r, j) {
			q = j
		}
		if q >= 0 && j < a.first && (w.quoteClose || closedInside(w.raw)) {
			q = -1 // closed before the amount
		}
	}
	if q < 0 {
		return -1, false
	}
	if r.quotedActor(a, strings.TrimSpace(asideRE.ReplaceAllString(r.agentPhrase(i), ""))) >= 0 {
		return -1, false // “… 이 60억 달러는 이란이 … 지불하는 돈”: E1's actor after the amount (agent_quoted.go)
	}
	for j := a.first - 1; j >= q; j-- {
		w := r.words[j]
		if (w.part == "이" || w.part == "가" || w.part == "은" || w.part == "는") && w.noun && !w.time && !w.amt && !pronouns[w.stem] {
			if isThingLike(w.stem) && !w.actor && !w.named {
				return -1, true
			}
			return j, true
		}
	}
	return -1, false
}

// doubleQuoteBefore reports whether the mark that opens word j is a double
// quotation mark (“ or "): a direct quotation of speech, where single
// marks (‘’) quote a name or a phrase.
func doubleQuoteBefore(r *reading, j int) bool {
	w := r.words[j]
	for b := w.start - 1; b >= 0 && b >= w.start-4; b-- {
		switch r.text[b] {
		case '"':
			return true
		case ' ':
			return false
		}
		if b >= 2 && r.text[b-2:b+1] == "“" {
			return true
		}
	}
	return false
}
