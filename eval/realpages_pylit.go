package eval

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// errPyLiteral reports text that is not one Python string literal.
var errPyLiteral = errors.New("not a python string literal")

// pyLiteral returns the string a Python string literal denotes: the text
// a notebook shows as the value of an expression such as resp.text (its
// repr, in single or double quotes, with backslash escapes). Leading and
// trailing white space around the literal is ignored. It decodes the
// escapes repr writes (\\ \' \" \n \r \t \xhh \uhhhh \Uhhhhhhhh) and the
// others of the language (\a \b \f \v, octal, a backslash before a line
// end); an unknown escape keeps its backslash, as Python does. It returns
// an error wrapping errPyLiteral when the text is not one quoted literal,
// an escape is cut short or names no character, or the result is not
// UTF-8.
func pyLiteral(text []byte) ([]byte, error) {
	s := bytes.TrimSpace(text)
	if len(s) < 2 || (s[0] != '\'' && s[0] != '"') || s[len(s)-1] != s[0] {
		return nil, fmt.Errorf("%w: no quotes around the text", errPyLiteral)
	}
	quote, s := s[0], s[1:len(s)-1]
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == quote {
			return nil, fmt.Errorf("%w: bare quote at byte %d", errPyLiteral, i+1)
		}
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if i+1 == len(s) {
			return nil, fmt.Errorf("%w: backslash at the end", errPyLiteral)
		}
		i++
		switch e := s[i]; e {
		case '\\', '\'', '"':
			out = append(out, e)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'a':
			out = append(out, '\a')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'v':
			out = append(out, '\v')
		case '\n':
			// a backslash before a line end continues the line
		case 'x', 'u', 'U':
			n := 2 // hex digits: \xhh
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if i+1+n > len(s) {
				return nil, fmt.Errorf("%w: \\%c escape cut short at byte %d", errPyLiteral, e, i)
			}
			r, err := strconv.ParseUint(string(s[i+1:i+1+n]), 16, 32)
			if err != nil || r > utf8.MaxRune || (r >= 0xD800 && r <= 0xDFFF) {
				return nil, fmt.Errorf("%w: \\%c%s names no character", errPyLiteral, e, s[i+1:i+1+n])
			}
			out = utf8.AppendRune(out, rune(r))
			i += n
		case '0', '1', '2', '3', '4', '5', '6', '7':
			r, j := 0, i
			for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
				r = r*8 + int(s[j]-'0')
			}
			out = utf8.AppendRune(out, rune(r))
			i = j - 1
		default:
			out = append(out, '\\', e)
		}
	}
	if !utf8.Valid(out) {
		return nil, fmt.Errorf("%w: the text is not UTF-8", errPyLiteral)
	}
	return out, nil
}
