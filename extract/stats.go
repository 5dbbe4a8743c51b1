package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stat is what the scorer knows about one element.
type stat struct {
	text   int     // weighted characters of text under the element
	link   int     // of those, characters inside links
	commas int     // commas and sentence ends under the element
	paras  int     // text segments of 25 or more characters under it
	prose  int     // weight of the prose segments under it (see minProse)
	own    int     // of those, the weight of the segments it owns itself
	score  float64 // content score, set for candidate containers
	hint   hint
	scored bool // score holds the initial weight
}

// statTable holds the stats of every element of a page. Stats are
// allocated in blocks to keep the allocation count low.
type statTable struct {
	m     map[*html.Node]*stat
	pool  []stat
	hints hintCache
}

func newStatTable(size int, hints hintCache) *statTable {
	return &statTable{m: make(map[*html.Node]*stat, size), hints: hints}
}

func (t *statTable) get(n *html.Node) *stat {
	if s := t.m[n]; s != nil {
		return s
	}
	if len(t.pool) == 0 {
		t.pool = make([]stat, 256)
	}
	s := &t.pool[0]
	t.pool = t.pool[1:]
	s.hint = t.hints.get(n)
	t.m[n] = s
	return s
}

// blockTags are the elements that break inline text into separate blocks.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tbody: true,
	atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Summary: true, atom.Caption: true, atom.Html: true,
	atom.Menu: true, atom.Legend: true, atom.Option: true,
}

// textWeight measures s in "Latin characters": letters and digits count
// one, Hangul, Han and kana count two since a Korean or Chinese character
// carries about as much as two Latin ones; spaces and punctuation count
// nothing. It also counts commas and sentence ends.
func textWeight(s string) (weight, commas int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ',' || c == '.' || c == '?' || c == '!' || c == ';':
				commas++
			case c > ' ':
				weight++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3040 && r <= 0x30FF:
			weight += 2
		case r == '，' || r == '、' || r == '。' || r == '．':
			commas++
		case unicode.IsSpace(r) || r == '\u200b':
		default:
			weight++
		}
	}
	return weight, commas
}

// collectStats fills t bottom-up for every element under n and returns n's
// totals. inLink says whether n sits inside an <a>.
func collectStats(t *statTable, n *html.Node, inLink bool) (text, link, commas int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w, k := textWeight(c.Data)
			text += w
			commas += k
			if inLink {
				link += w
			}
		case html.ElementNode:
			ct, cl, ck := collectStats(t, c, inLink || c.DataAtom == atom.A)
			text += ct
			link += cl
			commas += ck
		}
	}
	if n.Type == html.ElementNode {
		s := t.get(n)
		s.text, s.link, s.commas = text, link, commas
	}
	return text, link, commas
}

// linkDensity is the share of s's text inside links.
func (s *stat) linkDensity() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}
