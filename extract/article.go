package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/facts"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Version identifies the extractor's rules. Stored with every article, it
// lets the pipeline re-extract pages whose articles came from older rules.
const Version = "0.6.74"

// Errors FromHTML returns for input that holds no article.
var (
	ErrNotHTML   = errors.New("not an html document")
	ErrNoArticle = errors.New("no article text found")
)

// Options tells FromHTML what is known about a page besides its bytes.
type Options struct {
	URL         string // the page's URL, used for relative links and site rules
	ContentType string // the HTTP Content-Type header, for its charset
	// Profiles holds the outlets' extraction rules; nil means the
	// built-in profiles only.
	Profiles *Profiles
	// MaxFacts bounds the facts FromHTML keeps: the first MaxFacts of the
	// article's text, Article.FactsDropped counting the others (see
	// facts.ExtractAtMost). 0 means DefaultMaxFacts, a negative number no
	// bound.
	MaxFacts int
}

// DefaultMaxFacts is the bound on an article's facts when Options.MaxFacts
// is 0. News articles state tens of facts, a long report a few thousand;
// a hostile page of half a million amounts would hold some 500 MB of them
// until the article is saved, twice the memory a Kubernetes job gets.
const DefaultMaxFacts = 20000

// Article is the clean content of one news page.
type Article struct {
	// URL identifies the article: the canonical URL when the page names
	// one that can be an article's (see Canonical), else Options.URL.
	URL        string
	Title      string    // headline without the site suffix
	Byline     string    // reporters as written, e.g. "강나루"
	Published  time.Time // zero when unknown; carries the page's offset
	Modified   time.Time // zero when unknown
	Text       string    // clean body: Paragraphs joined by "\n"
	Paragraphs []string
	Facts      []facts.Fact // facts found in Text, offsets into Text
	// FactsDropped counts the facts of Text past Options.MaxFacts, found
	// and not kept: 0 for every article but a hostile page's.
	FactsDropped int

	Authors []string // reporters' names, one each, without "기자"
	Emails  []string // reporters' e-mail addresses
	// Canonical is the canonical URL the page declares, when it names
	// one, even one that is no article's: a site's home page, a section
	// page, another site, or a URL without the page's article number.
	Canonical string
	Section   string   // the site's section or category, e.g. "IT·과학"
	Lang      string   // language tag of the page, e.g. "ko"
	Captions  []string // photo captions and credits, kept out of Text
	Charset   string   // the charset the page was decoded from
}

// FromHTML extracts the article from an HTML page. It decodes the bytes
// (see Decode), parses them once, reads the metadata, removes page
// furniture, picks the element that holds the body, splits it into
// paragraphs, drops repeated copies and finds the facts in the text, with
// what each amount of money means (facts.Extract), keeping at most
// opt.MaxFacts of them.
//
// It returns an error wrapping ErrNotHTML for binary data or text without
// HTML markup, and one wrapping ErrNoArticle for an empty page or a page
// without body text. It never panics. A page of more than 100,000 start
// tags (a hostile page: real ones open a few thousand elements) is read
// up to its 100,000th.
func FromHTML(page []byte, opt Options) (*Article, error) {
	a, err := fromHTML(page, opt)
	if err != nil {
		return nil, err
	}
	// The facts' relative times (올해, 이날) are read against the
	// article's publication time.
	limit := opt.MaxFacts
	if limit == 0 {
		limit = DefaultMaxFacts
	}
	a.Facts, a.FactsDropped = facts.ExtractAtMost(a.Text, facts.Options{Published: a.Published}, limit)
	return a, nil
}

// fromHTML is FromHTML without the facts: the HTML extractor's own work,
// which the benchmarks also time apart.
func fromHTML(page []byte, opt Options) (*Article, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, fmt.Errorf("empty page: %w", ErrNoArticle)
	}
	text, charset, err := decode(page, opt.ContentType)
	if err != nil {
		return nil, err
	}
	if !looksLikeHTML(text) {
		return nil, fmt.Errorf("no markup: %w", ErrNotHTML)
	}
	root, err := parseHTML(cutTags(text, maxStartTags))
	if err != nil {
		return nil, fmt.Errorf("parse: %w: %w", err, ErrNotHTML)
	}
	a := &Article{URL: opt.URL, Charset: charset}
	m := readMeta(root, opt.URL, opt.Profiles)

	body := findFirst(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		return nil, fmt.Errorf("no body: %w", ErrNoArticle)
	}
	paras, captions, known := extractBody(root, body, m)
	weight := weightOf(paras)
	if weight < maxScriptDOM {
		if sb := m.scriptBody(weight); sb != nil && weight*2 < weightOf(sb.paras) {
			// The DOM holds less than half of the body a script carries: the
			// page renders its article with JavaScript.
			paras, captions = filterLines(sb.paras, sb.captions, m)
			paras = Dedupe(paras)
			weight = weightOf(paras)
		}
	}
	m.outletAuthor()
	m.datelineReporter(paras)
	m.apply(a)
	a.Captions = captions
	a.Paragraphs = paras
	if len(a.Paragraphs) == 0 {
		return nil, fmt.Errorf("no body text: %w", ErrNoArticle)
	}
	if weight < minArticle && !known && !m.isArticle() {
		// A few short lines on a page that does not call itself an
		// article: a section front or a link list.
		return nil, fmt.Errorf("not an article page: %w", ErrNoArticle)
	}
	a.Text = strings.Join(a.Paragraphs, "\n")
	return a, nil
}

// extractBody cleans the page, chooses the article's elements and returns
// their paragraphs and captions, and whether a site profile found them.
func extractBody(root, body *html.Node, m *meta) (paras, captions []string, known bool) {
	var chosen []*html.Node
	prof, doc := m.prof, m.doc
	if prof != nil {
		for _, n := range prof.prepare(doc) {
			m.hints.forget(n) // its class changed
		}
		if m.section == "" {
			m.section = text(doc, prof.section)
		}
	}
	note := findEditorNote(body)
	var deck []string
	var aside *html.Node  // a subtitle or the lede, told apart once the story is chosen
	if len(m.heads) > 0 { // a deck stands under the headline's heading
		deck, aside = findDeckOrAside(body, m.title, m.description())
	}
	t := newStatTable(512, m.hints)
	cl := newCleaner(body, m.hints, m.articleBody)
	cl.weights = t.weights // the prose map's weights, read again below
	cl.clean(body)
	collectStats(t, body, false)
	if prof != nil {
		chosen = prof.bodyNodes(doc)
		known = len(chosen) > 0
	}
	if len(chosen) == 0 {
		chosen = (&scorer{t: t}).choose(body)
	}
	if len(chosen) == 0 {
		return nil, nil, false
	}
	if deck == nil {
		deck = deckBeforeBody(t, chosen[0], descriptionKey(m.description()))
	}
	if deck == nil {
		deck = deckOutsideStory(aside, chosen)
	}
	chosen = withEditorNote(note, chosen)
	dropBoxes(t, chosen, m.boxes)
	pr := &pruner{t: t}
	pg := &paragrapher{t: t}
	for _, n := range chosen {
		pr.prune(n)
		pg.start(n)
		pg.node(n)
		pg.flush()
	}
	pg.moveRepeatedCredits()
	paras, captions = filterLines(pg.paras, pg.captions, m)
	return Dedupe(withDeck(deck, paras)), captions, known
}

// filterLines drops furniture lines, the repeated headline and the
// author's credit repeated as a paragraph, and moves caption lines to
// captions.
func filterLines(paras, captions []string, m *meta) ([]string, []string) {
	titleKey := dupKey(m.title)
	isTitle := func(p string) bool {
		// Compare keys only for paragraphs about as long as the title.
		return titleKey != "" && len(p) <= 2*len(m.title)+8 && len(p)*2+8 >= len(m.title) && dupKey(p) == titleKey
	}
	authorKeys := m.authorLineKeys()
	kinds := make([]lineKind, len(paras))
	for i, p := range paras {
		kinds[i] = classifyLine(p)
	}
	dropAfterSignOff(paras, kinds)
	out := paras[:0]
	for i, p := range paras {
		switch kinds[i] {
		case lineMarked:
			// ▲ leads a photo caption, and also every item of a list
			// (a wire round-up, a personnel list): a line beside
			// another ▲ line is an item, unless it credits a photo.
			inRun := (i > 0 && kinds[i-1] == lineMarked) || (i+1 < len(paras) && kinds[i+1] == lineMarked)
			if !inRun || rePhotoCredit.MatchString(p) {
				captions = append(captions, p)
				continue
			}
		case lineDrop:
			if m.copyrightHolder == "" {
				m.copyrightHolder = copyrightHolder(p)
			}
			continue
		case lineByline:
			for _, e := range reEmail.FindAllString(p, -1) {
				m.emails = appendUnique(m.emails, strings.ToLower(e))
			}
			if len(m.authors) == 0 {
				// The reporter signs the body ("최윤호 기자
				// uknow@donga.com") and nowhere else.
				for _, name := range signatureNames(p) {
					m.authors = appendUnique(m.authors, personName(name, m.outlet()))
				}
			}
			continue
		case lineCaption:
			if prose, credit, ok := splitClosingCredit(p, kinds, i); ok {
				out = append(out, prose)
				captions = append(captions, credit)
				continue
			}
			captions = append(captions, p)
			continue
		}
		if isDateLine(p) || isTitle(p) || isAuthorLine(p, authorKeys) {
			continue
		}
		if len(out) == 0 && i+1 < len(paras) && isOpeningLabel(p) {
			// A magazine's or section's name over the story.
			continue
		}
		if bc := bracketCredit(p); bc != nil {
			// The photo's credit in brackets after the last sentence.
			captions = append(captions, bc[2])
			p = bc[1]
		}
		if prose, credit, ok := splitClosingOutlet(p, kinds, i); ok {
			// The wire's credit run into the last sentence: a credit,
			// not the story's.
			captions = append(captions, credit)
			p = prose
		}
		if prose, addr, ok := splitClosingAddress(p, kinds, i); ok {
			m.emails = appendUnique(m.emails, strings.ToLower(addr))
			p = prose
		}
		if prose, name, addr, ok := splitClosingSignature(p, kinds, i); ok {
			if addr != "" {
				m.emails = appendUnique(m.emails, strings.ToLower(addr))
			}
			if len(m.authors) == 0 {
				m.authors = appendUnique(m.authors, personName(name, m.outlet()))
			}
			p = prose
		}
		out = append(out, p)
	}
	return dropClosingCaptionEcho(out, captions), captions
}

// bracketCredit splits p at a photo's credit in brackets after its last
// sentence (reBracketCredit), trying the expression only on a paragraph
// that ends with a bracket and names a photo or graphic.
func bracketCredit(p string) []string {
	if !strings.HasSuffix(p, ")") && !strings.HasSuffix(p, "]") {
		return nil
	}
	if !strings.Contains(p, "사진") && !strings.Contains(p, "그래픽") && !strings.Contains(p, "영상") && !strings.Contains(p, "이미지") {
		return nil
	}
	return reBracketCredit.FindStringSubmatch(p)
}

// looksLikeHTML reports text that holds at least one tag or comment.
func looksLikeHTML(s []byte) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		c := s[i+1]
		if c == '!' || c == '?' || c == '/' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
	}
	return false
}

// maxScriptDOM is the text weight of a DOM body above which a body in a
// script is not looked for: the page renders its article in HTML.
const maxScriptDOM = 3000

// minArticle is the text weight below which a page must call itself an
// article (see meta.isArticle) for its text to count as one.
const minArticle = 200

// weightOf sums the text weight of paragraphs.
func weightOf(paras []string) int {
	w := 0
	for _, p := range paras {
		k, _ := textWeight(p)
		w += k
	}
	return w
}
