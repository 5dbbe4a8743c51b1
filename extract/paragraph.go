package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// paragraphs turns the article's elements into paragraphs of plain text.
// Block elements and runs of <br> end a paragraph; white space is
// collapsed. Photo captions and credits are returned apart.
type paragrapher struct {
	t        *statTable
	buf      strings.Builder
	paras    []string
	captions []string
}

func (p *paragrapher) flush() {
	s := collapseSpace(p.buf.String())
	p.buf.Reset()
	if s != "" {
		p.paras = append(p.paras, s)
	}
}

// isCaption reports elements that hold a photo caption or credit.
func (p *paragrapher) isCaption(n *html.Node) bool {
	if n.DataAtom == atom.Figcaption {
		return true
	}
	return p.t.get(n).hint&hintCaption != 0
}

// walk reads the children of n.
func (p *paragrapher) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.node(c)
	}
}

// node reads n and everything under it.
func (p *paragrapher) node(c *html.Node) {
	switch c.Type {
	case html.TextNode:
		p.buf.WriteString(c.Data)
	case html.ElementNode:
		switch {
		case c.DataAtom == atom.Br:
			p.flush()
		case c.DataAtom == atom.Img:
		case p.isCaption(c):
			p.flush()
			if s := textContent(c); s != "" {
				p.captions = append(p.captions, s)
			}
		case c.DataAtom == atom.Pre:
			p.flush()
			for _, line := range strings.Split(rawText(c), "\n") {
				p.buf.WriteString(line)
				p.flush()
			}
		case blockTags[c.DataAtom]:
			p.flush()
			p.walk(c)
			p.flush()
		default:
			p.walk(c)
		}
	}
}

// rawText returns the text under n as written, white space included.
func rawText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Br {
					b.WriteByte('\n')
				}
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}
