package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what the page says about the article outside its body.
type meta struct {
	title string
}

func readMeta(root *html.Node, pageURL string) *meta {
	m := &meta{}
	var og, tt string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Meta:
				if attr(c, "property") == "og:title" {
					og = attr(c, "content")
				}
			case atom.Title:
				if tt == "" {
					tt = textContent(c)
				}
			}
			walk(c)
		}
	}
	walk(root)
	m.title = strings.TrimSpace(og)
	if m.title == "" {
		m.title = tt
	}
	return m
}

func (m *meta) apply(a *Article) {
	a.Title = m.title
}
