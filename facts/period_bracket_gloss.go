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

// percentGlossedRE matches a percent written right before a bracket
// (3.97%(, -1.5%().
var percentGlossedRE = regexp.MustCompile(`^[+-]?[0-9][0-9.,]*%$`)

// percentBracket reports whether amount a stands in a bracket right after
// a percent of change, a verb of rising or falling right after the
// bracket (전 거래일 대비 3.97%(5천원) 상승한): the bracket restates the
// percent's change in money, the same figure in another unit, so a is in
// the percent's clause and takes its time as any amount of that clause
// does, not the narrower time of an amount bracketed after a noun
// (무궁화위성 3호(3019억 투자)).
func (r *reading) percentBracket(a amount) bool {
	w := r.words[a.first]
	b := strings.IndexByte(r.text[w.start:a.start], '(')
	if b <= 0 {
		return false
	}
	if !percentGlossedRE.MatchString(r.text[w.start : w.start+b]) {
		return false
	}
	closing := strings.IndexByte(r.text[a.end:], ')')
	if closing < 0 {
		return false
	}
	next := strings.TrimLeft(r.text[a.end+closing+1:], " ")
	for _, v := range riseFallStems {
		if strings.HasPrefix(next, v) {
			return true
		}
	}
	return false
}

// riseFallStems are the verbs of rising and falling a change of a figure
// is told with (오른, 상승한, 내린, 떨어진, 늘어난, 줄어든 …): a percent with
// one after its bracket is a change, restated in money in the bracket.
var riseFallStems = append([]string{"오른", "오르", "올라", "올랐", "내린", "내려", "내렸", "떨어"}, growWords...)
