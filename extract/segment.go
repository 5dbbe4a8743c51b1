package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// segments walks the tree under n and calls emit for every text segment: a
// run of inline text between block boundaries or <br>, with the block
// element that owns it, its weight (see textWeight) and its commas. Text
// inside links is left out of the weight.
type segmenter struct {
	emit    func(owner *html.Node, weight, commas int)
	weights *textWeights // may be nil
	owner   *html.Node
	weight  int
	commas  int
}

func (s *segmenter) run(n *html.Node) {
	s.owner = n
	s.walk(n, false)
	s.flush()
}

func (s *segmenter) walk(n *html.Node, inLink bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if inLink {
				continue
			}
			w, k := s.weights.of(c)
			s.weight += w
			s.commas += k
		case html.ElementNode:
			switch {
			case codeTags.has(c.DataAtom):
			case c.DataAtom == atom.Br:
				s.flush()
			case blockTags.has(c.DataAtom):
				s.flush()
				saved := s.owner
				s.owner = c
				s.walk(c, false)
				s.flush()
				s.owner = saved
			default:
				s.walk(c, inLink || c.DataAtom == atom.A)
			}
		}
	}
}

func (s *segmenter) flush() {
	if s.weight > 0 && s.owner != nil {
		s.emit(s.owner, s.weight, s.commas)
	}
	s.weight, s.commas = 0, 0
}

// minProse is the weight of a segment that reads as prose.
const minProse = 60

// proseMap returns, for every element under n, the weight of the prose
// segments under it (segments of minProse or more with punctuation), and
// the total under n. It reads the text nodes' weights through tw, which
// may be nil.
func proseMap(n *html.Node, tw *textWeights) (map[*html.Node]int, int) {
	m := make(map[*html.Node]int)
	total := 0
	s := &segmenter{weights: tw, emit: func(owner *html.Node, w, k int) {
		if w < minProse || k == 0 {
			return
		}
		total += w
		for a := owner; a != nil; a = a.Parent {
			m[a] += w
			if a == n {
				break // no one asks above n
			}
		}
	}}
	s.run(n)
	return m, total
}
