package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a deck: at most maxDeckLines lines of deckLineMin to
// deckLineMax runes each. A deck is a few short lines; anything longer is
// a lede or a summary box, which the body's rules judge.
const (
	maxDeckLines = 4
	deckLineMin  = 4
	deckLineMax  = 120
)

// deckWords are the words of a class or id that name a deck, the
// subtitle lines under a headline: "sub_title1", "subtitle", "subhead",
// "stit" (서울신문's h2.stit), "deck", "dek", "standfirst".
var deckWords = wordSet("subtitle subtit subhead subheadline stit deck dek standfirst")

// findDeck returns the lines of the story's deck when the page sets it in
// an element of its own right after the headline: the <h1> whose text is
// the title, then "<h2 class="sub_title1">고배당·…<br>2006년 이후 …</h2>".
// Korean outlets print two or three such lines between the headline and
// the byline; they are the story's first lines, as they are when the deck
// stands inside the body's element. The element must name itself a deck
// (deckWords) and hold a few short lines of Korean and nothing that reads
// as a date, a byline or other furniture; otherwise there is no deck. It runs before
// the page is cleaned, which drops the headline's block.
//
// An element the page's description repeats word for word (desc, the
// description meta tag: outlets set it to their deck) is a deck whatever
// its name: what it says, the page says of itself twice.
func findDeck(body *html.Node, title, desc string) []string {
	lines, _ := findDeckOrAside(body, title, desc)
	return lines
}

// findDeckOrAside is findDeck that, when it finds no deck, also returns
// the unnamed <p> of text alone right after the headline whose lines read
// as a deck (deckLines): 서울경제's "<h2>제목</h2><p>부제 한 줄</p>" before the
// byline. Such an element is more often the lede, so it is the deck only
// when the story's elements, chosen later, do not hold it
// (deckOutsideStory).
func findDeckOrAside(body *html.Node, title, desc string) (deck []string, aside *html.Node) {
	key := dupKey(title)
	descKey := descriptionKey(desc)
	if key == "" {
		return nil, nil
	}
	h1 := findFirst(body, func(n *html.Node) bool {
		return isElem(n, atom.H1, atom.H2, atom.H3) && dupKey(textContent(n)) == key
	})
	if h1 == nil {
		return nil, nil
	}
	n := h1.NextSibling
	for n != nil && n.Type != html.ElementNode {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			if p := wrapLineAfter(n); p != nil && deckLines(p) != nil {
				return nil, p
			}
			return nil, nil
		}
		n = n.NextSibling
	}
	next := n
	if !isDeckElem(n) && !echoesDesc(n, descKey) && !isSubheading(n, h1) && !linksAsHeadline(n, h1) {
		if n = deckPastHeader(h1, descKey); n == nil {
			if isElem(next, atom.P) && onlyInlineText(next) && deckLines(next) != nil {
				return nil, next
			}
			return nil, nil
		}
	}
	return deckLines(n), nil
}

// wrapLineAfter wraps in a new <p> a line of bare text right after the
// headline that <br> ends and an element follows, as a page that writes
// its paragraphs as text sets its subtitle ("<h2>제목</h2>부제 한
// 줄<br><br><div>…"), and returns the <p>; it returns nil, and changes
// nothing, for any other text. The <p> ends where the line ended, so the
// story's paragraphs stay as they were.
func wrapLineAfter(t *html.Node) *html.Node {
	brs := 0
	c := t.NextSibling
	for ; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case isElem(c, atom.Br):
			brs++
			continue
		}
		break
	}
	if brs == 0 || c == nil || c.Type != html.ElementNode {
		return nil
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	t.Parent.InsertBefore(p, t)
	t.Parent.RemoveChild(t)
	p.AppendChild(t)
	return p
}

// linksAsHeadline reports whether n, the element right after the
// headline, is a link or holds one whose address is the headline's own
// link: 오마이뉴스 sets its subtitle, like its headline, as a link to the
// story ("<h3><a href=X>제목</a></h3><strong><a href=X>부제</a></strong>").
// A list of other stories links elsewhere.
func linksAsHeadline(n, headline *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	ha := findFirst(headline, func(c *html.Node) bool { return c.DataAtom == atom.A })
	if ha == nil || attr(ha, "href") == "" {
		return false
	}
	na := n
	if n.DataAtom != atom.A {
		na = findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.A })
	}
	return na != nil && attr(na, "href") == attr(ha, "href")
}

// onlyInlineText reports whether n holds text, <br> and text styles
// only (<b>, <strong>, <em>, <i>, <span>): no link, button or control, as
// a widget's row of labels has.
func onlyInlineText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode || c.Type == html.CommentNode:
		case isElem(c, atom.Br):
		case isElem(c, atom.B, atom.Strong, atom.Em, atom.I, atom.Span):
			if !onlyInlineText(c) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// deckOutsideStory returns the lines of aside (see findDeckOrAside) when
// none of the story's chosen elements holds it, or nil: outside the story
// it is the header's subtitle, inside it the lede.
func deckOutsideStory(aside *html.Node, chosen []*html.Node) []string {
	if aside == nil {
		return nil
	}
	for _, c := range chosen {
		if isAncestor(c, aside) {
			return nil
		}
	}
	return deckLines(aside)
}

// deckLines returns the lines of n when they read as a deck: a few short
// lines of Korean, none a date, a byline or other furniture.
func deckLines(n *html.Node) []string {
	lines := brLines(n)
	if len(lines) > 1 && isOpeningLabel(lines[0]) {
		// The magazine's label over the deck ("[이코노미조선]") is
		// neither deck nor story.
		lines = lines[1:]
	}
	if len(lines) == 0 || len(lines) > maxDeckLines {
		return nil
	}
	for _, l := range lines {
		// Decks are read on Korean pages only: elsewhere the rule has
		// not been measured.
		if c := utf8.RuneCountInString(l); c < deckLineMin || c > deckLineMax || !hasHangul(l) || classifyLine(l) != 0 || isDateLine(l) {
			return nil
		}
		// A kicker made only of labels, a series' name and "(종합)",
		// says nothing of the story: it is no deck.
		if !hasHangul(reLabelSpan.ReplaceAllString(l, "")) {
			return nil
		}
		if _, ok := parseDate(l, kst); ok {
			return nil // a byline with its date: "홍길동 기자 2025.03.12 05:01"
		}
	}
	return lines
}

// Bounds of deckBeforeBody's look before the body: the ancestors of the
// body's first element it climbs, the siblings before each it reads, and
// the text weight of a sibling it reads into (a header block with the
// headline, byline and share bar is light; the page's menus are not).
const (
	maxDeckClimb    = 4
	maxDeckSiblings = 4
	maxDeckSibling  = 600
)

// deckBeforeBody returns the lines of a deck that stands just before the
// body's first element, outside it, when no headline leads to it (the
// headline is no <h1>, as on YTN), among the few light siblings before
// first or before one of its nearest ancestors: an element the page's
// description repeats word for word (descKey, see echoesDesc), or a block
// of short lines set apart by <br> and nothing else (lineDeck), which a
// page that gives no description, or one that gives its lede, still
// shows.
func deckBeforeBody(t *statTable, first *html.Node, descKey string) []string {
	for a, climb := first, 0; a != nil && climb < maxDeckClimb; a, climb = a.Parent, climb+1 {
		seen := 0
		for s := a.PrevSibling; s != nil && seen < maxDeckSiblings; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if t.get(s).text > maxDeckSibling {
				return nil
			}
			if descKey != "" {
				if d := findFirst(s, func(n *html.Node) bool { return echoesDesc(n, descKey) }); d != nil {
					return deckLines(d)
				}
			}
			if lines := lineDeck(s); lines != nil {
				return lines
			}
		}
	}
	return nil
}

// lineDeck returns the lines of a deck that s holds and nothing else: an
// element of text and <br> alone (no link, image or other element), two
// to maxDeckLines lines that read as a deck (deckLines) and end no
// sentence, such as YTN's "<span>권경애, 논란 이후 첫 입장 표명<br>"잠적은
// 아냐"</span>" or Daum's "<strong>"…감상 가능할 것"<br>…미지수</strong>"
// before the story. A caption or a note ends its sentence; a single
// line is too little to tell a deck from a label.
func lineDeck(s *html.Node) []string {
	n := s
	for n.FirstChild != nil && !hasBr(n) {
		// Down through wrappers that hold one element and blank text.
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && only == nil:
				only = c
			case c.Type == html.ElementNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return nil
			}
		}
		if only == nil {
			return nil
		}
		n = only
	}
	if !isElem(n, atom.Span, atom.Strong, atom.B, atom.P, atom.Div, atom.H2, atom.H3, atom.H4) {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom != atom.Br && !isBoldLine(c) {
			return nil
		}
	}
	lines := deckLines(n)
	if len(lines) < 2 {
		return nil
	}
	for _, l := range lines {
		if strings.HasSuffix(strings.TrimRight(l, `"'”’)`), ".") {
			return nil
		}
	}
	return lines
}

// isBoldLine reports an inline emphasis element that holds text alone, as
// a deck sets each of its lines: "<strong>미국과 중국 마찰
// 불가피</strong><br>".
func isBoldLine(n *html.Node) bool {
	if !isElem(n, atom.Strong, atom.B, atom.Em, atom.Span, atom.Font) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.TextNode {
			return false
		}
	}
	return true
}

// hasBr reports whether one of n's children is a <br>.
func hasBr(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Br {
			return true
		}
	}
	return false
}

// Bounds of the walk past the headline's block (deckPastHeader): the
// nodes it visits, and the longest text it passes over, in runes. The
// byline, date, view count and share buttons between a headline and its
// deck are short; a sentence is longer, and ends the walk.
const (
	maxDeckWalk     = 300
	maxHeaderTextLn = 30
	// maxHeaderLinkLn bounds the text of a link the walk passes over: the
	// header's links are buttons ("댓글", "기자 더보기"); a longer one is
	// the headline of another story, in a list the deck is not part of.
	maxHeaderLinkLn = 12
)

// isDeckElem reports whether n is an element that can hold a deck and
// names itself one.
func isDeckElem(n *html.Node) bool {
	return isElem(n, atom.H2, atom.H3, atom.H4, atom.P, atom.Div, atom.Strong) && namesDeck(n)
}

// isSubheading reports whether n, the element right after the headline,
// is a heading of a lower rank than the headline's (<h2>–<h4> under an
// <h1>, <h3> under an <h2>) with no link in it: the headline's subtitle,
// whatever its name, as a page that names nothing and gives no
// description sets its deck ("<h1>제목</h1><h2>부제 한 줄<br>부제 두
// 줄</h2>", 뉴스1's "<h2>제목</h2><h3>부제</h3>"). deckLines still judges
// its lines; a paragraph after the headline is not taken, as it is more
// often the lede.
func isSubheading(n, headline *html.Node) bool {
	return headingRank(n) > headingRank(headline) && findFirst(n, func(c *html.Node) bool { return c.DataAtom == atom.A }) == nil
}

// minPastDeck is the shortest text, in runes, of an unnamed heading past
// the header that deckPastHeader takes for a deck: a box's label
// ("뉴스 요약쏙", "관련 뉴스") is shorter.
const minPastDeck = 10

// isSubheadingPast reports whether n, met past the headline's block, is
// a lower heading that reads as a deck (isSubheading) rather than the
// label of a box: long enough, and no boxRules label.
func isSubheadingPast(n, headline *html.Node) bool {
	if !isSubheading(n, headline) {
		return false
	}
	t := collapseSpace(textContent(n))
	return utf8.RuneCountInString(t) >= minPastDeck && boxRuleOf(t) == nil
}

// headingRank returns 1 to 4 for <h1> to <h4>, and 0 for any other node.
func headingRank(n *html.Node) int {
	switch {
	case n == nil || n.Type != html.ElementNode:
		return 0
	case n.DataAtom == atom.H1:
		return 1
	case n.DataAtom == atom.H2:
		return 2
	case n.DataAtom == atom.H3:
		return 3
	case n.DataAtom == atom.H4:
		return 4
	}
	return 0
}

// echoesDesc reports whether n is an element that can hold a deck and
// whose text is descKey, the key (dupKey) of the page's description. It
// reads n's text only as long as it matches, so a long element costs
// little.
func echoesDesc(n *html.Node, descKey string) bool {
	if descKey == "" || !isElem(n, atom.H2, atom.H3, atom.H4, atom.P, atom.Div, atom.Strong, atom.Span) {
		return false
	}
	rest, ok := descKey, true
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				k := dupKey(c.Data)
				if !strings.HasPrefix(rest, k) {
					ok = false
					return
				}
				rest = rest[len(k):]
			case isElem(c, atom.Script, atom.Style, atom.Noscript, atom.Template):
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return ok && rest == ""
}

// deckPastHeader returns the deck element that stands after the
// headline's block rather than right after the <h1>: 머니투데이 prints
// the headline, then the byline, the date and the share bar, and only
// then "<h2 class="sub_subject">…</h2>" at the top of the article's
// element. It walks the page in document order from the headline and
// returns the first element that names itself a deck, as long as all the
// text it passes is short (the header's furniture); it returns nil at a
// longer text, which is the story, at a link that reads as another
// story's headline, or after maxDeckWalk nodes.
func deckPastHeader(h1 *html.Node, descKey string) *html.Node {
	n := h1
	for steps := 0; steps < maxDeckWalk; steps++ {
		n = nextSkipping(n, h1)
		switch {
		case n == nil:
			return nil
		case n.Type == html.TextNode:
			c := utf8.RuneCountInString(collapseSpace(n.Data))
			if c > maxHeaderTextLn || (c > maxHeaderLinkLn && insideLink(n)) {
				return nil
			}
		case isDeckElem(n) || echoesDesc(n, descKey) || isSubheadingPast(n, h1):
			return n
		}
	}
	return nil
}

// nextSkipping returns the node after n in document order, past n's
// children when n is the headline (an <h1>, or head) or an element whose
// text is never shown (scripts, styles, templates).
func nextSkipping(n, head *html.Node) *html.Node {
	if n.FirstChild != nil && n != head && n.DataAtom != atom.H1 && !isElem(n, atom.Script, atom.Style, atom.Noscript, atom.Template) {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// namesDeck reports whether n's class or id has a word of deckWords, the
// words split at non-letters ("sub_title1" gives "sub" and "title", so
// the value is also read with its separators removed).
func namesDeck(n *html.Node) bool {
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		words := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return !unicode.IsLetter(r) })
		for _, w := range words {
			if deckWords[w] {
				return true
			}
		}
		// Naver names its copy of the outlet's deck media_end_summary,
		// 머니투데이 its deck sub_subject.
		if joined := strings.Join(words, ""); strings.Contains(joined, "subtitle") || strings.Contains(joined, "subhead") || strings.Contains(joined, "endsummary") || strings.Contains(joined, "subsubject") {
			return true
		}
	}
	return false
}

// brLines returns the text of n split at its <br> elements, each line
// with its white space collapsed; empty lines are left out.
func brLines(n *html.Node) []string {
	var lines []string
	var b strings.Builder
	flush := func() {
		if s := collapseSpace(b.String()); s != "" {
			lines = append(lines, s)
		}
		b.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case isElem(n, atom.Br):
			flush()
			return
		case isElem(n, atom.Script, atom.Style, atom.Noscript, atom.Template):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return lines
}

// withDeck puts the deck's lines before the body's paragraphs, unless
// the body already holds one of them (the deck stood inside the body's
// element, or the page repeats it there).
func withDeck(deck, paras []string) []string {
	if len(deck) == 0 {
		return paras
	}
	for _, d := range deck {
		k := dupKey(d)
		for _, p := range paras {
			if strings.Contains(dupKey(p), k) {
				return paras
			}
		}
	}
	return append(append([]string(nil), deck...), paras...)
}

// description returns the page's description: the description meta tag,
// else og:description.
func (m *meta) description() string {
	if d := m.props["description"]; d != "" {
		return d
	}
	return m.props["og:description"]
}

// descriptionKey returns the key (dupKey) of a page's description, or "" when it
// is too short to tell a deck by or reads as a lede.
func descriptionKey(desc string) string {
	// A description that states a sentence ("…밝혔다.") is the story's
	// lede, which no deck line is: the deck rules then cost nothing.
	if strings.Contains(desc, "다.") {
		return ""
	}
	k := dupKey(desc)
	if utf8.RuneCountInString(k) < deckLineMin {
		return ""
	}
	return k
}
