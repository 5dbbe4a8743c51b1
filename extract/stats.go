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
	m       map[*html.Node]*stat
	pool    []stat
	hints   *hintCache
	weights *textWeights
}

func newStatTable(size int, hints *hintCache) *statTable {
	return &statTable{m: make(map[*html.Node]*stat, size), hints: hints, weights: newTextWeights()}
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
var blockTags = newAtomSet(
	atom.Address, atom.Article, atom.Aside, atom.Blockquote,
	atom.Body, atom.Center, atom.Dd, atom.Details,
	atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
	atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
	atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
	atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
	atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P,
	atom.Pre, atom.Section, atom.Table, atom.Tbody,
	atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr,
	atom.Ul, atom.Summary, atom.Caption, atom.Html,
	atom.Menu, atom.Legend, atom.Option,
)

// textWeight measures s in "Latin characters": letters and digits count
// one, Hangul, Han and kana count two since a Korean or Chinese character
// carries about as much as two Latin ones; spaces and punctuation count
// nothing. It also counts commas and sentence ends.
func textWeight(s string) (weight, commas int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			k := asciiClass[c]
			weight += int(k & 1)
			commas += int(k >> 1)
			continue
		}
		if isHangul3(s, i) {
			// Most of Korean text, stepped over without decoding.
			weight += 2
			i += 3
			continue
		}
		var r rune
		switch {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// Two bytes (U+0080 to U+07FF): no lead of this range
			// makes an invalid or overlong sequence.
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// Three bytes, U+1000 to U+CFFF (punctuation, kana, Han):
			// nor of this one.
			r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
		default:
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		switch {
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0x4E00 && r <= 0x9FFF, r >= 0x3040 && r <= 0x30FF:
			weight += 2
		case r == '，' || r == '、' || r == '。' || r == '．':
			commas++
		case r == 0x85 || r == 0xA0 || (r >= 0x1680 && r <= 0x3000 && unicode.IsSpace(r)) || r == '\u200b':
			// unicode.IsSpace, asked only in the range of its
			// non-ASCII spaces (U+0085, U+00A0, U+1680 to U+3000).
		default:
			weight++
		}
	}
	return weight, commas
}

// textWeights remembers the textWeight of a page's long text nodes. The
// cleaner's prose map, collectStats and the scorer each read every text
// of the body; a paragraph's weight is found once instead of three
// times. Short texts, most of them white space between tags, cost less
// to weigh again than to look up.
type textWeights struct {
	m map[*html.Node][2]int
}

// minRemembered is the length in bytes from which a text's weight is
// remembered.
const minRemembered = 48

func newTextWeights() *textWeights {
	return &textWeights{m: make(map[*html.Node][2]int)}
}

// of returns textWeight(n.Data), remembered for a long text; tw may be
// nil. A text node's data never changes once parsed.
func (tw *textWeights) of(n *html.Node) (weight, commas int) {
	if tw == nil || len(n.Data) < minRemembered {
		return textWeight(n.Data)
	}
	if v, ok := tw.m[n]; ok {
		return v[0], v[1]
	}
	weight, commas = textWeight(n.Data)
	tw.m[n] = [2]int{weight, commas}
	return weight, commas
}

// isHangul3 reports whether s[i:] starts with a Hangul syllable from
// U+AC00 to U+D77F, all but the last 36 of them, telling it from the lead
// and the two continuation bytes without decoding: lead 0xEA with a
// second byte from 0xB0 (U+AC00 to U+AFFF), 0xEB or 0xEC (U+B000 to
// U+CFFF), or 0xED with a second byte below 0x9E (U+D000 to U+D77F).
func isHangul3(s string, i int) bool {
	if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
		return false
	}
	switch s[i] {
	case 0xEB, 0xEC:
		return true
	case 0xEA:
		return s[i+1] >= 0xB0
	case 0xED:
		return s[i+1] < 0x9E
	}
	return false
}

// asciiClass tells textWeight what an ASCII byte counts: 1 for a letter,
// digit or other visible character, 2 for a comma or a sentence end, 0 for
// space and control characters. Looked up, not compared: textWeight reads
// every byte of a body's text several times.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ',' || c == '.' || c == '?' || c == '!' || c == ';':
			t[c] = 2
		case c > ' ':
			t[c] = 1
		}
	}
	return t
}()

// collectStats fills t bottom-up for every element under n and returns n's
// totals. inLink says whether n sits inside an <a>.
func collectStats(t *statTable, n *html.Node, inLink bool) (text, link, commas int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w, k := t.weights.of(c)
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
