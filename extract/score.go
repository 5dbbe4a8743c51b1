package extract

import (
	"sort"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minSegment is the weight a text segment needs to count as a paragraph
// when scoring (about 25 Latin or 12 Hangul characters).
const minSegment = 25

// paraTags hold one paragraph: the text they own is scored for their
// parent. Text owned directly by any other block (a div of <br>-separated
// lines, as Korean news sites write) is scored for that block itself.
var paraTags = map[atom.Atom]bool{
	atom.P: true, atom.Pre: true, atom.Li: true, atom.Blockquote: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Dd: true, atom.Dt: true,
}

// tagWeight is a candidate's starting score by element kind: containers
// that usually hold articles start higher than lists and headings.
var tagWeight = map[atom.Atom]float64{
	atom.Div: 5, atom.Article: 10, atom.Main: 5, atom.Section: 3,
	atom.Pre: 3, atom.Td: 3, atom.Blockquote: 3,
	atom.Address: -3, atom.Ol: -3, atom.Ul: -3, atom.Dl: -3, atom.Dd: -3,
	atom.Dt: -3, atom.Li: -3, atom.Form: -3,
	atom.H1: -5, atom.H2: -5, atom.H3: -5, atom.H4: -5, atom.H5: -5,
	atom.H6: -5, atom.Th: -5,
}

// classWeight scores what an element's class and id say.
func classWeight(n *html.Node, h hint) float64 {
	w := 0.0
	if h&hintContent != 0 {
		w += 25
	}
	if h&(hintJunk|hintWeakJunk|hintByline|hintCaption|hintDate|hintTitle) != 0 {
		w -= 25
	}
	if attr(n, "itemprop") == "articleBody" {
		w += 50
	}
	return w
}

// scorer finds the element that holds the article body.
type scorer struct {
	t      *statTable
	scored []*html.Node // candidates in the order they were first scored
}

// scoreSegment scores one text segment for its owner's ancestors.
func (s *scorer) scoreSegment(owner *html.Node, w, k int) {
	if w < minSegment {
		return
	}
	if w >= minProse && k > 0 {
		if owner.Type == html.ElementNode {
			s.t.get(owner).own += w
		}
		for a := owner; a != nil && a.Type == html.ElementNode; a = a.Parent {
			s.t.get(a).prose += w
		}
	}
	score := 1 + float64(k) + min(float64(w)/100, 3)
	cand := owner
	if paraTags[cand.DataAtom] {
		cand = cand.Parent
	}
	for level := 0; cand != nil && cand.Type == html.ElementNode && level < 5; level++ {
		st := s.t.get(cand)
		if !st.scored {
			st.scored = true
			st.score = tagWeight[cand.DataAtom] + classWeight(cand, st.hint)
			s.scored = append(s.scored, cand)
		}
		st.paras++
		switch level {
		case 0:
			st.score += score
		case 1:
			st.score += score / 2
		default:
			st.score += score / float64(level*3)
		}
		cand = cand.Parent
	}
}

// candidate is a scored element.
type candidate struct {
	n     *html.Node
	score float64
}

// topCandidates returns the scored elements, best first, with scores
// scaled by one minus their link density.
func (s *scorer) topCandidates() []candidate {
	cs := make([]candidate, 0, len(s.scored))
	for _, n := range s.scored {
		st := s.t.m[n]
		st.score *= 1 - st.linkDensity()
		cs = append(cs, candidate{n, st.score})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	return cs
}

// choose returns the elements that make up the article, in document
// order: the best candidate, moved up when its parent scores better, and
// the siblings that score close to it.
func (s *scorer) choose(body *html.Node) []*html.Node {
	(&segmenter{emit: s.scoreSegment, weights: s.t.weights}).run(body)
	cs := s.topCandidates()
	if len(cs) == 0 {
		return nil
	}
	top := cs[0].n
	topScore := cs[0].score

	// Several strong candidates under one ancestor: the ancestor is the
	// article and the candidates are its sections.
	var alts []*html.Node
	for _, c := range cs[1:min(len(cs), 6)] {
		if c.score >= topScore*0.75 {
			alts = append(alts, c.n)
		}
	}
	if len(alts) >= 3 {
		for p := top.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
			k := 0
			for _, a := range alts {
				if isAncestor(p, a) {
					k++
				}
			}
			if k >= 3 {
				top = p
				break
			}
		}
	}

	// A parent that scores higher than the best child holds more of it.
	last := s.t.get(top).score
	for p := top.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
		ps := s.t.m[p]
		if ps == nil || !ps.scored {
			continue
		}
		if ps.score < topScore/3 {
			break
		}
		if ps.score > last {
			top = p
			break
		}
		last = ps.score
	}
	// A box inside text: an article written as bare text with <br>
	// whose quoted statement or fact box, in a block of its own, scores
	// above the text around it. The element that owns prose of its own
	// at least half the box's is the article.
	for p, level := top.Parent, 0; p != nil && p.DataAtom != atom.Body && level < 4; p, level = p.Parent, level+1 {
		ps := s.t.m[p]
		if ps != nil && ps.own*2 >= s.t.get(top).prose && ps.linkDensity() < 0.5 {
			top = p
			break
		}
	}
	// An only child stands for its parent.
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && onlyElementChild(top) {
		top = top.Parent
	}
	if body.DataAtom == atom.Body {
		if loose := s.looseStory(body, top); loose != nil {
			return []*html.Node{loose}
		}
	}
	return s.siblings(top)
}

// onlyElementChild reports whether n is its parent's only element child
// and the parent owns no text of its own.
func onlyElementChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		if c.Type == html.ElementNode {
			return false
		}
		if c.Type == html.TextNode && !isBlank(c.Data) {
			return false
		}
	}
	return true
}

// siblings returns top together with the siblings that belong to the
// article: those scoring at least a fifth of top, and paragraphs of prose.
func (s *scorer) siblings(top *html.Node) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	ts := s.t.get(top)
	threshold := max(10, ts.score*0.2)
	topClass := attr(top, "class")
	var out []*html.Node
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		cs := s.t.get(c)
		sameKind := topClass != "" && c.DataAtom == top.DataAtom && attr(c, "class") == topClass
		bonus := 0.0
		if sameKind {
			bonus = ts.score * 0.2
		}
		if cs.scored && cs.score+bonus >= threshold {
			out = append(out, c)
			continue
		}
		// A sibling of the same kind with prose (an article split by
		// figures into several sections), or one with a quarter of the
		// top's prose and few links.
		if (sameKind && cs.prose > 0) || (cs.prose > 0 && cs.prose*4 >= ts.prose && cs.linkDensity() < 0.25) {
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			ld := cs.linkDensity()
			switch {
			case cs.text > 80 && ld < 0.25:
				out = append(out, c)
			case cs.text > 0 && cs.text <= 80 && ld == 0 && endsSentence(textContent(c)):
				out = append(out, c)
			}
		}
	}
	return out
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ')':
		return true
	}
	return false
}
