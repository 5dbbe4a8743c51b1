package facts

import (
	"strings"
	"unicode/utf8"
)

// Word forms that look like a name of someone and are not (the domestic
// third round, domagent22). Each rests on how a Korean word is built, not
// on the words of a sentence read.

// orgEndInThing reports whether the organisation ending e that word n
// ends with is only the tail of a longer noun of money or measure that n
// ends with: 영업손실 ends in 실 (비서실, 상황실) only as 손실 does, a loss;
// 국민연금기금 ends in 기금 as its own noun and stays a body.
func orgEndInThing(n, e string) bool {
	r, _ := utf8.DecodeLastRuneInString(n)
	for _, t := range thingEndIndex[r] {
		if len(t) > len(e) && strings.HasSuffix(t, e) && strings.HasSuffix(n, t) {
			return true
		}
	}
	return false
}

// perUnitAfterCount reports whether the last word of the agent's words
// ws is a noun with 당 (per) right after a count (1천회 클릭당, 광고 1건
// 노출당): the unit of a rate, nobody. A party (더불어민주당, 정의당) is
// never written after a number.
func perUnitAfterCount(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	last, before := ws[len(ws)-1], ws[len(ws)-2]
	return strings.HasSuffix(last.raw, "당") && last.part == "" && startsDigit(before.raw)
}

// afterQuoteMark returns agent p without what stands before a double
// quotation mark inside it: a quotation ends there and a new clause
// begins (…표시를 해 놓아서…"공정위는 … 과태료를 부과하고 → 공정위); a
// name is not written across the end of a quotation.
func afterQuoteMark(p string) string {
	k := strings.LastIndexAny(p, "\"“”")
	if k <= 0 {
		return p
	}
	_, w := utf8.DecodeRuneInString(p[k:])
	if rest := strings.TrimSpace(p[k+w:]); rest != "" {
		return rest
	}
	return p
}
