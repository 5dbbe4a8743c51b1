package facts

import (
	"regexp"
	"strings"
)

// A rate's value told in the clause before it: 8천원 선이었던 원-달러
// 환율이, 8천원 대를 유지했던 달러 가치가, 1천400원 수준인 환율 (docs/meaning.md
// "Seventeenth round (role): rates as levels").

var (
	// levelLinkRE matches the word after an amount that makes it what the
	// noun after was (선이었던, 대인, 수준이던): a level word at most, and a
	// copula that modifies the noun.
	levelLinkRE = regexp.MustCompile(`^(?:대|선|수준|정도)?(?:이었던|였던|이던|인)$`)
	// levelWordRE matches a level word with the object particle before a
	// verb of holding (대를 유지했던).
	levelWordRE = regexp.MustCompile(`^(?:대|선|수준|정도)$`)
)

// rateNamedAfter reports whether amount a is what a rate named right
// after its clause was or held (8천원 선이었던 원-달러 환율이, 8천원 대를
// 유지했던 달러 가치가): the value of the rate, a rate. A noun after the rate
// noun heads the phrase instead (1천억 원 규모인 환율 손실은): not the rate.
func (r *reading) rateNamedAfter(a amount) bool {
	k := a.last + 1
	switch {
	case levelLinkRE.MatchString(a.tail) && a.tail != "":
		k = a.after // 8천원이던 환율, 1천300원 수준인 환율: the link is the amount's own ending
	case k < len(r.words) && levelLinkRE.MatchString(r.words[k].raw):
		k++ // 선이었던
	case k < len(r.words) && levelWordRE.MatchString(r.words[k].stem) && levelLinkRE.MatchString(r.words[k].part):
		k++ // 수준인
	case k+1 < len(r.words) && levelWordRE.MatchString(r.words[k].stem) && (r.words[k].part == "을" || r.words[k].part == "를") && holdingVerb(r.words[k+1]):
		k += 2 // 대를 유지했던
	default:
		return false
	}
	for h := k; h < len(r.words) && h < k+3; h++ {
		w := r.words[h]
		if !w.noun || w.amt {
			return false
		}
		if w.part == "" && !w.comma && h+1 < len(r.words) {
			continue // 원-달러 환율, 달러 가치: a noun of the phrase before its head
		}
		return isRateNoun(w.stem) || r.worthAt(h, a)
	}
	return false
}

// holdingVerb reports whether w is a verb of holding a level that modifies
// the noun after it: 유지했던, 유지하던, 머물던.
func holdingVerb(w word) bool {
	return w.adn && (strings.HasPrefix(w.raw, "유지") || strings.HasPrefix(w.raw, "머물") || strings.HasPrefix(w.raw, "머무"))
}

// rateQualifies reports whether the rate noun at word i, before amount a,
// only qualifies a noun after it that heads its phrase (환율 상승으로 10억 원
// 손실): the amount measures no rate.
func (r *reading) rateQualifies(i int, a amount) bool {
	w := r.words[i]
	if w.part != "" || w.comma || i+1 >= a.first {
		return false // 시급을, 환율 1,400원: the rate itself
	}
	n := r.words[i+1]
	return n.noun && !n.amt && !isRateNoun(n.stem)
}
