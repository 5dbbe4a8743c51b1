package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minLooseProse is the prose weight, in the units of stat.prose, that
// <body> must own directly before its loose text is taken for the story.
const minLooseProse = 200

// looseStory returns the story a page sets loose in <body>, outside every
// container, wrapped in a new <div> put in its place, or nil when there
// is none. x/net/html, as browsers do, moves what follows a stray
// </html> into <body>'s end: a scraper's parser that closed a photo
// table's wrappers early wrote "…</section></body></html><br/>story
// text<br/><br/>…" (서울경제, June 2019), and the story then stands as
// text nodes of <body> itself, which no candidate element holds. It is
// the story when <body> owns more prose of its own than top, the best
// candidate, holds in all: the run from the first of <body>'s own text
// segments of prose to the last becomes one element. When <body> is top
// itself, scored for that very text (a page whose classes name nothing),
// the loose text is the story when it holds most of <body>'s prose.
func (s *scorer) looseStory(body, top *html.Node) *html.Node {
	bs := s.t.m[body]
	if bs == nil || bs.own < minLooseProse {
		return nil
	}
	switch {
	case top == body:
		// <body> itself is the best candidate, for the loose text it
		// owns; without it, only furniture (a form's labels, menus).
		// The loose text is the story when it is most of <body>'s
		// prose: paragraphs in elements of their own beside it would
		// be lost.
		if bs.own*4 < bs.prose*3 {
			return nil
		}
	case bs.own <= 2*s.t.get(top).prose:
		return nil
	}
	var first, last *html.Node
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			continue
		}
		if w, _ := textWeight(c.Data); w >= minProse {
			if first == nil {
				first = c
			}
			last = c
		}
	}
	if first == nil {
		return nil
	}
	// Take in the <br> and inline elements that end the last paragraph.
	for last.NextSibling != nil && (last.NextSibling.Type == html.TextNode || last.NextSibling.DataAtom == atom.Br) {
		last = last.NextSibling
	}
	wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	body.InsertBefore(wrap, first)
	for c := first; c != nil; {
		next := c.NextSibling
		body.RemoveChild(c)
		wrap.AppendChild(c)
		if c == last {
			break
		}
		c = next
	}
	return wrap
}
