package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// isElem reports whether n is an element of one of the given kinds.
func isElem(n *html.Node, tags ...atom.Atom) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, t := range tags {
		if n.DataAtom == t {
			return true
		}
	}
	return false
}

// isAncestor reports whether a is n or one of n's ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// remove detaches n from its parent.
func remove(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// findFirst returns the first element in document order under n (n
// included) for which ok is true.
func findFirst(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// textContent returns the text under n with runs of white space collapsed
// to one space and trimmed.
func textContent(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpace(b.String())
}

// collapseSpace replaces runs of white space and no-break spaces by one
// space, drops zero-width characters and trims the ends; an invalid byte
// becomes U+FFFD. It copies runs of other characters whole, stepping over
// ASCII and most Hangul syllables without decoding them: every paragraph
// of a body passes through it.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a run of spaces waits to be written as one
	for i := 0; i < len(s); {
		j := plainRun(s, i)
		if j > i {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		// s[i] starts a space, a zero-width character or an invalid byte.
		if s[i] < utf8.RuneSelf {
			space = true
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case isZeroWidth(r):
		case r == utf8.RuneError:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// plainRun returns the end of the run of characters from s[i] that
// collapseSpace copies as they are: no white space, no no-break or
// zero-width character, no invalid byte.
func plainRun(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		if isHangul3(s, i) || (c >= 0xEA && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80) {
			// Hangul syllables, and U+A000 to U+CFFF: no space among them.
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWideSpace(r) || isZeroWidth(r) || (r == utf8.RuneError && n == 1) {
			return i
		}
		i += n
	}
	return i
}

// asciiSpace marks the ASCII white space collapseSpace collapses.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// isWideSpace reports the non-ASCII spaces collapseSpace collapses.
func isWideSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u2002', '\u2003', '\u2009', '\u3000', '\u202f', '\u205f', '\u2007', '\u2008', '\u200a', '\u2028', '\u2029', '\u0085', '\u1680':
		return true
	}
	return false
}

// isZeroWidth reports the zero-width characters collapseSpace drops.
func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// insideLink reports whether n has an <a> ancestor.
func insideLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}
