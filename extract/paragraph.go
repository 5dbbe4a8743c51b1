package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// paragraphs turns the article's elements into paragraphs of plain text.
// Block elements and runs of <br> end a paragraph; white space is
// collapsed. Photo captions and credits are returned apart.
type paragrapher struct {
	t        *statTable
	root     *html.Node // the chosen element being read
	rootText int        // its text weight
	buf      strings.Builder
	linked   int             // weight of the text in buf that sits inside links
	unlinked strings.Builder // the text of buf outside links
	inLink   int             // depth of <a> elements being read
	paras    []string
	captions []string
	// afterImage is set by an image that opens a block and cleared by
	// the next paragraph: that paragraph may be the image's caption,
	// set as a paragraph of its own (isLoneCaption).
	afterImage bool
	// underPhoto holds the indexes in paras of short lines without a
	// sentence's end that stood right under a photo (moveRepeatedCredits).
	underPhoto []int
}

// Link shares of a paragraph's text above which the paragraph is a link to
// elsewhere (related stories, tags, "share on WhatsApp"), not prose: any
// paragraph over maxLinkShare, and one over labelLinkShare whose other
// text is only a label ("SEE MORE:", "[INSIGHT]", "[Related: …]").
const (
	maxLinkShare   = 0.9
	labelLinkShare = 0.6
)

func (p *paragrapher) flush() {
	raw := p.buf.String()
	p.buf.Reset()
	linked := p.linked
	p.linked = 0
	unlinked := p.unlinked.String()
	p.unlinked.Reset()
	s := collapseSpace(raw)
	if s == "" {
		return
	}
	if linked > 0 {
		w, _ := textWeight(s)
		share := float64(linked) / float64(max(w, 1))
		if share > maxLinkShare || (share > labelLinkShare && onlyLabel(unlinked)) {
			return
		}
	}
	after := p.afterImage
	p.afterImage = false
	if after && len(p.paras) > 0 && isLoneCaption(s) {
		p.captions = append(p.captions, s)
		return
	}
	if after && isCreditLike(s) {
		p.underPhoto = append(p.underPhoto, len(p.paras))
	}
	p.paras = append(p.paras, s)
}

// maxLoneCaption bounds, in runes, a caption set as a paragraph of its own.
const maxLoneCaption = 120

// isLoneCaption reports a paragraph right under a photo, inside the story,
// that is the photo's caption: one short sentence that names the day and
// is written in a caption's tense ("5일 서울 종로구 구청 앞에서 주민들이
// 항의하고 있다."), or that ends as a scene ("… 모습.") or with the
// photo's credit ("(사진=연합뉴스)"). A sentence of the story in the
// present progressive has none of these marks together, so it stays.
func isLoneCaption(s string) bool {
	if utf8.RuneCountInString(s) > maxLoneCaption || strings.Count(s, "다.") > 1 {
		return false
	}
	switch {
	case reCaptionDay.MatchString(s) && reCaptionTense.MatchString(s):
		return true
	case strings.HasSuffix(s, "모습.") || strings.HasSuffix(s, "모습"):
		return true
	}
	return rePhotoCredit.MatchString(s)
}

// Limits of a photo box (isPhotoBox): the text of a caption is at most
// maxBoxCaption in weight (about 200 Hangul characters) and less than
// maxBoxShare of the chosen element's text.
const (
	maxBoxCaption = 400
	maxBoxShare   = 0.4
)

// start makes root the chosen element being read.
func (p *paragrapher) start(root *html.Node) {
	p.root = root
	p.rootText = p.t.get(root).text
}

// isPhotoBox reports a box that holds a photo and a short text: the
// layout Korean CMSs give a photo and its caption inside the body, as a
// table of two rows (<tr><td><img></td></tr><tr><td>caption</td></tr>)
// or a div (<div class="articlePhotoR"><img><span>name</span></div>),
// or a span on a line of its own (<span><img><em>name</em></span>).
// Its text is the caption. A box holding a heading, a long text or most
// of the chosen element's text is no photo box.
func (p *paragrapher) isPhotoBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Table, atom.Div, atom.Figure, atom.Dl:
	case atom.Span:
		// An inline box: Naver's <span><img><em>caption</em></span>
		// standing at the start or the end of a line. Its text must be
		// in an element of its own, not the words of a sentence that
		// an icon stands in.
		if ownText(n) || !endsLine(n) && strings.TrimSpace(p.buf.String()) != "" {
			return false
		}
	case atom.P:
		// <p><img><span>caption</span></p>: a paragraph holding only a
		// photo and, under it, its caption element.
		if ownText(n) || !imageFirst(n) {
			return false
		}
	default:
		return false
	}
	if n == p.root {
		return false
	}
	w := p.t.get(n).text
	if w == 0 || w > maxBoxCaption || float64(w) > maxBoxShare*float64(p.rootText) {
		return false
	}
	img := findFirst(n, isImage)
	if img == nil || findFirst(n, isHeading) != nil || textBesidePhotos(n) {
		return false
	}
	// The text the image's alt repeats is its caption, wherever it stands.
	return altEchoed(img, n) || !textAfterBlankLine(n) && !p.textBesideCaption(n)
}

// mayNameDeck is a cheap test before namesDeck, which splits the names of
// every inline element it is asked about: a class or id that holds none
// of the letters a deck's names hold names no deck.
func mayNameDeck(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && a.Namespace == "" &&
			(strings.Contains(a.Val, "ub") || strings.Contains(a.Val, "ummary") || strings.Contains(a.Val, "stit") ||
				strings.Contains(a.Val, "de") || strings.Contains(a.Val, "DE") || strings.Contains(a.Val, "tandfirst")) {
			return true
		}
	}
	return false
}

// textBesideCaption reports a box whose photo has a caption element of its
// own (em.img_desc, figcaption) and that holds text outside it, as Naver
// Sports sets a story's first paragraph in the photo's <div>:
// <div><span class="end_photo_org"><img …><em class="img_desc">▲ …</em>
// </span>[스포티비뉴스=…] 지아니 …</div>. The caption is the caption
// element's; the other text is the story's.
func (p *paragrapher) textBesideCaption(n *html.Node) bool {
	caption, outside := false, false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !(caption && outside); c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if !isBlank(c.Data) {
					outside = true
				}
			case html.ElementNode:
				if p.isCaption(c) || isInlinePhotoBox(p.t, c) {
					caption = true
					continue
				}
				walk(c)
			}
		}
	}
	walk(n)
	return caption && outside
}

// textAfterBlankLine reports a box whose text follows its image after a
// blank line (two <br> in a row), as in MTN's
// <div><img …><br><br>최근 원인을 알 수 없는 …</div>: the text is a
// paragraph that opens after the photo, not the photo's caption, which
// stands right under it or in a cell of its own.
func textAfterBlankLine(n *html.Node) bool {
	seenImage, brs := false, 0
	found := false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && isImage(c):
				seenImage, brs = true, 0
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				brs++
			case c.Type == html.TextNode:
				if isBlank(c.Data) {
					continue
				}
				found = seenImage && brs >= 2
				return true
			case c.Type == html.ElementNode:
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	walk(n)
	return found
}

// isImage reports an <img> or <picture>.
func isImage(n *html.Node) bool { return n.DataAtom == atom.Img || n.DataAtom == atom.Picture }

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
		if p.inLink > 0 && !looksLikeURL(c.Data) {
			w, _ := textWeight(c.Data)
			p.linked += w
		} else {
			p.unlinked.WriteString(c.Data)
		}
	case html.ElementNode:
		switch {
		case c.DataAtom == atom.Br:
			p.flush()
		case c.DataAtom == atom.Img:
			if strings.TrimSpace(p.buf.String()) == "" {
				p.afterImage = true
			}
		case p.isCaption(c):
			// A "caption" box holding a heading is a title box (KBS's
			// landing-caption): neither body nor photo caption.
			p.flush()
			if s := textContent(c); s != "" && findFirst(c, isHeading) == nil {
				p.captions = append(p.captions, s)
			}
		case p.isPhotoBox(c):
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
		case c.DataAtom != atom.A && !blockTags.has(c.DataAtom) && mayNameDeck(c) && namesDeck(c):
			// A deck set inline (<strong class="sub_title">…</strong>
			// then the story's first words): its lines are lines of
			// their own.
			p.flush()
			p.walk(c)
			p.flush()
		case c.DataAtom == atom.Tr && isDataRow(c):
			// A row of a data table is one line, its cells in order.
			p.flush()
			for cell := c.FirstChild; cell != nil; cell = cell.NextSibling {
				if cell.Type == html.ElementNode {
					p.buf.WriteString(" ")
					p.walk(cell)
				}
			}
			p.flush()
		case blockTags.has(c.DataAtom):
			p.flush()
			p.walk(c)
			p.flush()
		case c.DataAtom == atom.A:
			p.inLink++
			p.walk(c)
			p.inLink--
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

// looksLikeURL reports link text that is a printed address, such as
// "http://amzn.to/2iJFhRj" or "www.example.com": part of the text, not a
// link to elsewhere.
func looksLikeURL(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.ContainsAny(s, " \t\n") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}

// onlyLabel reports text that is no more than labels around links:
// bracketed tags, "Label:" prefixes and punctuation.
func onlyLabel(s string) bool {
	s = reBracketed.ReplaceAllString(s, "")
	s = reLabel.ReplaceAllString(s, "")
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	return letters < 3
}

// isHeading reports an <h1>–<h6>.
func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}
