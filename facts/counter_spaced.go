package facts

import (
	"strings"
	"unicode/utf8"
)

// This file holds two readings of a strict counter (docs/facts.md,
// "Decisions, twenty-first round (counts)") where a space stands between
// the parts of what looks like a count.

// perOccasion reports whether after, what follows a 회, is a space and one
// word glued to 당 (1천회 클릭당, 1000회 노출당, 1회 클릭당): the number
// sizes the unit a price is given per, a denominator as the 1천명 of
// 1천명당, not a count. Only 회 is read so: it counts occurrences, and a
// noun of an occurrence takes 당; before other counters a word ending in
// 당 is more often a name (5명 민주당 의원).
func perOccasion(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	word := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !isHangul(r) }); i >= 0 {
		word = rest[:i]
	}
	w, ok := strings.CutSuffix(word, "당")
	return ok && w != ""
}

// spacedBigWord reports whether the number n ends with a big unit written
// apart from the digits before it (114 조) and glued to the strict counter
// after it: then the unit and the counter are one word (조사, 조기, 조회,
// 만회: 부동산114 조사에 따르면), since a spaced unit stands alone as a
// word of its own (500 조 원) and nothing is counted in companies, times or
// reactors of trillions written so.
func spacedBigWord(text string, n num) bool {
	if !n.endsBig || n.hangul {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[:n.end])
	if !isUnit(r) {
		return false
	}
	return strings.HasSuffix(text[:n.end-size], " ")
}

// occasionObject reports whether after, what follows a 회, is a space and
// a noun of two syllables or more in the object case before a space
// (4억회 노출을 보장한다): the number then counts nothing of its own but
// sizes the noun, and docs/facts.md counts a strict counter only before a
// particle, punctuation, a qualifier or the end (D18-9: 회 before a noun
// counts nothing). A verb may follow 회 (백신을 2회 맞았다, 2회 맞을
// 예정), but 를 ends no verb and a verb stem before 을 is mostly one
// syllable (맞을, 받을), so the length keeps those. The caller keeps a
// frequency or a total (월 2회, 최대 12회) counted.
func occasionObject(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	word := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !isHangul(r) }); i >= 0 {
		if rest[i] != ' ' {
			return false
		}
		word = rest[:i]
	}
	stem, ok := strings.CutSuffix(word, "를")
	if !ok {
		stem, ok = strings.CutSuffix(word, "을")
	}
	return ok && utf8.RuneCountInString(stem) >= 2
}

// doseAfter reports whether after, what follows a 회, is a space and 분 as
// a word of its own (1억 1천만회 분 이상이): 회분, doses, written apart,
// a unit of measure as the glued 3억 회분 is, not a count of times.
func doseAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, " 분")
	return ok && (fitsAfter(rest) || strings.HasPrefix(rest, " "))
}

// perCounter reports whether c, what follows the digits of a word in 당
// (1천명당), is a counter and Hangul alone: a middle dot or other mark
// inside ends one item of a list and starts the next (191석∙공명당 24석:
// the seats of two parties, 공명당 a name, not per 191 seats).
func perCounter(c string) bool {
	return counterStarts.starts(c) && strings.IndexFunc(c, func(r rune) bool { return !isHangul(r) }) < 0
}

// priceWords are the nouns of a price that one unit of goods may own
// with 의: 1개의 가격, 1장의 값.
var priceWords = []string{"가격", "값", "단가", "판매가", "원가"}

// priceOfOne reports whether after, what follows the counter of one unit,
// is 의 and a noun of price (백신 1개의 가격은 약 10달러): the unit is
// the denominator of the price, as in 1개에 3천 원, not a count.
func priceOfOne(after string) bool {
	rest, ok := strings.CutPrefix(after, "의 ")
	if !ok {
		return false
	}
	for _, w := range priceWords {
		if r, ok := strings.CutPrefix(rest, w); ok && fitsAfter(r) {
			return true
		}
	}
	return false
}
