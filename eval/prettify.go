package eval

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// keepsWhitespace reports the elements whose text prettify leaves as it
// is: where whitespace is content (pre, textarea) or raw text (script,
// style).
func keepsWhitespace(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Pre, atom.Textarea, atom.Script, atom.Style:
		return true
	}
	return false
}

// prettify trims the text under n and puts a line break and depth+1
// spaces before each child of n and a line break and depth spaces before
// its end tag, as BeautifulSoup's prettify() writes a page; text left
// empty by the trim is removed.
func prettify(n *html.Node, depth int) {
	if n.Type == html.ElementNode && keepsWhitespace(n) {
		return
	}
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		kids = append(kids, c)
	}
	for _, c := range kids {
		n.RemoveChild(c)
	}
	inner := depth
	if n.Type == html.ElementNode {
		inner++
	}
	for _, c := range kids {
		switch c.Type {
		case html.TextNode:
			c.Data = strings.TrimSpace(c.Data)
			if c.Data == "" {
				continue
			}
		case html.ElementNode:
			prettify(c, inner)
		}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "\n" + strings.Repeat(" ", inner)})
		n.AppendChild(c)
	}
	if n.Type == html.ElementNode && n.FirstChild != nil {
		n.AppendChild(&html.Node{Type: html.TextNode, Data: "\n" + strings.Repeat(" ", depth)})
	}
}
