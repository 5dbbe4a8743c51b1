package facts

import "strings"

// This file reads a fund named by its ending (남북협력기금,
// 국민건강증진기금): money, not an organisation, unless it acts
// (docs/meaning.md "Decisions, thirteenth round", L3).

// fundEnd is the ending that names a fund.
const fundEnd = "기금"

// fundHolds are the particles of a fund that money is given to.
var fundHolds = setOf("에", "에게", "에는", "에도")

// isFundName reports whether noun n is a fund known only by its ending:
// 남북협력기금, not 국제통화기금 or 유엔아동기금, which orgNames lists as
// the bodies they are.
func isFundName(n string) bool {
	n = baseName(n)
	return strings.HasSuffix(n, fundEnd) && !orgNames[n] && !orgNames[strings.TrimSuffix(n, "들")]
}

// unmarkFunds makes a fund known only by its ending no actor unless it
// acts, as the subject or topic of its clause (녹색기후기금은 … 모은다), or
// holds what is given to it (녹색기후기금에 … 출연했다: a receiver, no
// purpose, as a body with 에 is):
// 남북협력기금 지출액 is the fund's spending, whose owner is who spends
// it (한국 정부의), and 남북협력기금으로, 국민건강증진기금(… 354원) are
// the money itself.
func unmarkFunds(ws []word) {
	for i := range ws {
		if w := &ws[i]; w.actor && !w.subj && !fundHolds[w.part] && isFundName(w.stem) {
			w.actor, w.named, w.owner = false, false, false
		}
	}
}

// fundTopic reports whether the sentence's topic is a figure of a fund
// (남북협력기금 지출액은): an account of money, not a market's price, so a
// source that reports it (통일부에 따르면) is no agent of it (E1).
func (r *reading) fundTopic() bool {
	t := r.thingTopic()
	if t < 0 {
		return false
	}
	for i := r.phraseStart(t, 0); i <= t; i++ {
		if isFundName(r.words[i].stem) {
			return true
		}
	}
	return false
}
