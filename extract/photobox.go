package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tests below tell a photo box and its caption from the story by
// structure and text, not by a class name (see paragrapher.isPhotoBox).

// altEchoed reports whether the text of box is the alt text of img, as
// CMSs write a photo's caption twice: a caption set after a blank line
// is then still the photo's, not a paragraph of the story.
func altEchoed(img, box *html.Node) bool {
	alt := attr(img, "alt")
	if len(alt) < 8 {
		return false
	}
	k := dupKey(alt)
	return k != "" && k == dupKey(textContent(box))
}

// endsLine reports whether n is followed by a line break: a <br>, a
// block element or the end of its parent, blank text aside.
func endsLine(n *html.Node) bool {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && isBlank(c.Data), c.Type == html.CommentNode:
			continue
		case c.Type == html.ElementNode && (c.DataAtom == atom.Br || blockTags.has(c.DataAtom)):
			return true
		}
		return false
	}
	return true
}

// isInlinePhotoBox reports a span holding a photo and a short caption
// in an element of its own (<span><img><em>▲ …</em></span>), whatever its
// class: the photo's caption, beside which a box may hold the story's
// text.
func isInlinePhotoBox(t *statTable, n *html.Node) bool {
	if n.DataAtom != atom.Span || ownText(n) {
		return false
	}
	w := t.get(n).text
	return w > 0 && w <= maxBoxCaption && findFirst(n, isImage) != nil
}

// imageFirst reports whether an image comes before any text under n.
func imageFirst(n *html.Node) bool {
	found := findFirst(n, func(c *html.Node) bool {
		return isImage(c) || c.FirstChild != nil && c.FirstChild.Type == html.TextNode && !isBlank(c.FirstChild.Data)
	})
	return found != nil && isImage(found)
}

// ownText reports whether n has a text node of its own that is not blank.
func ownText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && !isBlank(c.Data) {
			return true
		}
	}
	return false
}

// maxCreditLine bounds, in runes, a line under a photo that may be its
// credit (isCreditLike).
const maxCreditLine = 20

// isCreditLike reports a short line that ends no sentence: the shape of
// a photo's credit ("스타트 뉴스", "게티이미지뱅크").
func isCreditLike(s string) bool {
	if utf8.RuneCountInString(s) > maxCreditLine {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".?!。", last) && !strings.HasSuffix(s, "다")
}

// moveRepeatedCredits moves to the captions the lines that stand right
// under two photos or more and read the same each time ("스타트 뉴스"
// under every photo of a story): the photos' credit, whatever element
// holds it. A line under one photo only is left to the story.
func (p *paragrapher) moveRepeatedCredits() {
	if len(p.underPhoto) < 2 {
		return
	}
	count := make(map[string]int, len(p.underPhoto))
	for _, i := range p.underPhoto {
		count[p.paras[i]]++
	}
	drop := make(map[int]bool)
	for _, i := range p.underPhoto {
		if count[p.paras[i]] >= 2 {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := p.paras[:0]
	for i, s := range p.paras {
		if drop[i] {
			p.captions = append(p.captions, s)
			continue
		}
		kept = append(kept, s)
	}
	p.paras = kept
	p.underPhoto = nil
}

// minStoryLines is how many lines ending a sentence the text beside a
// box's photos must hold to be the story's (textBesidePhotos).
const minStoryLines = 2

// reStorySentenceEnd finds a line that ends a sentence: a full stop,
// question or exclamation mark, after a closing quote or not.
var reStorySentenceEnd = regexp.MustCompile(`[.!?。]["'”’)]?$`)

// textBesidePhotos reports a box whose photos each stand in an element of
// their own (a <figure>, or a wrapper whose only content is the image)
// and that holds, outside them, lines of sentences: the story written as
// bare text between its photos (<div><figure><img></figure> 국민의힘 …
// 취임했다.<br><br> …<figure>…</figure> /연합뉴스</div>). A photo's
// element holds its caption; a caption set outside it is one line, a
// story several.
func textBesidePhotos(n *html.Node) bool {
	var line strings.Builder
	photos, lines := 0, 0
	endLine := func() {
		if reStorySentenceEnd.MatchString(strings.TrimSpace(line.String())) {
			lines++
		}
		line.Reset()
	}
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				line.WriteString(c.Data)
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Br:
				endLine()
			case isImage(c):
				return false // a photo outside an element of its own
			case c.DataAtom == atom.Figure, findFirst(c, isImage) != nil && strings.TrimSpace(textContent(c)) == "":
				endLine()
				photos++
			case blockTags.has(c.DataAtom):
				endLine()
				if !walk(c) {
					return false
				}
				endLine()
			default:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) || photos == 0 {
		return false
	}
	endLine()
	return lines >= minStoryLines
}
