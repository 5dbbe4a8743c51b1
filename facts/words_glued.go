package facts

import (
	"unicode/utf8"
)

// gluedParts are the case particles after which a numeral written without
// its space starts a new word (유럽중앙은행은9일, 원유가격이11일, 회의에서1조):
// a particle ends its noun phrase, and a numeral never continues one.
// The list is the closed class of the subject, topic, object and place
// particles (docs/meaning.md "agent"; Korean school grammar's 격조사 and
// 보조사 은/는).
var gluedParts = setOf("은", "는", "이", "가", "을", "를", "에서")

// gluedNumeral returns where a numeral glued to a particle starts inside the
// run s[i:j] between spaces, or 0 when none does: the run must open with at
// least two Hangul syllables before its particle, so that a numbered name
// (제2, 1차, 이2) stays one word.
func gluedNumeral(s string, i, j int) int {
	k, n := i, 0
	for k < j {
		r, w := utf8.DecodeRuneInString(s[k:])
		if !isHangul(r) {
			break
		}
		k += w
		n++
	}
	if n < 3 || k >= j || !isDigit(rune(s[k])) {
		return 0
	}
	stem, part := cutParticle(s[i:k])
	if !gluedParts[part] || utf8.RuneCountInString(stem) < 2 {
		return 0
	}
	return k
}
