package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pruneRule removes furniture found inside the chosen article. It sees the
// element's stats (text, links, commas) as well as its hint.
type pruneRule struct {
	name  string
	prune func(p *pruner, n *html.Node, st *stat) bool
}

// pruneRules run on every element inside the article, outermost first.
var pruneRules = []pruneRule{
	// The headline repeated in the body, and reporter, date and title
	// lines: metadata, which meta.go reads from the whole page.
	{"headline", func(_ *pruner, n *html.Node, _ *stat) bool { return n.DataAtom == atom.H1 }},
	{"byline or date box", func(_ *pruner, n *html.Node, st *stat) bool {
		return st.hint&(hintByline|hintDate) != 0 && st.text < 300
	}},
	// Blocks whose class names furniture weakly (meta, tools) and that
	// hold little prose.
	{"weak furniture class", func(_ *pruner, n *html.Node, st *stat) bool {
		return st.hint&hintWeakJunk != 0 && st.hint&hintContent == 0 && st.commas < 10
	}},
	// Boxes set beside the text: kept only as a short pull quote without
	// links.
	{"aside box", func(_ *pruner, n *html.Node, st *stat) bool {
		return n.DataAtom == atom.Aside && (st.link > 0 || st.text > 400)
	}},
	// Link lists and link-heavy boxes: "read more", related stories, tags.
	{"link-heavy block", func(_ *pruner, n *html.Node, st *stat) bool {
		if !conditionalTags[n.DataAtom] || st.text == 0 {
			return false
		}
		ld := st.linkDensity()
		switch {
		case st.commas >= 10: // prose with many links, such as a news digest
			return ld > 0.6
		case st.hint&hintContent != 0:
			return ld > 0.5
		}
		return ld > 0.2
	}},
	// Lists of other articles, each item the other article's headline as
	// a link and its summary after it: too little link text for the
	// link-heavy rule, but none of it this article's.
	{"teaser list", func(_ *pruner, n *html.Node, _ *stat) bool { return isTeaserList(n) }},
	// Boxes of form controls.
	{"form box", func(p *pruner, n *html.Node, st *stat) bool {
		if !conditionalTags[n.DataAtom] {
			return false
		}
		c := p.count(n)
		return c.input > 0 && c.input*3 > c.p
	}},
}

// conditionalTags are the containers pruneRules may drop on statistics.
var conditionalTags = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Table: true, atom.Ul: true,
	atom.Ol: true, atom.Form: true, atom.Figure: true, atom.Dl: true,
	atom.Center: true,
}

// pruner applies pruneRules under the article's elements.
type pruner struct {
	t      *statTable
	counts map[*html.Node]tagCount
}

// tagCount counts some elements under a container.
type tagCount struct{ p, li, input, img int }

func (p *pruner) count(n *html.Node) tagCount {
	if c, ok := p.counts[n]; ok {
		return c
	}
	var c tagCount
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			if k.Type != html.ElementNode {
				continue
			}
			switch k.DataAtom {
			case atom.P:
				c.p++
			case atom.Li:
				c.li++
			case atom.Input, atom.Select, atom.Textarea:
				c.input++
			case atom.Img:
				c.img++
			}
			walk(k)
		}
	}
	walk(n)
	if p.counts == nil {
		p.counts = make(map[*html.Node]tagCount)
	}
	p.counts[n] = c
	return c
}

// prune removes the elements under n that a pruneRule matches.
func (p *pruner) prune(n *html.Node) {
	var next *html.Node
	for c := n.FirstChild; c != nil; c = next {
		next = c.NextSibling
		if c.Type != html.ElementNode {
			continue
		}
		st := p.t.get(c)
		if p.matches(c, st) {
			if h := headingOf(c); h != nil && isTeaserList(c) {
				// The list's heading ("당신이 좋아할 만한 뉴스")
				// goes with it.
				remove(h)
			}
			remove(c)
			continue
		}
		p.prune(c)
	}
}

func (p *pruner) matches(n *html.Node, st *stat) bool {
	for _, r := range pruneRules {
		if r.prune(p, n, st) {
			return true
		}
	}
	return false
}

// isTeaserList reports a list of other articles: at least three items,
// four in five of which open with a link of a headline's length and go on
// with more text (the other article's summary).
func isTeaserList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items, teasers := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Li {
			continue
		}
		items++
		if opensWithHeadlineLink(c) {
			teasers++
		}
	}
	return items >= 3 && teasers*5 >= items*4
}

// opensWithHeadlineLink reports an item whose first text is a link of at
// least eight characters, followed by a summary in a block of its own
// (<p>, <div>, <dd>). A list item that goes on after its link in the same
// line ("<a>The attorney general is investigating …</a>. The company
// confirmed …", a digest's items) is the article's own text.
func opensWithHeadlineLink(li *html.Node) bool {
	first := findFirstText(li)
	if first != nil && isRankNumber(first) {
		// The item's rank in a list of most-read or recommended
		// stories, set before its headline: "<em>1</em><a>…</a>".
		first = nextText(li, first)
	}
	if first == nil {
		return false
	}
	var link *html.Node
	for p := first.Parent; p != nil && p != li; p = p.Parent {
		if p.DataAtom == atom.A {
			link = p
		}
	}
	if link == nil {
		return false
	}
	if len([]rune(textContent(link))) < 8 {
		return false
	}
	summary := findFirst(li, func(n *html.Node) bool {
		return isElem(n, atom.P, atom.Div, atom.Dd) && !isAncestor(n, link) && !isAncestor(link, n) &&
			len([]rune(textContent(n))) >= 20
	})
	if summary != nil {
		return true
	}
	// The headline in a heading of its own, the summary after it as
	// bare text: "<h3><a>…</a></h3>전남도는 …<br><br>".
	for h := link.Parent; h != nil && h != li; h = h.Parent {
		if isHeading(h) {
			rest := len([]rune(strings.TrimSpace(textContent(li)))) - len([]rune(strings.TrimSpace(textContent(h))))
			return rest >= minTeaserSummary
		}
	}
	return false
}

// minTeaserSummary is the length, in runes, of the summary a teaser gives
// after its headline.
const minTeaserSummary = 20

// findFirstText returns the first text node under n that is not blank.
func findFirstText(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && !isBlank(c.Data):
			return c
		case c.Type == html.ElementNode && !isElem(c, atom.Script, atom.Style, atom.Noscript, atom.Template):
			if t := findFirstText(c); t != nil {
				return t
			}
		}
	}
	return nil
}

// isRankNumber reports a text node that is only a number of one to three
// digits in an element of its own: an item's rank in a list.
func isRankNumber(t *html.Node) bool {
	s := strings.TrimSpace(t.Data)
	if s == "" || len(s) > 3 || t.Parent == nil || t.Parent.Type != html.ElementNode {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return strings.TrimSpace(textContent(t.Parent)) == s
}

// nextText returns the first text node under root after t that is not
// blank, in document order, outside scripts and styles.
func nextText(root, t *html.Node) *html.Node {
	for n := t; n != nil && n != root; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			switch {
			case s.Type == html.TextNode && !isBlank(s.Data):
				return s
			case s.Type == html.ElementNode && !isElem(s, atom.Script, atom.Style, atom.Noscript, atom.Template):
				if f := findFirstText(s); f != nil {
					return f
				}
			}
		}
	}
	return nil
}

// maxListHeading bounds, in runes, the heading of a list (headingOf).
const maxListHeading = 30

// headingOf returns the short heading that stands right before n, with
// only blank text and comments between them, or nil.
func headingOf(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		switch {
		case s.Type == html.CommentNode, s.Type == html.TextNode && isBlank(s.Data):
			continue
		case s.Type == html.ElementNode && isHeading(s) && len([]rune(strings.TrimSpace(textContent(s)))) <= maxListHeading:
			return s
		}
		return nil
	}
	return nil
}
