package facts

import "regexp"

// innerUnitRE matches a unit of a rate inside a purpose, between an
// owner with 의 and the noun of price after it: the 1장 당 of 파워볼
// 복권의 1장 당 가격, the 1kg당 of 쌀의 1kg당 가격. The unit of a price
// is no part of what the price is of (docs/meaning.md, eighth round; E3);
// a count of people (1인당) opens a per-capita measure and is not one.
var innerUnitRE = regexp.MustCompile(`의 [0-9][0-9,.]*(?:장|개|kg|g|t|톤|리터|병|갑|그릇|잔|벌|켤레|마리|상자|배럴) ?당 `)

// withoutInnerUnit drops a unit of a rate from inside the purpose p
// (파워볼 복권의 1장 당 가격 → 파워볼 복권의 가격); a per-capita measure
// that opens the purpose (1인당 GDP) is left to the rules of per.
func withoutInnerUnit(p string) string {
	return innerUnitRE.ReplaceAllString(p, "의 ")
}

// undergoneDeeds are nouns of deeds a country or a place undergoes
// (재건, 복구, 비핵화): with 의 the country is what the deed is done to,
// not whose the money is.
var undergoneDeeds = []string{"재건", "복구", "재활", "정상화", "안정화", "현대화", "민주화", "비핵화"}

// undergoes reports whether the country or place at word k, with 의, is
// what the deed of head word i is done to (아프가니스탄의 재건): the owner
// stays in the purpose, as `X에 대한 지원` does (docs/meaning.md E3 (c)).
func (r *reading) undergoes(k, i int) bool {
	w := r.words[k]
	return (countries[w.stem] || places[w.stem]) && i < len(r.words) && hasAnyPrefix(r.words[i].stem, undergoneDeeds)
}
