package eval

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Perturbation is a change a new layout makes to a page without changing
// what it says: its names, its tags or its nesting. Perturb applies one to
// a page's HTML, so that a check can be rerun on a layout no rule has
// seen.
type Perturbation string

// The perturbations of a page, each alone on the page as served.
const (
	// Unchanged parses the page and writes it back: the control, since
	// writing back may itself change what the extractor sees.
	Unchanged Perturbation = "unchanged"
	// NoNames removes every class and id attribute.
	NoNames Perturbation = "no-names"
	// Renamed writes every class and id name as a meaningless token, the
	// same token for the same name, so that structure stays and no rule
	// keyed on a word ("article", "caption") can fire.
	Renamed Perturbation = "renamed"
	// PlainTags writes the semantic elements (article, section, main,
	// header, footer, aside, nav, figure, figcaption) as div and time as
	// span, without their class and id, keeping their other attributes.
	PlainTags Perturbation = "plain-tags"
	// Wrapped puts three nested divs around the children of every element
	// that holds two paragraphs or more.
	Wrapped Perturbation = "wrapped"
	// BrText writes every paragraph as its content followed by <br><br>,
	// as bodies written as text are served.
	BrText Perturbation = "br-text"
	// AllAtOnce applies Renamed, PlainTags, Wrapped and BrText together:
	// a layout that changes everything a layout can.
	AllAtOnce Perturbation = "all-at-once"
	// Bare removes the meta tags, JSON-LD and canonical link as well as
	// every class and id: an unknown outlet that says nothing of its
	// pages outside their visible text.
	Bare Perturbation = "bare"
	// Prettified writes the page as BeautifulSoup's prettify() does, the
	// form many saved pages take: every tag and every piece of text on a
	// line of its own, indented by its depth, the text trimmed (pre and
	// textarea, and the raw text of scripts and styles, left as they are).
	Prettified Perturbation = "prettified"
)

// Perturbations lists every perturbation, the control first.
var Perturbations = []Perturbation{Unchanged, NoNames, Renamed, PlainTags, Wrapped, BrText, AllAtOnce, Bare, Prettified}

// plainTags maps the semantic elements PlainTags replaces to their
// stand-ins.
var plainTags = map[atom.Atom]atom.Atom{
	atom.Article: atom.Div, atom.Section: atom.Div, atom.Main: atom.Div,
	atom.Header: atom.Div, atom.Footer: atom.Div, atom.Aside: atom.Div,
	atom.Nav: atom.Div, atom.Figure: atom.Div, atom.Figcaption: atom.Div,
	atom.Time: atom.Span,
}

// Perturb applies p to a page, which must be UTF-8 text (extract.Decode
// gives it), and returns the page written back.
func Perturb(page []byte, p Perturbation) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, fmt.Errorf("parse page to perturb: %w", err)
	}
	if err := perturb(doc, p); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		return nil, fmt.Errorf("render perturbed page: %w", err)
	}
	return out.Bytes(), nil
}

// perturb applies p to a parsed page.
func perturb(doc *html.Node, p Perturbation) error {
	switch p {
	case AllAtOnce:
		for _, q := range []Perturbation{Renamed, PlainTags, Wrapped, BrText} {
			if err := perturb(doc, q); err != nil {
				return err
			}
		}
	case Bare:
		removeAll(doc, isSelfDescription)
		walk(doc, func(n *html.Node) { n.Attr = withoutNames(n.Attr) })
	case Unchanged:
	case NoNames:
		walk(doc, func(n *html.Node) { n.Attr = withoutNames(n.Attr) })
	case Renamed:
		walk(doc, rename)
	case PlainTags:
		walk(doc, plainTag)
	case Wrapped:
		var holders []*html.Node
		walk(doc, func(n *html.Node) {
			if paragraphs(n) >= 2 {
				holders = append(holders, n)
			}
		})
		for _, n := range holders {
			wrap(n)
		}
	case BrText:
		unparagraph(doc)
	case Prettified:
		prettify(doc, 0)
	default:
		return fmt.Errorf("unknown perturbation %q", p)
	}
	return nil
}

// walk calls f on every element under n, parents before children; f may
// replace an element's children.
func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// withoutNames returns attrs without class and id.
func withoutNames(attrs []html.Attribute) []html.Attribute {
	out := attrs[:0]
	for _, a := range attrs {
		if a.Namespace == "" && (a.Key == "class" || a.Key == "id") {
			continue
		}
		out = append(out, a)
	}
	return out
}

// rename writes an element's class and id names as tokens.
func rename(n *html.Node) {
	for i, a := range n.Attr {
		if a.Namespace != "" || a.Key != "class" && a.Key != "id" {
			continue
		}
		names := strings.Fields(a.Val)
		for j, name := range names {
			names[j] = token(name)
		}
		n.Attr[i].Val = strings.Join(names, " ")
	}
}

// token returns a name no hint word can be part of: "q" and the decimal
// digits of the name's hash.
func token(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	return fmt.Sprintf("q%d", h.Sum32())
}

// plainTag writes a semantic element as its plain stand-in.
func plainTag(n *html.Node) {
	to, ok := plainTags[n.DataAtom]
	if !ok {
		return
	}
	n.DataAtom, n.Data = to, to.String()
	n.Attr = withoutNames(n.Attr)
}

// paragraphs counts the <p> children of n.
func paragraphs(n *html.Node) int {
	ps := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			ps++
		}
	}
	return ps
}

// wrap puts three nested divs around the children of n.
func wrap(n *html.Node) {
	inner := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		inner.AppendChild(c)
	}
	outer := inner
	for range 2 {
		d := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
		d.AppendChild(outer)
		outer = d
	}
	n.AppendChild(outer)
}

// unparagraph replaces every <p> under n by its content followed by two
// <br>.
func unparagraph(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		unparagraph(c)
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			for k := c.FirstChild; k != nil; k = c.FirstChild {
				c.RemoveChild(k)
				n.InsertBefore(k, c)
			}
			for range 2 {
				n.InsertBefore(&html.Node{Type: html.ElementNode, DataAtom: atom.Br, Data: "br"}, c)
			}
			n.RemoveChild(c)
		}
		c = next
	}
}

// isSelfDescription reports what a page says of itself outside its
// visible text: a meta tag, a JSON-LD script or the canonical link.
func isSelfDescription(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Meta:
		return true
	case atom.Script:
		return strings.Contains(strings.ToLower(attrVal(n, "type")), "ld+json")
	case atom.Link:
		return strings.EqualFold(strings.TrimSpace(attrVal(n, "rel")), "canonical")
	}
	return false
}

// attrVal returns the value of n's attribute key, or "".
func attrVal(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// removeAll removes every element under n that drop reports.
func removeAll(n *html.Node, drop func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && drop(c) {
			n.RemoveChild(c)
		} else {
			removeAll(c, drop)
		}
		c = next
	}
}
