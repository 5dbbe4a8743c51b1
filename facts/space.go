package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file folds the white space of a text for the fact matcher. The
// patterns expect one ASCII space where a space may stand ("1조 원",
// "1조 8천억"), while plain text may hold a no-break space, a tab, an
// ideographic space or a run of them. Facts reads a folded copy, where
// each such run is one space, and maps the offsets of what it finds back
// to the original text.

// folded is a text with each run of white space but line breaks folded to
// one ASCII space, and the map back to the original.
type folded struct {
	text   string
	shifts []shift // in order of at; none when the text needed no folding
}

// shift says that from offset at of the folded text on, up to the next
// shift, an offset in the original text is the folded one plus delta.
type shift struct{ at, delta int }

// fold returns text with its runs of white space folded. A text with no
// run to fold is returned as it is, without a copy.
func fold(text string) folded {
	var b strings.Builder
	var shifts []shift
	last := 0 // text[last:] is not yet copied into b
	for i := 0; i < len(text); {
		c := text[i]
		if !spaceLead[c] {
			// Most runes, a whole Hangul syllable at a time. In invalid
			// UTF-8 a space may be stepped over, and so not folded.
			i += runeStep[c>>4]
			continue
		}
		if c == ' ' && (i+1 == len(text) || !spaceLead[text[i+1]]) {
			i++ // a single space, without a call
			continue
		}
		n := spaceRun(text, i)
		if n == 0 || n == 1 && c == ' ' {
			i++
			continue
		}
		if shifts == nil {
			b.Grow(len(text))
		}
		b.WriteString(text[last:i])
		b.WriteByte(' ')
		last = i + n
		shifts = append(shifts, shift{at: b.Len(), delta: last - b.Len()})
		i = last
	}
	if shifts == nil {
		return folded{text: text}
	}
	b.WriteString(text[last:])
	return folded{text: b.String(), shifts: shifts}
}

// spaceLead tells the bytes a white space may start with: the ASCII
// spaces but line breaks, and the lead bytes of the other spaces (U+0085,
// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
// Hangul syllables start with 0xEA–0xED.
var spaceLead = [256]bool{' ': true, '\t': true, '\v': true, '\f': true, 0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// runeStep is the length of a UTF-8 sequence by the high half of its
// first byte; 1 for a continuation byte.
var runeStep = [16]int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4}

// spaceRun returns the length in bytes of the run of white space at
// text[i:], 0 if none. Line breaks end a run: they end sentences.
func spaceRun(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case !spaceLead[c]:
		case c < utf8.RuneSelf:
			j++
			continue
		default:
			r, w := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				j += w
				continue
			}
		}
		break
	}
	return j - i
}

// orig returns the offset in the original text of the offset i of the
// folded text.
func (f folded) orig(i int) int {
	k := sort.Search(len(f.shifts), func(k int) bool { return f.shifts[k].at > i })
	if k == 0 {
		return i
	}
	return i + f.shifts[k-1].delta
}

// plainSpaces returns text with every white space but the line breaks
// (a no-break space, a tab, an ideographic space …) written as an ASCII
// space, one for one, so that code point offsets stay what they were. The
// meaning rules read words between ASCII spaces; Facts folds such spaces
// for itself (fold), and text taken from a page has them folded already
// (extract), but plain text given to Extract may not (a crawl's CSV, a
// copy from a browser: 올해\u00a01분기 read as one word lost its 올해).
func plainSpaces(text string) string {
	return strings.Map(func(r rune) rune {
		if r != ' ' && r != '\n' && r != '\r' && unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, text)
}
