package facts

import "strings"

// This file finds the span of a number by hand, where numberRE found it
// with Go's regexp machine: numberRE is too large for the backtracker, and
// its NFA cost some 4 µs a number, most of the time of a text that is a run
// of bare amounts ("1조 1조 1조 …").
//
// numberLen follows the expression piece by piece (see patterns.go for the
// pieces), each a function that tries its ways of matching in the order
// of the expression's preferences (greedy repetitions longest first,
// alternatives left first) and hands each end to a continuation, which
// says whether the rest of the expression matches from there. The first
// way the whole expression matches is numberRE's match: Go's regexp
// promises the match a backtracking implementation would find.
// TestNumberLen and FuzzNumberLen hold the two equal.

// numberLen returns the length of the match of numberRE at the start of
// s, or -1 when it does not match.
func numberLen(s string) int {
	end := -1
	accept := func(e int) bool {
		end = e
		return true
	}
	p := numParser{s}
	if p.english(0, accept) || p.number(0, accept) {
		return end
	}
	return -1
}

// digitsLen returns the length of the match of digitsRE at the start of
// s: digits, thousands groups and decimals, as many as there are.
func digitsLen(s string) int {
	end := -1
	numParser{s}.dig(0, func(e int) bool {
		end = e
		return true
	})
	return end
}

// numberSpan is match(numberRE, s)'s end for number: numberLen on the
// window match shows the regexp, then on the whole of s when the match
// reaches the window's margin. It returns -1 when there is no number.
func numberSpan(s string) int {
	if len(s) > window {
		end := windowEnd(s)
		if m := numberLen(s[:end]); m < end-margin {
			return m
		}
	}
	return numberLen(s)
}

// numParser matches the pieces of a number in s. Each method matches its
// piece at i and calls k with every end in order of preference until k
// reports true; it reports whether one did.
type numParser struct{ s string }

// next is a continuation: whether the rest matches from an end.
type next func(int) bool

// The syllables of the classes of numberRE: hangulDigits (scan.go) those
// of hdPat, hdecDigits those before the point of hdecPat and decDigits
// those after it, smallSyllables and bigSyllables the units.
const (
	hdecDigits     = "일이삼사오육칠팔구십백천"
	decDigits      = "공영일이삼사오육칠팔구"
	smallSyllables = "천백십"
	bigSyllables   = "경조억만"
)

// syllableIn reports whether s[i:] starts with one of the three-byte
// syllables of set.
func syllableIn(s string, i int, set string) bool {
	if i+3 > len(s) {
		return false
	}
	for j := 0; j < len(set); j += 3 {
		if s[i] == set[j] && s[i+1] == set[j+1] && s[i+2] == set[j+2] {
			return true
		}
	}
	return false
}

// digitEnd returns the end of the run of ASCII digits at s[i:].
func digitEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// english matches englishPat: digits, a space and a scale word at a word
// boundary.
func (p numParser) english(i int, k next) bool {
	s := p.s
	return p.dig(i, func(j int) bool {
		if j >= len(s) || s[j] != ' ' {
			return false
		}
		// isWordByte (unit.go) tells the word characters of \b.
		for _, w := range [...]string{"million", "billion", "trillion"} {
			if e := j + 1 + len(w); strings.HasPrefix(s[j+1:], w) && (e == len(s) || !isWordByte(s[e])) && k(e) {
				return true
			}
		}
		return false
	})
}

// number matches numberPat: big parts and a last group, or a group, or a
// Hangul digit.
func (p numParser) number(i int, k next) bool {
	return p.bigs(i, 1, k) || p.grp(i, k) || p.hd(i, k)
}

// bigs matches the n-th of at most four big parts, each with a space
// after it, the parts after it and the optional group that ends them.
func (p numParser) bigs(i, n int, k next) bool {
	return p.big(i, func(j int) bool {
		return p.optSpace(j, func(j int) bool {
			return n < 4 && p.bigs(j, n+1, k) || p.optGrp(j, k)
		})
	})
}

// big matches bigPat: a group or a Hangul digit, 여, a space and a big
// unit; or 만 alone.
func (p numParser) big(i int, k next) bool {
	s := p.s
	unit := func(j int) bool {
		return p.optYeo(j, func(j int) bool {
			return p.optSpace(j, func(j int) bool {
				return syllableIn(s, j, bigSyllables) && k(j+3)
			})
		})
	}
	return p.grp(i, unit) || p.hd(i, unit) || strings.HasPrefix(s[i:], "만") && k(i+3)
}

// grp matches grpPat: a Hangul decimal, small units or digits.
func (p numParser) grp(i int, k next) bool {
	return p.hdec(i, k) || p.small(i, 1, k) || p.dig(i, k)
}

// optGrp matches grpPat or nothing.
func (p numParser) optGrp(i int, k next) bool { return p.grp(i, k) || k(i) }

// hd matches hdPat, one Hangul digit.
func (p numParser) hd(i int, k next) bool {
	return syllableIn(p.s, i, hangulDigits) && k(i+3)
}

// hdec matches hdecPat: 일점이삼, 이십구점구구.
func (p numParser) hdec(i int, k next) bool {
	s := p.s
	e := i
	for syllableIn(s, e, hdecDigits) {
		e += 3
	}
	for j := e; j > i; j -= 3 {
		if !syllableIn(s, j, "점쩜") {
			continue
		}
		f := j + 3
		for syllableIn(s, f, decDigits) {
			f += 3
		}
		for g := f; g > j+3; g -= 3 {
			if k(g) {
				return true
			}
		}
	}
	return false
}

// small matches the n-th of at most three parts of smallPat, each digits
// or a Hangul digit or neither, a small unit and a space, the parts after
// it and the optional digits that end them.
func (p numParser) small(i, n int, k next) bool {
	s := p.s
	part := func(j int) bool {
		if !syllableIn(s, j, smallSyllables) {
			return false
		}
		return p.optSpace(j+3, func(j int) bool {
			return n < 3 && p.small(j, n+1, k) || p.optCoef(j, k)
		})
	}
	return p.dig(i, part) || p.hd(i, part) || part(i)
}

// optCoef matches digits, a Hangul digit or nothing.
func (p numParser) optCoef(i int, k next) bool {
	return p.dig(i, k) || p.hd(i, k) || k(i)
}

// dig matches digPat: digits, groups of a comma and three digits,
// decimals.
func (p numParser) dig(i int, k next) bool {
	for j := digitEnd(p.s, i); j > i; j-- {
		if p.groups(j, k) {
			return true
		}
	}
	return false
}

// groups matches the thousands groups of digPat and its decimals.
func (p numParser) groups(j int, k next) bool {
	s := p.s
	if j+4 <= len(s) && s[j] == ',' && digitEnd(s, j+1) >= j+4 && p.groups(j+4, k) {
		return true
	}
	if j+1 < len(s) && s[j] == '.' {
		for f := digitEnd(s, j+1); f > j+1; f-- {
			if k(f) {
				return true
			}
		}
	}
	return k(j)
}

// optSpace matches one space or nothing.
func (p numParser) optSpace(i int, k next) bool {
	return i < len(p.s) && p.s[i] == ' ' && k(i+1) || k(i)
}

// optYeo matches 여 or nothing.
func (p numParser) optYeo(i int, k next) bool {
	return strings.HasPrefix(p.s[i:], "여") && k(i+3) || k(i)
}
