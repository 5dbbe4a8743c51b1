package eval

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPyLiteral(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{`'<p>본문</p>'`, "<p>본문</p>", false},
		{`"it's"`, "it's", false},
		{`'it\'s \\ "q"'`, `it's \ "q"`, false},
		{`'a\r\nb\tc'`, "a\r\nb\tc", false},
		{`'\x00\x1b\xa0\xe9'`, "\x00\x1b\u00a0é", false},
		{`'\u200b\U0001f600'`, "\u200b\U0001f600", false},
		{`'\101\0\7'`, "A\x00\a", false},
		{`'\a\b\f\v'`, "\a\b\f\v", false},
		{"'a\\\nb'", "ab", false},
		{`'\d\w'`, `\d\w`, false},
		{"  '공백'\n", "공백", false},
		{`''`, "", false},
		{`<p>본문</p>`, "", true},
		{`'open`, "", true},
		{`'mixed"`, "", true},
		{`'a'b'`, "", true},
		{`'end\'`, "", true},
		{`'\x4'`, "", true},
		{`'\xZZ'`, "", true},
		{`'\ud800'`, "", true},
		{`'\U00110000'`, "", true},
		{`'`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := pyLiteral([]byte(tt.in))
			if (err != nil) != tt.err {
				t.Fatalf("pyLiteral(%q) error = %v, want error %v", tt.in, err, tt.err)
			}
			if err != nil && !errors.Is(err, errPyLiteral) {
				t.Errorf("pyLiteral(%q) error = %v, not errPyLiteral", tt.in, err)
			}
			if string(got) != tt.want {
				t.Errorf("pyLiteral(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// pyRepr writes s as Python's repr writes a str: single quotes unless s
// holds a single quote and no double quote, \\ \n \r \t, \xhh for other
// control characters and U+007F-U+00A0, \u or \U for code points that are
// not printable.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == '\\' || r == rune(quote):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || (r >= 0x7f && r <= 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		case !unicode.IsPrint(r) && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// FuzzPyLiteral holds pyLiteral to the reference encoder: what repr
// writes, it reads back; and whatever it reads is UTF-8.
func FuzzPyLiteral(f *testing.F) {
	for _, s := range []string{"<p>본문</p>", "it's", `"q"`, "a\r\nb", "\x00\u200b\U0001f600", `\`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out, err := pyLiteral([]byte(s)); err == nil && !utf8.Valid(out) {
			t.Fatalf("pyLiteral(%q) = %q, not UTF-8", s, out)
		}
		if !utf8.ValidString(s) {
			return
		}
		lit := pyRepr(s)
		out, err := pyLiteral([]byte(lit))
		if err != nil || string(out) != s {
			t.Fatalf("pyLiteral(%q) = %q, %v; want %q", lit, out, err, s)
		}
	})
}
