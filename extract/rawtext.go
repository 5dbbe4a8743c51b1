package extract

import (
	"bytes"
	"io"
	"strconv"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page's scripts and styles are more than half its bytes (57% of the
// public benchmark's), and x/net/html's tokenizer reads their text a byte
// at a time, through a call per byte, as it reads attribute values. parseHTML
// hands the parser the page with the text of each long script and style,
// and each long quoted attribute value, replaced by a short placeholder,
// found by a scan that jumps from "<" to "<", and puts them back into the
// tree: the tree is the one the page parses to, node for node, at a
// fraction of the tokenizer's work on those bytes.
//
// The scan follows the tokenizer's states (tags and their quoted values,
// comments, raw text elements, a script's escaped states) only as far as
// it can be sure of the parser's: it stops, leaving the rest of the page
// as it is, at the first <math>, <select> or <frameset> (where the parser
// may read a script's or style's text otherwise than as that element's
// text), at an <svg> holding more than drawing elements, at a <plaintext>,
// and where the page ends inside a tag or a raw text. A text or value
// holding what the tokenizer rewrites (a carriage return, a NUL byte, a
// character reference) stays, and so do the values of formatting
// elements, which the parser compares.

// minRawSpan is the length in bytes from which a script's or style's text
// is replaced, a quarter of it an attribute's value: a shorter one costs
// the tokenizer little.
const minRawSpan = 256

// rawMark starts every placeholder, followed by the span's index. U+E000
// is a private-use character: a page that holds it is parsed as it is.
const rawMark = "\ue000"

// parseSpliced parses page as html.Parse does, with the texts of its
// scripts and styles of min bytes or more read as placeholders and put
// back into the tree. Its error is html.Parse's: placeholders change no
// element. A page with a text not found again in the tree (which the
// scan's rules should never let happen) is parsed as it is.
func parseSpliced(page []byte, min int) (*html.Node, error) {
	if spans := rawSpans(page, min); len(spans) > 0 {
		root, err := html.Parse(newSpliceReader(page, spans))
		if err != nil {
			return nil, err
		}
		if restoreRaw(root, page, spans) {
			return root, nil
		}
	}
	return html.Parse(bytes.NewReader(page))
}

// rawSpan is a span of a page read as a placeholder: the text of a
// script or style, or the value of a start tag's quoted attribute.
type rawSpan struct {
	start, end int
	attr       bool // an attribute's value
}

// rawSpans returns the spans of page that parseSpliced replaces, in
// order: the texts of scripts and styles of min bytes or more, and the
// values of start tags' quoted attributes of min/4 bytes or more (a
// tracking URL, an inline image) that hold no character reference,
// carriage return or NUL byte (which the tokenizer rewrites).
func rawSpans(page []byte, min int) []rawSpan {
	if bytes.Contains(page, []byte(rawMark)) {
		return nil
	}
	var spans []rawSpan
	for i := 0; ; {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 || i+j+1 >= len(page) {
			return spans
		}
		i += j
		c := page[i+1]
		switch {
		case isASCIILetter(c):
			n := len(spans)
			nameEnd, end, ok := scanTag(page, i+1, &spans, max(min/4, 1))
			if !ok {
				return spans[:n]
			}
			name := page[i+1 : nameEnd]
			if isFormatting(name) {
				// The parser compares these elements' attributes (at
				// most three alike stay open): their values stay.
				spans = spans[:n]
			}
			switch {
			case tagIs(name, "svg"):
				// An icon drawn in SVG: passed over to its end tag, after
				// which the parser reads HTML again. Its own attributes
				// are left as they are.
				spans = spans[:n]
				after, ok := skipSVG(page, end)
				if !ok {
					return spans
				}
				i = after
				continue
			case tagIs(name, "math"), tagIs(name, "select"), tagIs(name, "frameset"), tagIs(name, "plaintext"):
				return spans[:n]
			case tagIs(name, "script"), tagIs(name, "style"), tagIs(name, "textarea"), tagIs(name, "title"),
				tagIs(name, "xmp"), tagIs(name, "iframe"), tagIs(name, "noembed"), tagIs(name, "noframes"), tagIs(name, "noscript"):
				// The tokenizer reads up to the first "</name" and a
				// delimiter, whatever the text holds (a script's escaped
				// states aside).
				k := rawEnd(page, end, string(bytes.ToLower(name)))
				isScript := tagIs(name, "script")
				if isScript && k >= 0 && bytes.Contains(page[end:k], []byte("<!")) {
					// "<!--" may hide the end tag: the script's states.
					k = scriptEnd(page, end)
				}
				if k < 0 {
					return spans
				}
				text := page[end:k]
				if (isScript || tagIs(name, "style")) && len(text) >= min && bytes.IndexByte(text, '\r') < 0 && bytes.IndexByte(text, 0) < 0 {
					spans = append(spans, rawSpan{start: end, end: k})
				}
				_, after, ok := scanTag(page, k+2, nil, 0) // the end tag
				if !ok {
					return spans
				}
				i = after
				continue
			}
			i = end
		case c == '/':
			if i+2 >= len(page) {
				return spans
			}
			switch d := page[i+2]; {
			case d == '>':
				i += 3 // "</>": no token
			case isASCIILetter(d):
				_, end, ok := scanTag(page, i+2, nil, 0)
				if !ok {
					return spans
				}
				i = end
			default: // a bogus comment, up to the next ">"
				k := bytes.IndexByte(page[i+2:], '>')
				if k < 0 {
					return spans
				}
				i += 2 + k + 1
			}
		case c == '!':
			if i+3 < len(page) && page[i+2] == '-' && page[i+3] == '-' {
				end, ok := commentEnd(page, i+4)
				if !ok {
					return spans
				}
				i = end
				continue
			}
			// A doctype or a bogus comment, up to the next ">".
			k := bytes.IndexByte(page[i+2:], '>')
			if k < 0 {
				return spans
			}
			i += 2 + k + 1
		case c == '?':
			k := bytes.IndexByte(page[i+1:], '>')
			if k < 0 {
				return spans
			}
			i += 1 + k + 1
		default:
			i++ // text
		}
	}
}

// scriptEnd returns the index of the "</" that ends the script whose text
// starts at page[i], as the tokenizer's script states find it (readScript,
// which this follows state for state), or -1 when the page ends first.
func scriptEnd(page []byte, i int) int {
	j := i
	eof := false
	next := func() byte {
		if j >= len(page) {
			eof = true
			return 0
		}
		j++
		return page[j-1]
	}
	// endTag reads "script" and a delimiter after "</" (readRawEndTag); a
	// byte that does not match is read again.
	endTag := func() bool {
		for k := 0; k < len("script"); k++ {
			c := next()
			if eof {
				return false
			}
			if c != "script"[k] && c != "SCRIPT"[k] {
				j--
				return false
			}
		}
		c := next()
		if eof {
			return false
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return true
		}
		j--
		return false
	}
	end := func() int { return j - len("</script") - 1 }
	var c byte

scriptData:
	if c = next(); eof {
		return -1
	}
	if c == '<' {
		goto scriptDataLessThanSign
	}
	goto scriptData

scriptDataLessThanSign:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '/':
		if endTag() {
			return end()
		}
		if eof {
			return -1
		}
		goto scriptData
	case '!':
		goto scriptDataEscapeStart
	}
	j--
	goto scriptData

scriptDataEscapeStart:
	if c = next(); eof {
		return -1
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	j--
	goto scriptData

scriptDataEscapeStartDash:
	if c = next(); eof {
		return -1
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	j--
	goto scriptData

scriptDataEscaped:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	if c = next(); eof {
		return -1
	}
	if c == '/' {
		if endTag() {
			return end()
		}
		if eof {
			return -1
		}
		goto scriptDataEscaped
	}
	if isASCIILetter(c) {
		goto scriptDataDoubleEscapeStart
	}
	j--
	goto scriptData

scriptDataDoubleEscapeStart:
	j--
	for k := 0; k < len("script"); k++ {
		if c = next(); eof {
			return -1
		}
		if c != "script"[k] && c != "SCRIPT"[k] {
			j--
			goto scriptDataEscaped
		}
	}
	if c = next(); eof {
		return -1
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	j--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	if c = next(); eof {
		return -1
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	if c = next(); eof {
		return -1
	}
	if c == '/' {
		// The end of the double escape: "</script" and a delimiter, read
		// past, back to the escaped state.
		if endTag() {
			goto scriptDataEscaped
		}
		if eof {
			return -1
		}
		goto scriptDataDoubleEscaped
	}
	j--
	goto scriptDataDoubleEscaped
}

// svgNames are the SVG elements an icon is drawn with: none of them is an
// HTML integration point (foreignObject, desc, title), a raw text element
// or a tag that breaks out of foreign content.
var svgNames = []string{
	"path", "g", "circle", "rect", "line", "polyline", "polygon", "ellipse",
	"defs", "use", "symbol", "lineargradient", "radialgradient", "stop",
	"clippath", "mask", "pattern", "filter", "text", "tspan",
}

// skipSVG returns the index just past the "</svg>" that closes the <svg>
// whose start tag ends at page[i], when nothing but svgNames' tags stands
// between (no comment, no nested <svg>, no "<" that is not a tag), so that
// the parser reads that end tag in foreign content and pops the <svg>; ok
// is false otherwise, and for a self-closing <svg/>.
func skipSVG(page []byte, i int) (int, bool) {
	if page[i-2] == '/' {
		return 0, false
	}
	for {
		k := bytes.IndexByte(page[i:], '<')
		if k < 0 || i+k+2 >= len(page) {
			return 0, false
		}
		k += i
		start := k + 1
		if page[start] == '/' {
			start++
		}
		if !isASCIILetter(page[start]) {
			return 0, false
		}
		nameEnd, end, ok := scanTag(page, start, nil, 0)
		if !ok {
			return 0, false
		}
		name := page[start:nameEnd]
		if start == k+2 && tagIs(name, "svg") {
			return end, true
		}
		known := false
		for _, s := range svgNames {
			if tagIs(name, s) {
				known = true
				break
			}
		}
		if !known {
			return 0, false
		}
		i = end
	}
}

// scanTag reads a tag as the tokenizer does (readTag), its name starting
// at page[i], and returns the end of the name and the index just past the
// ">" that closes the tag; ok is false when the page ends first. With vals
// not nil, it appends the quoted values of min bytes or more that the
// tokenizer takes as they are written: no "&", carriage return or NUL.
func scanTag(page []byte, i int, vals *[]rawSpan, min int) (nameEnd, end int, ok bool) {
	if k := bytes.IndexByte(page[i:], '>'); k >= 0 {
		if tag := page[i : i+k]; bytes.IndexByte(tag, '"') < 0 && bytes.IndexByte(tag, '\'') < 0 {
			// No quote before the first ">": no quoted value holds it,
			// and in every other state of a tag it ends the tag.
			nameEnd = i + 1
			for nameEnd < i+k && !isTagSpace(page[nameEnd]) && page[nameEnd] != '/' {
				nameEnd++
			}
			return nameEnd, i + k + 1, true
		}
	}
	n := len(page)
	j := i + 1
	for ; ; j++ {
		if j >= n {
			return 0, 0, false
		}
		if isTagSpace(page[j]) {
			nameEnd = j
			j++
			break
		}
		if page[j] == '/' || page[j] == '>' {
			nameEnd = j
			break
		}
	}
	j = skipTagSpace(page, j)
	for {
		if j >= n {
			return 0, 0, false
		}
		if page[j] == '>' {
			return nameEnd, j + 1, true
		}
		// The attribute's name (readTagAttrKey): an "=" opening it is
		// part of it.
		start := j
		for ; j < n; j++ {
			c := page[j]
			if c == '=' && j == start {
				continue
			}
			if c == '=' || isTagSpace(c) || c == '/' || c == '>' {
				break
			}
		}
		// Its value (readTagAttrVal).
		j = skipTagSpace(page, j)
		if j >= n {
			return 0, 0, false
		}
		switch page[j] {
		case '/':
			j++
		case '=':
			j = skipTagSpace(page, j+1)
			if j >= n {
				return 0, 0, false
			}
			switch q := page[j]; q {
			case '>':
			case '"', '\'':
				k := bytes.IndexByte(page[j+1:], q)
				if k < 0 {
					return 0, 0, false
				}
				if v := page[j+1 : j+1+k]; vals != nil && k >= min && bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 && bytes.IndexByte(v, 0) < 0 {
					*vals = append(*vals, rawSpan{start: j + 1, end: j + 1 + k, attr: true})
				}
				j += 1 + k + 1
			default:
				for j++; j < n && !isTagSpace(page[j]) && page[j] != '>'; j++ {
				}
				if j < n && isTagSpace(page[j]) {
					j++
				}
			}
		}
		j = skipTagSpace(page, j)
	}
}

// commentEnd returns the index just past the comment whose text starts at
// page[i], after "<!--", as the tokenizer ends it (readComment): at "-->",
// "--!>", or a ">" after nothing but dashes; ok is false when the page
// ends first.
func commentEnd(page []byte, i int) (int, bool) {
	dashes, beginning := 0, true
	for ; i < len(page); i++ {
		switch page[i] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return i + 1, true
			}
		case '!':
			if dashes >= 2 {
				i++
				if i >= len(page) {
					return 0, false
				}
				if page[i] == '>' {
					return i + 1, true
				}
				if page[i] == '-' {
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return 0, false
}

// rawEnd returns the index of the "</" that ends the raw text starting at
// page[i] of the element name (lower case): "</" and name in ASCII
// letters of any case, then white
// space, "/" or ">" (readRawEndTag); -1 when there is none.
func rawEnd(page []byte, i int, name string) int {
	for {
		k := bytes.Index(page[i:], []byte("</"))
		if k < 0 {
			return -1
		}
		k += i
		e := k + 2 + len(name)
		if e < len(page) && tagIs(page[k+2:e], name) {
			switch page[e] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return k
			}
		}
		i = k + 2
	}
}

// formattingTags are the elements whose attribute values the parser
// compares (the "Noah's Ark" clause of its list of active formatting
// elements).
var formattingTags = []string{"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"}

// isFormatting reports whether the tag name b is one of formattingTags.
func isFormatting(b []byte) bool {
	for _, t := range formattingTags {
		if tagIs(b, t) {
			return true
		}
	}
	return false
}

// tagIs reports whether the tag name b is s (lower case), in any case.
func tagIs(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isTagSpace reports the white space the tokenizer skips inside a tag.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

func skipTagSpace(page []byte, j int) int {
	for j < len(page) && isTagSpace(page[j]) {
		j++
	}
	return j
}

// spliceReader reads a page with each of its spans replaced by rawMark
// and the span's index.
type spliceReader struct {
	page  []byte
	spans []rawSpan
	pos   int    // next byte of page to read
	next  int    // the span pos stops at
	mark  []byte // what is left of the current placeholder
	markb [16]byte
}

func newSpliceReader(page []byte, spans []rawSpan) *spliceReader {
	return &spliceReader{page: page, spans: spans}
}

func (r *spliceReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.mark) > 0 {
			k := copy(p[n:], r.mark)
			r.mark = r.mark[k:]
			n += k
			continue
		}
		stop := len(r.page)
		if r.next < len(r.spans) {
			stop = r.spans[r.next].start
		}
		if r.pos < stop {
			k := copy(p[n:], r.page[r.pos:stop])
			r.pos += k
			n += k
			continue
		}
		if r.next == len(r.spans) {
			break // the page is read
		}
		r.mark = strconv.AppendInt(append(r.markb[:0], rawMark...), int64(r.next), 10)
		r.pos = r.spans[r.next].end
		r.next++
	}
	if n == 0 && len(p) > 0 {
		return 0, io.EOF
	}
	return n, nil
}

// restoreRaw puts the texts and values of spans back where the tree
// holds their placeholders, and reports whether it found every text. An
// attribute's value may be missing: the tokenizer drops a repeated
// attribute, as it drops the page's own; and the parser may copy one (a
// formatting element reopened), each copy is restored.
func restoreRaw(root *html.Node, page []byte, spans []rawSpan) bool {
	texts, left := 0, len(spans)
	for _, sp := range spans {
		if !sp.attr {
			texts++
		}
	}
	// With no attribute's value, the walk stops at the last text; a value
	// may have been copied further on.
	textsOnly := texts == len(spans)
	seen := make([]bool, len(spans))
	// index returns the span whose placeholder s is, or -1.
	index := func(s string, attr bool) int {
		if len(s) <= len(rawMark) || s[:len(rawMark)] != rawMark {
			return -1
		}
		k, err := strconv.Atoi(s[len(rawMark):])
		if err != nil || k < 0 || k >= len(spans) || spans[k].attr != attr {
			return -1
		}
		if !seen[k] {
			seen[k] = true
			left--
			if !attr {
				texts--
			}
		}
		return k
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && (left > 0 || !textsOnly); c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for i := range c.Attr {
				if k := index(c.Attr[i].Val, true); k >= 0 {
					c.Attr[i].Val = string(page[spans[k].start:spans[k].end])
				}
			}
			if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
				if t := c.FirstChild; t != nil && t.Type == html.TextNode {
					if k := index(t.Data, false); k >= 0 {
						t.Data = string(page[spans[k].start:spans[k].end])
					}
				}
			}
			walk(c)
		}
	}
	walk(root)
	return texts == 0
}
