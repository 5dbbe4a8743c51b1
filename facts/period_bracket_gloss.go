package facts

import (
	"regexp"
	"strings"
)

// monthSpanGlossRE matches the months or the year a bracket after a
// quarter, a half or a year restates: 4~6월, 1~6월, 2024년.
var monthSpanGlossRE = regexp.MustCompile(`^(?:[0-9]{1,2} ?[~∼～-] ?[0-9]{1,2} ?월|[0-9]{4}년)$`)

// This file tells a bracket after a time that glosses an amount from one
// that glosses the time itself (docs/meaning.md, "Twenty-first round:
// time (domtime21)").
//
// Korean writes a bracket right after the word it glosses. After a time
// it holds either the amount of that time (한달 전(10,886원), 전년(10억
// 달러)): the time is that bracketed amount's, no other's; or a gloss of
// the time itself: the months of a quarter (2분기(4~6월)), the basis of
// counting (1분기(연결 기준)), a mark of the figure (잠정). A gloss of the
// second kind leaves the time where it stood, in the measure's noun
// phrase (D18-1: 올해 1분기(연결 기준) 266억원의 매출).

// glossesAmount reports whether the bracket that opens right after time t
// holds an amount of the sentence.
func (r *reading) glossesAmount(t timeSpan) bool {
	closing := strings.IndexByte(r.text[t.end:], ')')
	if closing < 0 {
		return true // an open bracket to the end: read as before
	}
	end := t.end + closing
	for _, b := range r.amts {
		if b.start > t.end && b.start < end {
			return true
		}
	}
	return false
}

// timeGlossLen returns the length of a bracket at the start of rest that
// holds a time alone (2분기(4~6월), 상반기(1~6월), 올해(2024년)): it glosses
// the time before it, and is written with it, as 오늘(18일) is. 0 when
// rest opens no such bracket.
func timeGlossLen(rest string) int {
	if !strings.HasPrefix(rest, "(") {
		return 0
	}
	closing := strings.IndexByte(rest, ')')
	if closing < 2 {
		return 0
	}
	in := rest[1:closing]
	if !monthSpanGlossRE.MatchString(in) {
		return 0
	}
	return closing + 1
}
