package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropRule removes page furniture from the whole page before the body is
// chosen. Rules are tried in order; the first that matches names why the
// element went.
type dropRule struct {
	name string
	drop func(n *html.Node, h hint) bool
	// guarded rules judge by names and roles, which layouts misuse
	// ("theiaStickySidebar" wrapping the article): they spare an element
	// that holds half the page's prose (unless it is named for reader
	// comments, which can outgrow the article), and the element marked
	// itemprop=articleBody with its ancestors.
	guarded bool
}

// dropRules are the page-wide cleaning rules. Each drops an element with
// everything under it.
var dropRules = []dropRule{
	// Code, styles, embedded objects and form controls hold no article
	// text; the read-aloud copy of a KBS body lives in a script.
	{"code and embeds", func(n *html.Node, _ hint) bool { return codeTags.has(n.DataAtom) }, false},
	// Navigation, page footers, side columns.
	{"page furniture tags", func(n *html.Node, _ hint) bool { return furnitureTags.has(n.DataAtom) }, true},
	// Side columns. An <aside> inside an article is left to pruneRules:
	// it is often a pull quote that belongs to the text.
	{"page aside", func(n *html.Node, _ hint) bool {
		return n.DataAtom == atom.Aside && !insideArticle(n)
	}, true},
	// Page headers, and article headers holding the headline; a <header>
	// of a section inside an article (a recipe card's title) stays.
	{"page header", func(n *html.Node, _ hint) bool {
		return n.DataAtom == atom.Header && (!insideArticle(n) || findFirst(n, isHeadline) != nil)
	}, true},
	// The hidden attribute, aria-hidden and inline display:none: text a
	// reader does not see, such as print copies and JS templates.
	{"hidden by attribute", hiddenByAttr, false},
	// ARIA landmarks that are never the article.
	{"furniture role", func(n *html.Node, _ hint) bool { return furnitureRoles[attr(n, "role")] }, true},
	// Classes such as hide, blind, sr-only, print-only: hidden copies.
	{"hidden by class", func(_ *html.Node, h hint) bool { return h&hintHidden != 0 }, false},
	// Share, comment, related, ad, menu, footer … classes, unless another
	// class of the element names the body (see hintOf), or the element is
	// a phrase inside running text (<a class="textTag">space travel</a>).
	{"furniture class", func(n *html.Node, h hint) bool {
		return h&hintJunk != 0 && h&hintContent == 0 && !inRunningText(n)
	}, true},
}

// codeTags are elements whose content is never article text.
var codeTags = newAtomSet(
	atom.Script, atom.Style, atom.Noscript, atom.Template,
	atom.Svg, atom.Math, atom.Iframe, atom.Object,
	atom.Embed, atom.Canvas, atom.Video, atom.Audio,
	atom.Map, atom.Link, atom.Meta, atom.Button,
	atom.Input, atom.Select, atom.Textarea, atom.Dialog,
	atom.Head, atom.Title, atom.Frameset, atom.Frame,
)

// furnitureTags are HTML5 elements that by definition hold page furniture.
var furnitureTags = newAtomSet(
	atom.Nav, atom.Footer, atom.Menu,
)

// furnitureRoles are ARIA roles of page furniture.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true,
	"menubar": true, "toolbar": true, "tablist": true,
}

// hiddenByAttr reports elements hidden by the hidden attribute, by
// aria-hidden="true" or by an inline display:none or visibility:hidden.
func hiddenByAttr(n *html.Node, _ hint) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hiddenStyle reports an inline style that hides the element.
func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// cleaner applies dropRules.
type cleaner struct {
	hints     *hintCache
	protected map[*html.Node]bool // itemprop=articleBody and its ancestors
	body      *html.Node
	prose     map[*html.Node]int // prose weight under each element, nil until a guarded rule needs it
	total     int                // prose weight of the page
	weights   *textWeights       // the text nodes' weights, shared with the later walks; may be nil
}

// newCleaner prepares dropRules for the page under body, sparing the
// elements marked as its article body and their ancestors.
func newCleaner(body *html.Node, hints *hintCache, articleBody []*html.Node) *cleaner {
	c := &cleaner{hints: hints, protected: make(map[*html.Node]bool)}
	for _, n := range articleBody {
		for a := n; a != nil; a = a.Parent {
			c.protected[a] = true
		}
	}
	c.body = body
	return c
}

// guards reports whether the guarded rules spare n: it holds the
// article's marked body, or half the page's prose and is no comments
// section. The prose map is made on the first call, before any element
// a guarded rule matches is removed: only elements an unguarded rule
// dropped, which hold no article prose, are gone by then.
func (cl *cleaner) guards(n *html.Node, h hint) bool {
	if cl.protected[n] {
		return true
	}
	if cl.prose == nil {
		cl.prose, cl.total = proseMap(cl.body, cl.weights)
	}
	return cl.total > 0 && cl.prose[n]*2 >= cl.total && h&hintComments == 0
}

// clean applies dropRules under root.
func (cl *cleaner) clean(root *html.Node) {
	var next *html.Node
	for c := root.FirstChild; c != nil; c = next {
		next = c.NextSibling
		switch c.Type {
		case html.CommentNode, html.DoctypeNode:
			remove(c)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if !isElem(c, atom.Html, atom.Body) {
			if r := cl.rule(c); r != nil {
				remove(c)
				continue
			}
		}
		cl.clean(c)
	}
}

// rule returns the first drop rule that matches n, or nil.
func (cl *cleaner) rule(n *html.Node) *dropRule {
	h := cl.hints.get(n)
	for i := range dropRules {
		r := &dropRules[i]
		if r.drop(n, h) && !(r.guarded && cl.guards(n, h)) {
			return r
		}
	}
	return nil
}

// phraseTags are inline elements that can carry a word of a sentence.
var phraseTags = newAtomSet(
	atom.A, atom.Span, atom.Em, atom.Strong, atom.B,
	atom.I, atom.U, atom.Small, atom.Mark, atom.Abbr,
	atom.Cite, atom.Q, atom.Sub, atom.Sup, atom.Font,
	atom.Time, atom.Code, atom.Dfn, atom.Var,
)

// inRunningText reports a phrase element that stands between words of
// its parent's own text, so that dropping it would cut a sentence.
func inRunningText(n *html.Node) bool {
	if !phraseTags.has(n.DataAtom) || n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && hasLetter(c.Data) {
			return true
		}
	}
	return false
}

// hasLetter reports whether s holds a letter or digit.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// insideArticle reports whether n has an <article> or <main> ancestor.
func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// isHeadline reports an <h1>.
func isHeadline(n *html.Node) bool { return n.DataAtom == atom.H1 }
