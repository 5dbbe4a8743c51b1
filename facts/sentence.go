package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into its sentences, trimmed of surrounding space,
// in order. A sentence ends at a line break, or at ".", "?", "!" (and their
// full-width forms) with any closing quotes or brackets after them, when
// followed by space or the end of the text. It does not end at a decimal
// point (81.1%), at the dots of a date (2023. 4. 18.), at an ellipsis, at
// an abbreviation (U.S., Mr., Dr.) or before a quotation's continuation
// (“…했다.”며). Where a scraper glued paragraphs together ("습니다.현지시각"),
// a stop after Hangul followed directly by a letter or an opening quote
// ends the sentence too.
func Sentences(text string) []string {
	spans := sentenceSpans(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s[0]:s[1]]
	}
	return out
}

// sentenceSpans returns the byte spans of the sentences of text, trimmed
// of white space, in order, none empty.
func sentenceSpans(text string) [][2]int {
	var spans [][2]int
	start := 0
	cut := func(end, next int) {
		s, e := start, end
		for s < e {
			r, w := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += w
		}
		for e > s {
			r, w := utf8.DecodeLastRuneInString(text[:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= w
		}
		if s < e {
			spans = append(spans, [2]int{s, e})
		}
		start = next
	}
	for i := 0; i < len(text); {
		// Every stop is ASCII or starts with 0xE3 (。) or 0xEF (？！):
		// other bytes are stepped over without decoding.
		c, r, w := text[i], rune(0), 1
		switch {
		case c < utf8.RuneSelf:
			r = rune(c)
		case c == 0xE3 || c == 0xEF:
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		switch r {
		case '\n', '\r':
			cut(i, i+w)
		case '.', '?', '!', '。', '？', '！':
			end, ok := stopEnds(text, i, r, w)
			if ok {
				cut(end, end)
			}
			if end > i {
				i = end // past the run of stops either way: "!!!!" is read once
				continue
			}
		}
		i += w
	}
	cut(len(text), len(text))
	return spans
}

// stopEnds reports whether the stop r at text[i:i+w] ends a sentence, and
// where the run of stops and closing quotes that follow it ends (0 when
// only the stop itself was looked at).
func stopEnds(text string, i int, r rune, w int) (int, bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	if r == '.' {
		next, _ := utf8.DecodeRuneInString(text[i+w:])
		switch {
		case isDigit(prev) && isDigit(next):
			return 0, false // 81.1
		case next == '.' || prev == '.':
			return 0, false // an ellipsis ...
		case isDigit(prev) && strings.HasPrefix(text[i+w:], " ") && len(text) > i+w+1 && isDigit(rune(text[i+w+1])):
			return 0, false // 2023. 4. 18.
		case isDigit(prev) && dateTailRE.MatchString(text[max(0, i-16):i]):
			return 0, false // the last dot of 2023. 4. 18.
		case isAbbrev(text[:i]):
			return 0, false // U.S., Mr.
		}
	}
	j := i + w
	for j < len(text) { // further stops: "?!"
		s, sw := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(".?!。？！", s) {
			break
		}
		j += sw
	}
	closed := false
	for j < len(text) {
		c, cw := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(`"'”’)]」』〉》`, c) {
			break
		}
		j += cw
		closed = true
	}
	if j == len(text) {
		return j, true
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	switch {
	case unicode.IsSpace(next):
		return j, true
	case closed:
		return j, false // “…했다.”며: the quotation goes on
	case isHangul(prev) && (unicode.IsLetter(next) || unicode.IsDigit(next) || strings.ContainsRune(`"'“‘([「『〈《`, next)):
		return j, true // paragraphs glued by a scraper: 습니다.현지시각
	}
	return j, false
}

// abbrevs are words that end with a dot without ending a sentence.
var abbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Jr": true, "Sr": true, "Inc": true, "Corp": true, "Co": true, "Ltd": true,
	"vs": true, "etc": true, "No": true, "Gen": true, "Gov": true, "Sen": true,
	"Rep": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true, "Aug": true,
	"Sept": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true, "e.g": true, "i.e": true,
}

// isAbbrev reports whether s ends with an abbreviation or an initial
// (U.S, J) that the dot after it belongs to.
func isAbbrev(s string) bool {
	// Abbreviations are short: look back no further than maxAbbrev bytes,
	// so that a run like "a.a.a.a." costs no more than its length.
	const maxAbbrev = 8
	k := len(s)
	for k > 0 && len(s)-k <= maxAbbrev {
		c := s[k-1]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '.') {
			break
		}
		k--
	}
	w := s[k:]
	if w == "" {
		return false
	}
	if abbrevs[w] {
		return true
	}
	// Initials: "U.S", "J", "U.S.A".
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && !(c >= 'A' && c <= 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// isDigit reports whether r is an ASCII digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isHangul reports whether r is a precomposed Hangul syllable.
func isHangul(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
