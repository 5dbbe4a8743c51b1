package extract

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsString is one string literal found in a script, with the object key
// it is the value of ("content" in content:"…" or "content":"…"), or ""
// when it stands in an array or an expression.
type jsString struct {
	key, val string
}

// maxScriptStrings bounds the string literals scanStrings returns from one
// script, so that a page of a million tiny strings costs no more than a
// bounded list.
const maxScriptStrings = 20000

// minScriptString is the length in bytes below which scanStrings skips a
// literal's value: titles, ids and class names, never a body.
const minScriptString = 120

// scanStrings returns the string literals of JavaScript or JSON source
// that are at least minScriptString bytes long, decoded, with their keys.
// It reads both quote kinds and every escape of JSON and JavaScript;
// comments and regular expressions are not recognised, so a quote inside
// one may pair up wrongly, which at worst yields a wrong candidate that
// the caller's checks reject. It runs in time linear in len(src).
func scanStrings(src string) []jsString {
	var out []jsString
	key := ""        // the last key-like token: an identifier or a short string
	keyOpen := false // key was followed by a colon and awaits its value
	for i := 0; i < len(src) && len(out) < maxScriptStrings; {
		c := src[i]
		switch {
		case c == '"' || c == '\'' || c == '`':
			val, end := readJSString(src, i)
			i = end
			j := skipSpace(src, i)
			if j < len(src) && src[j] == ':' && len(val) <= 64 {
				key, keyOpen = val, true
				i = j + 1
				continue
			}
			if len(val) >= minScriptString {
				k := ""
				if keyOpen {
					k = key
				}
				out = append(out, jsString{key: k, val: val})
			}
			keyOpen = false
		case isIdentByte(c):
			start := i
			for i < len(src) && isIdentByte(src[i]) {
				i++
			}
			j := skipSpace(src, i)
			if j < len(src) && src[j] == ':' {
				key, keyOpen = src[start:i], true
				i = j + 1
				continue
			}
			keyOpen = false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		default:
			keyOpen = false
			i++
		}
	}
	return out
}

// readJSString decodes the string literal whose opening quote is at
// src[start] and returns its value and the index after its closing quote
// (or len(src) when it is not closed). Escapes: \n \t \r \b \f \v \0,
// \xHH, \uHHHH with surrogate pairs, \u{H…}, and a backslash before any
// other character standing for that character. Template literals are read
// as plain strings; their ${…} parts stay as written.
func readJSString(src string, start int) (string, int) {
	q := src[start]
	i := start + 1
	// Fast path: no escapes before the closing quote.
	if k := strings.IndexByte(src[i:], q); k >= 0 && strings.IndexByte(src[i:i+k], '\\') < 0 {
		return src[i : i+k], i + k + 1
	}
	var b strings.Builder
	for i < len(src) {
		c := src[i]
		switch {
		case c == q:
			return b.String(), i + 1
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		i++ // the backslash
		if i >= len(src) {
			break
		}
		e := src[i]
		i++
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '0':
			b.WriteByte(0)
		case 'x':
			if r, ok := hexValue(src, i, 2); ok {
				b.WriteRune(r)
				i += 2
			}
		case 'u':
			r, n := readUnicodeEscape(src, i)
			i += n
			if utf16.IsSurrogate(r) && strings.HasPrefix(src[i:], `\u`) {
				if r2, n2 := readUnicodeEscape(src, i+2); n2 > 0 {
					if p := utf16.DecodeRune(r, r2); p != utf8.RuneError {
						r = p
						i += 2 + n2
					}
				}
			}
			if n > 0 {
				b.WriteRune(r)
			}
		case '\n':
			// a line continuation
		default:
			b.WriteByte(e)
		}
	}
	return b.String(), len(src)
}

// readUnicodeEscape reads the part of a \u escape after the u: four hex
// digits or {digits}. It returns the rune and the bytes read, 0 when the
// escape is malformed.
func readUnicodeEscape(src string, i int) (rune, int) {
	if i < len(src) && src[i] == '{' {
		end := strings.IndexByte(src[i:], '}')
		if end < 2 || end > 7 {
			return 0, 0
		}
		r, ok := hexValue(src, i+1, end-1)
		if !ok || r > utf8.MaxRune {
			return 0, 0
		}
		return r, end + 1
	}
	r, ok := hexValue(src, i, 4)
	if !ok {
		return 0, 0
	}
	return r, 4
}

// hexValue reads n hex digits at src[i:].
func hexValue(src string, i, n int) (rune, bool) {
	if i+n > len(src) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(src[i : i+n]) {
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
