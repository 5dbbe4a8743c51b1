package facts

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file is the amount scanner: a small hand-written lexer in the shape
// of text/template/parse/lex.go (state functions, next/peek/backup/accept,
// errorf ends the scan), run synchronously. It reads a number span that a
// regexp has already found and computes its exact value as it goes.

const eof = -1

// token is the kind of the last thing the scanner read; the space rules
// depend on it.
type token int

const (
	tokNone  token = iota
	tokCoef        // digits or a Hangul digit: 1,723 / 1.8 / 삼
	tokSmall       // 십, 백, 천
	tokBig         // 만, 억, 조, 경
	tokSpace       // one space between parts
	tokScale       // an English scale word: million, billion, trillion
)

// scanner holds the state of one amount scan.
type scanner struct {
	input string
	pos   int // current position in input
	start int // start of the token being read
	width int // width of the last rune read, for backup

	prev    token
	coef    Decimal // pending coefficient, not yet multiplied by a unit
	hasCoef bool
	frac    bool    // a coefficient with decimals was read: none may follow
	group   Decimal // value of the current group (below the next big unit)
	small   int     // exponent of the group's last small unit, 0 if none
	big     int     // exponent of the last big unit, 0 if none
	total   Decimal
	err     *AmountError
	quiet   bool // no message for err
}

// stateFn is one state of the scanner; it returns the next state.
type stateFn func(*scanner) stateFn

// scanAmount returns the value of the amount s, or an *AmountError (with
// Func unset) wrapping ErrSyntax or ErrRange.
func scanAmount(s string) (Decimal, *AmountError) {
	return scan(&scanner{input: s})
}

// scanQuiet is scanAmount for a caller that reads only the cause of an
// error: its AmountError has no Msg, which spares a fmt.Sprintf for each
// of the spans a hostile run of amounts out of order ("1조 1조 1조 1조")
// offers the scanner.
func scanQuiet(s string) (Decimal, *AmountError) {
	return scan(&scanner{input: s, quiet: true})
}

// scan runs sc to its end.
func scan(sc *scanner) (Decimal, *AmountError) {
	for state := scanPart; state != nil; {
		state = state(sc)
	}
	if sc.err != nil {
		return Decimal{}, sc.err
	}
	return sc.total, nil
}

// next returns the next rune in the input, or eof.
func (s *scanner) next() rune {
	if s.pos >= len(s.input) {
		s.width = 0
		return eof
	}
	r, w := utf8.DecodeRuneInString(s.input[s.pos:])
	s.width = w
	s.pos += w
	return r
}

// peek returns but does not consume the next rune in the input.
func (s *scanner) peek() rune {
	r := s.next()
	s.backup()
	return r
}

// backup steps back one rune; it can be called only once per next.
func (s *scanner) backup() { s.pos -= s.width }

// accept consumes the next rune if it is from the valid set.
func (s *scanner) accept(valid string) bool {
	if strings.ContainsRune(valid, s.next()) {
		return true
	}
	s.backup()
	return false
}

// errorf records a syntax error at the current token and ends the scan.
func (s *scanner) errorf(format string, args ...any) stateFn {
	return s.fail(ErrSyntax, format, args...)
}

// fail records an error wrapping cause and ends the scan.
func (s *scanner) fail(cause error, format string, args ...any) stateFn {
	s.err = &AmountError{Input: s.input, Pos: s.start, Err: cause}
	if !s.quiet {
		s.err.Msg = fmt.Sprintf(format, args...)
	}
	return nil
}

// overflow ends the scan with ErrRange.
func (s *scanner) overflow() stateFn { return s.fail(ErrRange, "amount too large") }

// hangulDigits are the Sino-Korean digits 일 (1) to 구 (9).
const hangulDigits = "일이삼사오육칠팔구"

// smallUnits are the units inside a group: 십 10, 백 100, 천 1000.
var smallUnits = map[rune]int{'십': 1, '백': 2, '천': 3}

// bigUnits are the units between groups of four digits.
var bigUnits = map[rune]int{'만': 4, '억': 8, '조': 12, '경': 16}

// englishScales are the scale words Yonhap's English service writes after
// digits: "600 billion won", "US$455 million".
var englishScales = []struct {
	word string
	exp  int
}{{" million", 6}, {" billion", 9}, {" trillion", 12}}

// scanPart reads the start of the next token.
func scanPart(s *scanner) stateFn {
	s.start = s.pos
	r := s.peek()
	switch {
	case r == eof:
		return scanEnd
	case s.prev == tokScale:
		return s.errorf("text after a scale word")
	case r >= '0' && r <= '9':
		return scanDigits
	case strings.ContainsRune(hangulDigits, r):
		return scanHangulDigit
	case smallUnits[r] > 0:
		return scanSmall
	case bigUnits[r] > 0:
		return scanBig
	case r == '점' || r == '쩜':
		return scanPoint
	case r == ' ':
		return scanSpace
	}
	return s.errorf("unexpected %q", r)
}

// scanDigits reads digits with optional thousands commas and decimals.
func scanDigits(s *scanner) stateFn {
	if s.hasCoef {
		return s.errorf("number after number")
	}
	if s.frac {
		return s.errorf("number after a decimal amount")
	}
	var d Decimal
	var ok bool
	lead, ok := s.digits(&d.Coef, -1)
	if !ok {
		return s.overflow()
	}
	// Thousands commas: 1-3 leading digits, then groups of exactly three.
	if s.peek() == ',' {
		if lead > 3 {
			return s.errorf("comma after %d digits", lead)
		}
		for s.accept(",") {
			n, ok := s.digits(&d.Coef, 3)
			if !ok {
				return s.overflow()
			}
			if n < 3 {
				return s.errorf("comma not followed by three digits")
			}
			if r := s.peek(); r >= '0' && r <= '9' {
				return s.errorf("comma not followed by three digits")
			}
		}
	}
	if s.accept(".") {
		n, ok := s.digits(&d.Coef, -1)
		if !ok {
			return s.overflow()
		}
		if n == 0 {
			return s.errorf("point without decimals")
		}
		d.Scale = int32(n)
		d, _ = d.norm()
		s.frac = true
	}
	s.coef, s.hasCoef, s.prev = d, true, tokCoef
	for _, sc := range englishScales {
		if strings.HasPrefix(s.input[s.pos:], sc.word) {
			if s.big != 0 || s.small != 0 {
				return s.errorf("scale word after Korean units")
			}
			s.pos += len(sc.word)
			if s.coef, ok = s.coef.shift(sc.exp); !ok {
				return s.overflow()
			}
			s.prev = tokScale
			break
		}
	}
	return scanPart
}

// digits reads up to max ASCII digits (any number when max < 0) onto the
// end of *coef, stopping before the first other rune. It returns how many
// it read, and false when *coef would overflow an int64.
func (s *scanner) digits(coef *int64, max int) (n int, ok bool) {
	for ; n != max; n++ {
		r := s.next()
		if r < '0' || r > '9' {
			s.backup()
			return n, true
		}
		if *coef, ok = mulAdd(*coef, int64(r-'0')); !ok {
			return n, false
		}
	}
	return n, true
}

// mulAdd returns n×10 + d and whether it fits in an int64.
func mulAdd(n, d int64) (int64, bool) {
	n, ok := mul(n, 10)
	if !ok {
		return 0, false
	}
	return add(n, d)
}

// hangulDigit returns the value of a Hangul digit after a decimal point,
// where 공 and 영 are 0, or -1.
func hangulDigit(r rune) int {
	if r == '공' || r == '영' {
		return 0
	}
	if i := strings.IndexRune(hangulDigits, r); i >= 0 {
		return i/len("일") + 1
	}
	return -1
}

// scanHangulDigit reads one of 일 … 구.
func scanHangulDigit(s *scanner) stateFn {
	if s.hasCoef {
		return s.errorf("number after number")
	}
	if s.frac {
		return s.errorf("number after a decimal amount")
	}
	r := s.next()
	s.coef = Decimal{Coef: int64(strings.IndexRune(hangulDigits, r)/len("일") + 1)}
	s.hasCoef, s.prev = true, tokCoef
	return scanPart
}

// scanPoint reads the decimal point of a Hangul number and its digits,
// read one by one: 일점이삼 is 1.23, 이십구점구구 29.99, 일점공오 1.05. The
// group so far is the whole part; the result is a coefficient with
// decimals, as "1.23" is.
func scanPoint(s *scanner) stateFn {
	if s.prev != tokCoef && s.prev != tokSmall || s.frac {
		return s.errorf("point out of place")
	}
	s.next()
	whole, ok := s.groupValue()
	if !ok {
		return nil
	}
	var f Decimal
	for {
		d := hangulDigit(s.next())
		if d < 0 {
			s.backup()
			break
		}
		if f.Coef, ok = mulAdd(f.Coef, int64(d)); !ok {
			return s.overflow()
		}
		f.Scale++
	}
	if f.Scale == 0 {
		return s.errorf("point without decimals")
	}
	if s.coef, ok = whole.plus(f); !ok {
		return s.overflow()
	}
	s.hasCoef, s.frac, s.group, s.small, s.prev = true, true, Decimal{}, 0, tokCoef
	return scanPart
}

// scanSmall reads 십, 백 or 천: the pending coefficient (1 if none) times
// the unit is added to the group.
func scanSmall(s *scanner) stateFn {
	r := s.next()
	e := smallUnits[r]
	if s.small != 0 && e >= s.small {
		return s.errorf("%c out of order", r)
	}
	c := Decimal{Coef: 1}
	if s.hasCoef {
		if s.coef.Cmp(Decimal{Coef: 10}) >= 0 {
			// 76.1백만, 1,500백만: many digits before 백만 or 천만, as tables
			// of accounts write amounts in millions, multiply the two units.
			if s.small != 0 || !s.group.isZero() || bigUnits[s.peek()] == 0 {
				return s.errorf("%s%c: more than one digit before %c", s.coef, r, r)
			}
		}
		c = s.coef
	}
	v, ok := c.shift(e)
	if !ok {
		return s.overflow()
	}
	if s.group, ok = s.group.plus(v); !ok {
		return s.overflow()
	}
	s.hasCoef, s.coef, s.small, s.prev = false, Decimal{}, e, tokSmall
	return scanPart
}

// scanBig reads 만, 억, 조 or 경: the group so far (1 for a bare 만) times
// the unit is added to the total.
func scanBig(s *scanner) stateFn {
	r := s.next()
	e := bigUnits[r]
	if s.big != 0 && e >= s.big {
		return s.errorf("%c out of order", r)
	}
	v, ok := s.groupValue()
	if !ok {
		return nil
	}
	if !s.hasCoef && s.small == 0 {
		if e != 4 {
			return s.errorf("%c without a number", r)
		}
		v = Decimal{Coef: 1} // 만 alone is ten thousand
	}
	part, ok := v.shift(e)
	if !ok {
		return s.overflow()
	}
	if !s.addPart(part) {
		return nil
	}
	s.group, s.coef, s.hasCoef, s.small, s.big, s.prev = Decimal{}, Decimal{}, false, 0, e, tokBig
	return scanPart
}

// groupValue returns the current group plus the pending coefficient. A
// trailing coefficient must be smaller than the group's last small unit
// ("2천5백50" but not "3천5000"). It records the error and returns false if
// not.
func (s *scanner) groupValue() (Decimal, bool) {
	if s.hasCoef && s.small != 0 {
		limit, _ := Decimal{Coef: 1}.shift(s.small)
		if s.coef.Cmp(limit) >= 0 {
			s.errorf("%s after a unit of %s", s.coef, limit)
			return Decimal{}, false
		}
	}
	v := s.group
	if s.hasCoef {
		var ok bool
		if v, ok = v.plus(s.coef); !ok {
			s.overflow()
			return Decimal{}, false
		}
	}
	return v, true
}

// addPart adds part to the total. After a big unit, a part must be smaller
// than that unit ("1억 20000만" and "1만 20000" are rejected), so that every
// part says something the units before it could not.
func (s *scanner) addPart(part Decimal) bool {
	if s.big != 0 {
		limit, _ := Decimal{Coef: 1}.shift(s.big)
		if part.Cmp(limit) >= 0 {
			s.errorf("%s after a unit of %s", part, limit)
			return false
		}
	}
	var ok bool
	if s.total, ok = s.total.plus(part); !ok {
		s.overflow()
		return false
	}
	return true
}

// scanSpace reads one space, allowed only between parts: after a unit
// and before a number, or between a number and its big unit.
func scanSpace(s *scanner) stateFn {
	s.next()
	next := s.peek()
	switch {
	case (s.prev == tokBig || s.prev == tokSmall) && next != eof && next != ' ':
		// "1조 8천억", "7천 5백만", "1만 2천 345"
	case (s.prev == tokCoef || s.prev == tokSmall) && bigUnits[next] > 0:
		// "5천 만", "1,800 억"
	default:
		return s.errorf("space out of place")
	}
	s.prev = tokSpace
	return scanPart
}

// scanEnd adds the last group and ends the scan.
func scanEnd(s *scanner) stateFn {
	switch s.prev {
	case tokNone:
		return s.errorf("no number")
	case tokSpace:
		return s.errorf("space at the end")
	}
	v, ok := s.groupValue()
	if !ok {
		return nil
	}
	s.addPart(v)
	return nil
}
