package facts

import "strings"

// countedByPredicate reports whether the noun at word k, the subject or
// topic of its clause, is counted by the predicate after it (회원은
// 3만여명이다, 가구가 2만 가구에 달했다): a count of heads says the noun is
// a class, as 집주인 3만명 does with the count glued after it (counted);
// a deed's doers (해커들은 … 빼돌렸다) are not counted so. The counter
// (명, 가구, 곳) says the noun counts heads, so no list of nouns of
// people is needed (docs/meaning.md "Twenty-third round: role").
func (r *reading) countedByPredicate(k int) bool {
	w := r.words[k]
	if !clauseSubjectParts[w.part] || k+1 >= len(r.words) {
		return false
	}
	n := r.words[k+1]
	if !startsDigit(n.raw) || n.money {
		return false
	}
	c := countHeads(n.raw)
	if c == "" && k+2 < len(r.words) {
		c = r.words[k+2].raw // 1만 가구에: the counter spaced
	}
	return hasAnyPrefix(c, []string{"명", "여명", "가구", "곳"})
}

// countHeads returns what follows the digits and the numeral units of a
// count (3만여명이다 → 여명이다, 2만 → "").
func countHeads(s string) string {
	return strings.TrimLeft(s, "0123456789,.만천백십억")
}

// boundObject reports whether the word at i, right after a bounded
// amount with no particle, is a bare noun object (1000원 이상 회비를
// 낸): a floating measure before its noun, so the bound measures the
// object of the verb after it and the clause can still sort the people
// it modifies.
func (r *reading) boundObject(i int) bool {
	w := r.words[i]
	return (w.part == "을" || w.part == "를") && w.noun && !w.amt && !w.money && !w.comma
}

// genericPersons are the nouns of a person that refer to no one by
// themselves (사람, 자, 분): a relative clause with a bound on them (300만원
// 이상 기부한 사람은) defines whoever meets it, a class, as a count of heads
// does for other nouns (docs/meaning.md "Twenty-third round: role").
var genericPersons = setOf("사람", "사람들", "자")
