package facts

import (
	"regexp"
	"strings"
)

// This file keeps a bracket that restates a time in that time's words
// (docs/meaning.md, "Twenty-third round: time (domtime23)").
//
// Korean writes a gloss in a bracket glued to the word it glosses. After
// a word that counts a day from another (전날, 이날, 당일) a bracket with
// the day of the month (전날(27일)) names the same day; after a word that
// counts a month (전달, 이달, 지난달) a bracket with the month (전달(9월))
// names the same month; after any day a bracket with the clock it is told
// by (28일(현지시간)) says where that day fell. Each is one time written
// with its gloss, as 오늘(18일) and 2분기(4~6월) already are.

// dayGlossRE and monthGlossRE match the bracketed day or month alone.
var (
	dayGlossRE   = regexp.MustCompile(`^\([0-9]{1,2}일\)`)
	monthGlossRE = regexp.MustCompile(`^\([0-9]{1,2}월\)`)
)

// relativeMonths are the words that count a month from another.
var relativeMonths = setOf("전달", "전월", "이달", "지난달", "지난 달", "이번 달", "이번달", "내달", "다음 달", "다음달")

// ownGlossLen returns the length of a bracket at the start of rest that
// restates the time base in the calendar's words, 0 when there is none.
func ownGlossLen(base, rest string) int {
	switch {
	case relativeDay(base):
		return len(dayGlossRE.FindString(rest))
	case relativeMonths[base]:
		return len(monthGlossRE.FindString(rest))
	}
	return 0
}

// relativeDay reports whether base is a day counted from another, not
// written with its number (전날, 이날, 다음날).
func relativeDay(base string) bool {
	return isDayTime(base) && !strings.HasSuffix(base, "일") || base == "전일" || base == "당일" || base == "금일"
}
