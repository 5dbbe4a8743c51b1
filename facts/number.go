package facts

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// num is a number found in the text, before its unit.
type num struct {
	start, end int     // byte span in the text
	value      Decimal // exact value; zero when vague
	vague      bool    // 수천억, 수십: no value
	approx     bool    // 여 inside (10여억) or vague
	yeo        bool    // 여 inside: 10여억, 수십여
	plain      bool    // digits only, no Korean unit or scale word
	english    bool    // an English scale word: 600 billion
	commas     bool    // thousands commas: 5,000
	top        int     // exponent of the largest big unit, 0 if none
	endsBig    bool    // ends with a big unit: 1조, 8천억 (not 3조 2)
	hangul     bool    // Hangul numerals only, no digit: 삼천억, 천, 구조
	syllables  int     // how many numeral syllables a Hangul number has
	smallLast  bool    // a Hangul number ends with 십, 백 or 천: 삼천, 오백 (not 백일, 일조)
	lone       bool    // Hangul digits without a unit: 구, 일점이삼
	loneDigit  bool    // one Hangul digit alone: 이 (이불, 이원)
	bareMan    bool    // 만 alone: 만원 is ₩10,000 or full
}

// isNumeral reports whether a Hangul number may start with r: the digits
// 일 … 구, the units, and 수/몇 of vague numbers (십수 starts with a unit).
func isNumeral(r rune) bool {
	switch r {
	case '일', '이', '삼', '사', '오', '육', '칠', '팔', '구', '수', '몇':
		return true
	}
	return isUnit(r)
}

// isUnit reports whether r is one of the units 십 … 경, one of which a
// Hangul number must contain.
func isUnit(r rune) bool {
	switch r {
	case '십', '백', '천', '만', '억', '조', '경':
		return true
	}
	return false
}

// unitRunes are the units as a string, for strings.Trim.
const unitRunes = "십백천만억조경"

// numberStart reports whether a number may start at text[i:], a digit or
// a numeral at the start of a word: not after another digit, a letter
// (G3, KBS2) or a Hangul syllable of the same word (만약, 조사 start with no
// number), nor inside 1,723 / 81.1 / 02-781.
func numberStart(text string, i int) bool {
	r, w := utf8.DecodeRuneInString(text[i:])
	prev, pw := utf8.DecodeLastRuneInString(text[:i])
	if i == 0 {
		prev = ' '
	}
	if isDigit(prev) || prev < utf8.RuneSelf && (prev >= 'a' && prev <= 'z' || prev >= 'A' && prev <= 'Z') {
		return false
	}
	if prev == '.' || prev == ',' || prev == '-' {
		if pp, _ := utf8.DecodeLastRuneInString(text[:i-pw]); isDigit(pp) {
			return false
		}
	}
	if isDigit(r) {
		// Not the tail of a number, an article or a date after a unit:
		// the 2 of 제750조2호, 3항2호, or of 1조2천억 when 1조2천억 is no
		// amount, which 2천억 alone would wrongly be.
		if isHangul(prev) {
			if pp, _ := utf8.DecodeLastRuneInString(text[:i-pw]); isDigit(pp) {
				return false
			}
		}
		return true
	}
	if isHangul(prev) || !isNumeral(r) {
		return false
	}
	// A Hangul number needs a unit in its first run of numerals, or must
	// be a lone digit or a Hangul decimal glued to a currency (구파운드,
	// 일점이삼달러): this cheap test spares the regexp most words starting
	// with 이, 일, 사 ….
	if r == '수' || r == '몇' {
		n, _ := utf8.DecodeRuneInString(strings.TrimPrefix(text[i+w:], " "))
		return isUnit(n) // 수천, 수 천
	}
	if strings.HasPrefix(text[i:], "십수") {
		n, _ := utf8.DecodeRuneInString(text[i+len("십수"):])
		return isUnit(n) // 십수억
	}
	j := i
	for j < len(text) {
		c, cw := utf8.DecodeRuneInString(text[j:])
		if isUnit(c) {
			return true
		}
		if c == '수' || c == '몇' || !isNumeral(c) && hangulDigit(c) < 0 && c != '점' && c != '쩜' {
			break
		}
		j += cw
	}
	return loneStarts.starts(text[j:])
}

// mayGoOn reports whether the text after plain digits may carry the
// number on: a unit, 여, or a space before a big unit or an English scale
// word.
func mayGoOn(s string) bool {
	if s == "" {
		return false
	}
	r, w := utf8.DecodeRuneInString(s)
	if r == ' ' {
		r, _ = utf8.DecodeRuneInString(s[w:])
		return isUnit(r) || r == 'm' || r == 'b' || r == 't'
	}
	return isUnit(r) || r == '여'
}

// number reads the number at text[i:], which numberStart accepted, and
// computes its value. It reports false when there is none or it does not
// scan (18일 is 18 and then a word; 1,2345 is malformed). When the number
// is too large to hold ("922경 3373조"), it also reports false, with end
// set past it: no part of it is an amount of its own.
func number(text string, i int) (num, bool) {
	rest := text[i:]
	if strings.HasPrefix(rest, "수") || strings.HasPrefix(rest, "몇") || strings.HasPrefix(rest, "십수") {
		m := match(vagueRE, rest)
		if m == nil {
			return num{}, false
		}
		n := num{start: i, end: i + m[1], vague: true, approx: true, yeo: strings.HasSuffix(rest[:m[1]], "여")}
		for _, r := range rest[:m[1]] {
			if e := bigUnits[r]; e > n.top {
				n.top = e
			}
		}
		return n, true
	}
	end := digitsLen(rest)
	if end < 0 || mayGoOn(rest[end:]) {
		end = numberSpan(rest)
	}
	if end < 0 {
		return num{}, false
	}
	span := strings.TrimSuffix(rest[:end], " ")
	n := num{start: i, end: i + len(span)}
	// A plain group after a space or glued must sit right under 만
	// ("1만 2000명", "1억2,345만6,789원"), not under 조 or 억: "1조 3개" is
	// 1조 and then 3개, "3조 2교대" is 3조 and then 2교대.
	if k := strings.LastIndexAny(span, "만억조경"); k >= 0 && k+len("만") < len(span) {
		tail := span[k+len("만"):]
		unit, _ := utf8.DecodeRuneInString(span[k:])
		if strings.Trim(tail, " 0123456789,.") == "" && unit != '만' {
			span = span[:k+len("만")]
			n.end = i + len(span)
		}
	}
	// A 경 glued to a syllable that is no particle nor currency starts a
	// word: 9경기 (games), 184경기; 1경원 and 1경을 are 10¹⁶.
	word := false // the number ends before a word that starts with a unit
	if k := strings.LastIndex(span, "경"); k >= 0 && k+len("경") == len(span) && k > 0 {
		rest := text[n.end:]
		if r, _ := utf8.DecodeRuneInString(rest); isHangul(r) && !fitsAfter(rest) && !currencyStarts.starts(rest) {
			span = strings.TrimSuffix(span[:k], " ")
			n.end, word = i+len(span), true
		}
	}
	after := text[n.end:]
	// The number must end where its digits end: "1,2345" and "2023.04.07"
	// are something else.
	if after != "" {
		c := after[0]
		if isDigit(rune(c)) || (c == ',' || c == '.') && len(after) > 1 && isDigit(rune(after[1])) {
			return num{}, false
		}
		// Nor may a unit follow: numberRE stops after four big and three
		// small units, and what goes on past them is out of order.
		if r, _ := utf8.DecodeRuneInString(after); isUnit(r) && !word {
			return num{}, false
		}
	}
	if strings.Contains(span, "여") {
		n.approx, n.yeo = true, true
		span = strings.ReplaceAll(span, "여", "")
	}
	v, err := scanQuiet(span)
	if err != nil && strings.HasSuffix(span, " 만") {
		// 2000여만 만원: 만 written twice; the number ends before the
		// second, which currencyAfter reads with 원.
		span = strings.TrimSuffix(span, " 만")
		n.end -= len(" 만")
		v, err = scanQuiet(span)
	}
	if err != nil {
		if errors.Is(err, ErrRange) {
			return num{end: n.end}, false
		}
		return num{}, false
	}
	n.value = v
	n.plain = strings.Trim(span, "0123456789,.") == ""
	n.hangul = !strings.ContainsAny(span, "0123456789")
	if n.hangul {
		n.syllables = utf8.RuneCountInString(strings.ReplaceAll(span, " ", ""))
		last, _ := utf8.DecodeLastRuneInString(span)
		n.smallLast = last == '십' || last == '백' || last == '천'
	}
	n.lone = !strings.ContainsAny(span, "0123456789"+unitRunes)
	n.loneDigit = n.lone && utf8.RuneCountInString(span) == 1
	n.bareMan = span == "만"
	n.commas = strings.Contains(span, ",")
	n.english = strings.HasSuffix(span, "illion")
	for _, r := range span {
		if e := bigUnits[r]; e > n.top {
			n.top = e
		}
	}
	last, _ := utf8.DecodeLastRuneInString(span)
	n.endsBig = bigUnits[last] > 0
	return n, true
}
