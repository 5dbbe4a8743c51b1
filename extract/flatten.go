package extract

import (
	"bytes"
	"errors"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxOpenDepth is how deep flatten lets elements nest; x/net/html refuses
// documents whose open elements exceed 512.
const maxOpenDepth = 256

// parseHTML parses a page. A page whose unclosed elements nest deeper than
// x/net/html allows (div soup, runs of unclosed <font>) is parsed again
// after flatten, rather than refused.
func parseHTML(b []byte) (*html.Node, error) {
	root, err := parseSpliced(b, minRawSpan)
	if err == nil {
		return root, nil
	}
	flat, ferr := flatten(b)
	if ferr != nil {
		return nil, err
	}
	return html.Parse(bytes.NewReader(flat))
}

// flatten rewrites a page so that no element opens deeper than
// maxOpenDepth: past that depth start tags are left out, with the end tags
// that close them (a block's become <br>, to keep paragraphs apart), and
// all text is kept. Depth is counted on the tag
// stream, which is close enough to the tree to keep the parser within its
// limit.
func flatten(b []byte) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out bytes.Buffer
	out.Grow(len(b))
	depth := 0
	skipped := make(map[string]int)
	// A paragraph break stands for every block left out since the last
	// text or tag written: one <br> for a run of them, or two million
	// nested blocks of a hostile page would be as many nodes.
	broken := false
	brk := func() {
		if !broken {
			out.WriteString("<br>")
			broken = true
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[atom.Lookup(name)] {
				break
			}
			if depth >= maxOpenDepth {
				skipped[string(name)]++
				if blockTags.has(atom.Lookup(name)) {
					brk() // keep the paragraph break
				}
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := skipped[string(name)]; n > 0 {
				skipped[string(name)] = n - 1
				if blockTags.has(atom.Lookup(name)) {
					brk()
				}
				continue
			}
			depth = max(0, depth-1)
		}
		raw := z.Raw()
		out.Write(raw)
		if tt != html.TextToken || len(bytes.TrimSpace(raw)) > 0 {
			broken = false
		}
	}
}

// voidElements never take an end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}
