package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the owner of an amount that a bracket after a name
// holds: JYP엔터테인먼트(시총 8,483억원), 누리식품(자산총액 5조2천억원).
// Korean copy glosses a firm's figure in a bracket glued to its name, the
// measure first and the amount after it; the name before the bracket owns
// what the bracket says (as 중소기업(57만원) does with no measure written).

// bracketMeasureOwner returns the name glued before the bracket that holds
// amount a after a measure noun (Name(Measure amount)), or the name glued
// before a bracket that opens right on the amount in a list whose word
// before is another item (…나 YG엔터테인먼트(5,141억원)): the name alone, not
// the list before it. The name must be an actor or a name in Latin letters
// (SM, JYP); the bracket must close right after the amount.
func (r *reading) bracketMeasureOwner(a amount) (string, bool) {
	if !strings.HasPrefix(r.text[a.end:], ")") {
		return "", false
	}
	w := r.words[a.first]
	if a.start > w.start {
		// The bracket opens in the amount's own word: Name(amount).
		stem, ok := strings.CutSuffix(r.text[w.start:a.start], "(")
		if !ok || a.first == 0 || !ownerName(stem) {
			return "", false
		}
		if p := r.words[a.first-1]; p.comma || p.part != "" || strings.Contains(r.text[p.start:w.start], ")") {
			return stem, true // the word before ends another item or clause
		}
		return "", false
	}
	if a.first == 0 || strings.TrimSpace(r.text[w.start:a.start]) != "" {
		return "", false
	}
	p := r.words[a.first-1]
	pre := r.text[p.start:a.start]
	name, measure, ok := strings.Cut(pre, "(")
	measure = strings.TrimSpace(measure)
	if !ok || measure == "" || strings.ContainsAny(measure, "()0123456789, ") || !ownerName(name) {
		return "", false
	}
	return name, true
}

// ownerName reports whether n, glued before a bracket, names an owner: an
// actor, or a name written in Latin capitals and digits (SM, JYP, HDC).
func ownerName(n string) bool {
	if n == "" || strings.ContainsAny(n, " ()") {
		return false
	}
	if isActor(n) {
		return true
	}
	for i, c := range n {
		if c > unicode.MaxASCII || !(unicode.IsUpper(c) || i > 0 && unicode.IsDigit(c)) {
			return false
		}
	}
	return len(n) >= 2
}

// boundInBracket reports whether amount a, with a bound (이상, 이하, 미만,
// 초과), closes a bracket glued to a noun: 기업집단(자산총액 10조원 이상).
// The bracket states the criterion of the class the noun names, and a
// class's bound is nobody's (6b; as 10조원 이상인 기업집단 is).
func (r *reading) boundInBracket(a amount) bool {
	rest := strings.TrimLeft(r.text[a.end:], " ")
	bound := false
	for _, q := range a.quals {
		if boundQuals[q] {
			bound = true
			rest = strings.TrimLeft(strings.TrimPrefix(rest, q), " ")
		}
	}
	if !bound || !strings.HasPrefix(rest, ")") {
		return false
	}
	o := strings.LastIndex(r.text[:a.start], "(")
	if o <= 0 || strings.Contains(r.text[o:a.start], ")") {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(r.text[:o])
	return unicode.IsLetter(c)
}
