package eval

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// errQuoted reports text that is not one whole Python string literal.
var errQuoted = errors.New("not a Python string literal")

// controlEscapes are the one-letter escapes of control characters a Python
// literal may hold besides \n, \r and \t (repr writes these as \xHH).
var controlEscapes = map[byte]byte{'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}

// hexDigits is how many hex digits follow each of Python's numeric escapes.
var hexDigits = map[byte]int{'x': 2, 'u': 4, 'U': 8}

// unquote undoes c.Quoted on a notebook output's text.
func (c Cut) unquote(text []byte) ([]byte, error) {
	switch c.Quoted {
	case "":
		return text, nil
	case "python":
		return unquotePython(text)
	}
	return nil, fmt.Errorf("unknown quoting %q", c.Quoted)
}

// unquotePython returns what a Python str or bytes literal spells: the
// literal repr() writes, in single or double quotes, with the escapes
// \\, \', \", \n, \r, \t, \xHH, \uHHHH and \UHHHHHHHH (repr writes no
// other; \a, \b, \f and \v are read too). A str literal gives its text
// in UTF-8; a bytes literal (b'…', as a cell ending with
// response.content shows) gives its bytes, \xHH being one byte and
// \u and \U no escape. It returns an error wrapping errQuoted when text
// is not such a literal, or holds an unknown escape, a bare quote or a
// lone surrogate.
func unquotePython(text []byte) ([]byte, error) {
	bytesLit := len(text) > 0 && text[0] == 'b'
	if bytesLit {
		text = text[1:]
	}
	if len(text) < 2 || (text[0] != '\'' && text[0] != '"') || text[len(text)-1] != text[0] {
		return nil, fmt.Errorf("%w: no enclosing quotes", errQuoted)
	}
	q, body := text[0], text[1:len(text)-1]
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		b := body[i]
		if b == q {
			return nil, fmt.Errorf("%w: bare quote at %d", errQuoted, i+1)
		}
		if b != '\\' {
			out = append(out, b)
			continue
		}
		if i+1 == len(body) {
			return nil, fmt.Errorf("%w: escape at the end", errQuoted)
		}
		i++
		switch e := body[i]; e {
		case '\\', '\'', '"':
			out = append(out, e)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'a', 'b', 'f', 'v':
			out = append(out, controlEscapes[e])
		case 'x', 'u', 'U':
			if bytesLit && e != 'x' {
				return nil, fmt.Errorf("%w: \\%c in a bytes literal", errQuoted, e)
			}
			n := hexDigits[e]
			if i+1+n > len(body) {
				return nil, fmt.Errorf("%w: short \\%c escape", errQuoted, e)
			}
			v, err := strconv.ParseUint(string(body[i+1:i+1+n]), 16, 32)
			if err != nil || v > utf8.MaxRune || (v >= 0xD800 && v < 0xE000) {
				return nil, fmt.Errorf("%w: bad \\%c escape %q", errQuoted, e, body[i+1:i+1+n])
			}
			if bytesLit {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
			i += n
		default:
			return nil, fmt.Errorf("%w: unknown escape \\%c", errQuoted, e)
		}
	}
	return out, nil
}
