package facts

import (
	"strings"
	"unicode/utf8"
)

// This file tells whether a noun names an actor that may spend, earn or
// announce an amount, from the dictionaries of orgs.go.

// commonActor reports whether n is a common noun of people or firms that
// a place before it narrows (사이버 범죄자들, 중개회사): not a name.
func commonActor(n string) bool {
	n = strings.TrimSuffix(n, "들")
	if personNouns[n] || actorNouns[n] || isPerson(n) {
		return true
	}
	for _, e := range []string{"회사", "기업", "업체", "그룹", "조직", "당국", "단체", "기관"} {
		if strings.HasSuffix(n, e) {
			return true
		}
	}
	return false
}

// isActor reports whether the noun n names an organisation, a group of
// people or a person's title: one that may spend, earn or announce an
// amount.
func isActor(n string) bool {
	if n == "" || rateWord(n) {
		return false
	}
	if orgNames[n] || actorNouns[n] || personTitles[n] || countries[n] || isCountryPair(n) || isPerson(n) || personNames[n] {
		return true
	}
	n = strings.TrimSuffix(n, "들")
	if orgNames[n] || actorNouns[n] {
		return true
	}
	if notOrgs[n] || hasAnySuffix(n, notOrgEnds) {
		return false
	}
	syl := utf8.RuneCountInString(n)
	last, _ := utf8.DecodeLastRuneInString(n)
	for _, e := range orgEndingIndex[last] {
		if strings.HasSuffix(n, e.end) && syl >= e.minLen && n != e.end && !orgEndInThing(n, e.end) && !digitsBefore(n, e.end) {
			return true
		}
	}
	for _, end := range []string{"시", "군", "구"} {
		if stem, ok := strings.CutSuffix(n, end); ok && cityStems[stem] {
			return true
		}
	}
	if companyName(n) {
		return true // 카카오뱅크, JYP엔터테인먼트, ㈜마카롱팩토리: actor_company.go
	}
	if stem, ok := strings.CutSuffix(n, "군"); ok && countries[stem] {
		return true // 러시아군, 우크라이나군: a country's army
	}
	// 과기정통부장관, 한은총재: a title of two or more syllables glued
	// to a name of two or more; not 소부장. The suffixes are looked up.
	for k, i := 0, len(n); i > 0 && k < 5; {
		_, w := utf8.DecodeLastRuneInString(n[:i])
		i -= w
		k++
		if k >= 2 && personTitles[n[i:]] && utf8.RuneCountInString(n[:i]) >= 2 {
			return true
		}
	}
	return false
}

// governments are the actor nouns that are governments and legislatures.
var governments = setOf("정부", "당국", "금융당국", "국회", "여당", "야당", "지자체", "중앙정부", "지방정부", "지방자치단체", "당정", "정권", "내각")

// namesAgent reports whether the noun n names an organisation by name or
// a government: a word that is the owner of the noun after it (정부 예산,
// 삼성전자 반도체), not part of it, as common nouns are (학교 건물).
func namesAgent(n string) bool {
	if orgNames[n] || governments[n] {
		return true
	}
	if hasAnySuffix(n, []string{"센터", "공장", "병원", "학교", "대학"}) {
		return false // 물류센터 건립: a place as much as a body
	}
	return isActor(n) && !actorNouns[n] && !actorNouns[strings.TrimSuffix(n, "들")]
}
