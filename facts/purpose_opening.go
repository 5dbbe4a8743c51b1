package facts

import (
	"strings"
	"unicode/utf8"
)

// openingEnding drops the first word of purpose p when its form is a
// verb's ending that no noun has and a noun follows it: the connective
// -거나 (100회 이상이거나 누적 구매금액이: "or", which ends the clause
// before), -면서, -는데, -지만 (clause boundaries), and the adnominal
// -힌 of a stem in -히- (정부가 밝힌 사업규모는, 적힌 금액: a relative
// clause cut off at its verb). The clause is no part of the noun phrase
// it ends before or modifies (P1); cleanPurpose cuts verbs it knows by
// their stem, these are known by their ending alone.
func openingEnding(p string) string {
	ws := splitWords(p)
	if len(ws) == 1 && utf8.RuneCountInString(ws[0].raw) >= 3 && allHangul(ws[0].raw) && hasAnySuffix(ws[0].raw, clauseEndingForms) {
		return "" // 정도인데: a clause's end alone, no noun
	}
	if len(ws) < 2 || !ws[1].noun || ws[0].comma || !allHangul(ws[0].raw) {
		return p
	}
	raw := ws[0].raw // 늘었지만: read whole, as the particle 만 may be split off
	n := utf8.RuneCountInString(raw)
	switch {
	case n >= 3 && hasAnySuffix(raw, clauseEndingForms):
	case n >= 2 && ws[0].part == "" && strings.HasSuffix(raw, "힌"):
	default:
		return p
	}
	return strings.TrimSpace(p[ws[1].start:])
}

// clauseEndingForms are connective endings that close a clause and that
// no Korean noun ends with.
var clauseEndingForms = []string{"거나", "면서", "는데", "인데", "지만"}

// aloneBound are words that name nothing as a purpose of their own: 해
// (the year: 가장 많이 수입한 해는 2019년) is a time, and 건 is 것 with the
// topic's 은 (두 번째로 많은 건 2011년), a bound noun. Inside a phrase they
// are read as before (회계연도 해, 사건 건수).
var aloneBound = setOf("해", "건")
