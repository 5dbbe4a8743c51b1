package extract

import (
	"net/url"

	"github.com/PuerkitoBio/goquery"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about its article outside the body: meta tags,
// JSON-LD, <time>, the visible date and reporter lines. readMeta gathers
// the raw values in one walk; choose settles them.
type meta struct {
	pageURL string

	htmlLang, contentLang string
	props                 map[string]string // meta property/name/itemprop → content, first wins
	docTitle              string
	h1                    []string
	heads                 []string // the first <h1>…<h4> headings, for shownHeadline
	headings              []string // the first <h1>…<h3> long enough for a headline, no link's text (noteHeading)
	canonical             string
	ld                    ldArticle
	timeAttr              string     // first <time datetime>
	dataPub, dataMod      string     // data-date-time and data-modify-date-time attributes
	visPub, visMod        string     // labelled visible dates: 입력/등록/송고, 수정
	visDate               string     // first date in an element named date or time
	visByline             string     // a date on a reporter line: "홍길동 기자 | 2020-03-04 16:52"
	visLoose              string     // a date and clock alone in a text after the first <h1>
	visLooseDay           string     // a day alone in a text after the first <h1>, no clock
	mastheadSeen          bool       // a masthead's 등록일 or 발행일 was met: its day is the paper's
	shownTitle            string     // a text of the body that is a start of the document title (echoTitle)
	titleHeads            []string   // the starts of the document title echoTitle looks for
	titleHeadsDone        bool       // titleHeads is computed
	pendingLabel          string     // a date label whose date is in the next text
	clockFor              *string    // a labelled day (visPub or visMod) whose clock may be the next text
	boxes                 []boxLabel // labels that head furniture boxes
	prof                  *Profile   // the outlet's profile, or nil
	doc                   *goquery.Document
	ruleTitle, ruleDate   string          // the title and date the profile's rules select
	bylines               []string        // text of reporter and byline boxes
	copyrightHolder       string          // the name the body's copyright line gives: "Copyright © 새벽일보."
	mailtos               []string        // e-mail addresses in reporter boxes
	script                *scriptBody     // a body found only in a script
	app                   appState        // Next.js and Nuxt app state
	signs                 map[string]bool // profile signIDs present on the page
	hints                 *hintCache      // class and id hints of the page's elements
	articleBody           []*html.Node    // elements marked itemprop=articleBody
	articleTag            bool            // the page has an <article> element

	// chosen values
	title, section, lang string
	authors, emails      []string
	published, modified  stamp
}

// metaKeys are the meta tags readMeta keeps, by property, name or itemprop.
var metaKeys = wordSet(
	"og:title twitter:title title og:site_name og:url og:locale application-name",
	"article:published_time article:modified_time article:published article:modified",
	"og:published_time og:updated_time og:article:published_time og:article:modified_time",
	"datepublished datemodified datecreated pubdate publishdate date dc.date dc.date.issued",
	"sailthru.date parsely-pub-date article.published article.updated last-modified",
	"article:section og:article:section section articlesection",
	"author article:author og:article:author dable:author byl sailthru.author parsely-author",
	"description og:description content-language og:type",
)

// readMeta walks the whole page once, before any cleaning, and finds the
// page's profile among ps (nil: the built-in ones).
func readMeta(root *html.Node, pageURL string, ps *Profiles) *meta {
	m := &meta{pageURL: pageURL, props: make(map[string]string), hints: newHintCache(512)}
	m.walk(root, false, false)
	if m.prof = ps.forPage(pageURL, m.signs); m.prof != nil {
		m.doc = goquery.NewDocumentFromNode(root)
		m.ruleTitle = text(m.doc, m.prof.title)
		m.ruleDate = m.prof.dateText(m.doc)
	}
	m.choose()
	return m
}

// walk reads the elements under n. Inside a byline box it also collects
// e-mail links; inside page furniture (quiet) it reads only the machine
// metadata (meta, link, JSON-LD), since footers, menus and related lists
// show other articles' dates and names.
func (m *meta) walk(n *html.Node, inByline, quiet bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			m.textNode(c, quiet)
			continue
		case html.ElementNode:
		default:
			continue
		}
		switch c.DataAtom {
		case atom.Html:
			m.htmlLang = attr(c, "lang")
		case atom.Meta:
			m.metaTag(c)
			continue
		case atom.Link:
			if m.canonical == "" && strings.EqualFold(attr(c, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attr(c, "href"))
			}
			continue
		case atom.Title:
			if m.docTitle == "" {
				m.docTitle = textContent(c)
			}
			continue
		case atom.Script:
			m.scriptTag(c)
			continue
		case atom.Style, atom.Noscript, atom.Template, atom.Svg:
			continue
		case atom.Footer, atom.Nav:
			m.walk(c, false, true)
			continue
		}
		if quiet {
			m.walk(c, false, true)
			continue
		}
		m.element(c, inByline)
		byline := inByline
		h := m.hints.get(c)
		if h&hintTitle != 0 && h&hintJunk == 0 && !isHeading(c) && len(m.heads) < maxHeads {
			// A headline set in an element that names itself one, not an
			// <h1>-<h4>: the articleView CMS's div.article-head-title.
			if t := textContent(c); t != "" && len(t) < 400 {
				m.heads = append(m.heads, t)
			}
		}
		switch {
		case h&hintJunk != 0 && h&hintContent == 0 && h&hintByline == 0 && !byline:
			m.walk(c, false, true)
			continue
		case h&hintByline != 0 && !byline && !insideLink(c):
			// A byline inside a link names the author of another
			// article: a related story, a premium column.
			byline = true
			if s := textContent(c); s != "" && len(s) < 300 {
				m.bylines = append(m.bylines, s)
			}
		case h&hintDate != 0:
			s := textContent(c)
			switch {
			case len(s) >= 120:
			case m.visDate == "":
				if _, ok := parseDate(s, kst); ok {
					m.visDate = s
				} else if sm := reShortYearDate.FindStringSubmatch(s); sm != nil {
					// "24.03.05 14:22": this century's.
					if _, ok := parseDate("20"+sm[1], kst); ok {
						m.visDate = "20" + sm[1]
					}
				}
				if m.visDate != "" {
					m.nameBeforeDate(c)
				}
			case reClockOnly.MatchString(s) && !reClock.MatchString(m.visDate):
				// The clock in an element of its own after the day's:
				// <span class="date">2024.03.05</span> <span
				// class="time">오후 2:22</span>.
				m.visDate += " " + s
			}
		}
		m.walk(c, byline, false)
	}
}

// scriptTag reads JSON-LD and the Arc XP story from a script.
func (m *meta) scriptTag(c *html.Node) {
	if c.FirstChild == nil {
		return
	}
	src := c.FirstChild.Data
	switch {
	case strings.Contains(attr(c, "type"), "ld+json"):
		m.ld.read(src)
	case m.script == nil && strings.Contains(src, fusionMarker):
		m.script = readFusion(src)
	default:
		m.app.add(attr(c, "id"), src)
	}
}

// element reads what one element of the visible page says: <article>,
// <h1>, <time>, e-mail links in bylines, data-* times, profile marks and
// itemprop=articleBody.
func (m *meta) element(c *html.Node, inByline bool) {
	switch c.DataAtom {
	case atom.Article:
		m.articleTag = true
	case atom.H1, atom.H2, atom.H3, atom.H4:
		if len(m.heads) >= maxHeads {
			break
		}
		t := textContent(c)
		m.heads = append(m.heads, t)
		m.noteHeading(c, t)
		if c.DataAtom == atom.H1 && len(m.h1) < 3 {
			m.h1 = append(m.h1, t)
		}
	case atom.Time:
		if m.timeAttr == "" {
			m.timeAttr = attr(c, "datetime")
		}
	case atom.A:
		if href := attr(c, "href"); inByline && strings.HasPrefix(strings.ToLower(href), "mailto:") {
			m.mailtos = append(m.mailtos, strings.TrimSpace(href[len("mailto:"):]))
		}
	}
	for _, a := range c.Attr {
		switch a.Key {
		case "data-date-time", "data-published-time", "data-published":
			if m.dataPub == "" {
				m.dataPub = a.Val
			}
		case "data-modify-date-time", "data-modified-time", "data-updated-time":
			if m.dataMod == "" {
				m.dataMod = a.Val
			}
		case "id":
			if isSignID(a.Val) {
				if m.signs == nil {
					m.signs = make(map[string]bool)
				}
				m.signs[a.Val] = true
			}
		case "itemprop":
			switch a.Val {
			case "articleBody":
				m.articleBody = append(m.articleBody, c)
			case "datePublished", "dateModified":
				// Microdata on a visible element: <span itemprop=
				// "datePublished" content="2024-03-05T14:22:00+09:00">.
				if v := firstNonEmpty(attr(c, "content"), attr(c, "datetime")); v != "" && c.DataAtom != atom.Meta {
					if k := strings.ToLower(a.Val); m.props[k] == "" {
						m.props[k] = strings.TrimSpace(v)
					}
				}
			}
		}
	}
}

// metaTag keeps the content of a meta tag named in metaKeys.
func (m *meta) metaTag(n *html.Node) {
	content := attr(n, "content")
	if strings.TrimSpace(content) == "" {
		return
	}
	if strings.EqualFold(attr(n, "http-equiv"), "content-language") {
		m.contentLang = content
		return
	}
	for _, key := range []string{"property", "name", "itemprop"} {
		for _, k := range strings.Fields(strings.ToLower(attr(n, key))) {
			if metaKeys[k] {
				if _, ok := m.props[k]; !ok {
					m.props[k] = strings.TrimSpace(content)
				}
			}
		}
	}
}

// textNode reads a text of the page: labels of furniture boxes (see
// boxRules) and dates shown as text (see text). Inside furniture (quiet)
// only "기사입력" and "최종수정" are read: furniture shows other
// articles' dates, but these always label the page's own (old Naver
// layouts put them in a box named "sponsor").
func (m *meta) textNode(c *html.Node, quiet bool) {
	// Trimmed before any length is read: a saved page may indent a short
	// label or date by as many spaces as it is deep (prettify()).
	s := strings.TrimSpace(c.Data)
	if !quiet {
		m.echoTitle(s)
	}
	if len(s) <= 300 && isBlank(s) {
		// White space between tags, most of a page's text nodes: no
		// label, date or box label, and nothing the checks below change.
		return
	}
	if len(s) > 300 || inMasthead(c, s) {
		m.pendingLabel = ""
		if len(s) <= 300 {
			m.mastheadSeen = true // no day alone after it is the story's
		}
		return
	}
	if !hasHighByte(s) {
		// No Hangul: only English labels can be there.
		if !quiet && containsAny(s, englishDateLabels) {
			m.text(s)
		} else if (m.pendingLabel != "" || m.clockFor != nil) && !isBlank(s) {
			m.text(s)
		} else if !quiet && (hasDateDigits(s) || hasYearWord(s)) {
			m.loose(s)
		}
		return
	}
	if len(s) <= maxBoxLabel+20 {
		if r := boxRuleOf(s); r != nil {
			m.boxes = append(m.boxes, boxLabel{c, r})
		}
	}
	// A date line may stand in a box whose class reads as an ad's: Naver's
	// and ZUM's div.sponsor ("기사입력 …", "l 입력 <span
	// class=date>…</span>"). There the labels are read, alone in their
	// text or with 기사입력 and 최종수정 anywhere in it, and the date after them.
	if !quiet || m.pendingLabel != "" || strings.Contains(s, "기사입력") || strings.Contains(s, "최종수정") || isLabelAlone(s) {
		m.text(s)
	}
}

// isLabelAlone reports whether s is only a date label, a colon aside
// ("입력", " 수정 : "): a label in a text node of its own before the
// date's element.
func isLabelAlone(s string) bool {
	s = strings.TrimSpace(s) // a saved page's indentation is no part of the label
	return len(s) <= 40 && dateLabelWords[strings.TrimRight(s, labelTail)]
}

// labelTail is what may stand between a date label and its date in an
// element of its own: a colon or a bar ("송고시간 | <em>2019-06-02
// 14:43</em>").
const labelTail = ":：|ㅣ "

// inMasthead reports whether text s of node c gives the publication's
// registration or first issue in its masthead ("등록일:2009.12.24",
// "발행일 : 2010-01-05" beside "등록번호 서울 아01084" and "제호"): the
// paper's dates, never the story's, which a footer the hints do not
// mark would otherwise give a page without a date of its own. The
// ancestors' text is read only for such a label, up to three levels.
func inMasthead(c *html.Node, s string) bool {
	if !strings.Contains(s, "등록일") && !strings.Contains(s, "발행일") {
		return false
	}
	for p, i := c.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		t := textContent(p)
		if len(t) > 3000 {
			break
		}
		if strings.Contains(t, "등록번호") || strings.Contains(t, "제호") {
			return true
		}
	}
	return false
}

// hasHighByte reports whether s holds a byte of a non-ASCII character.
func hasHighByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// englishDateLabels are the words of reDateLabel's English labels.
var englishDateLabels = []string{"ublished", "pdated", "osted"}

// text looks for labelled visible dates: "입력 2023.04.07 (19:13)",
// "등록 … / 수정 …", "송고시간 …", "Updated …", also when the label and
// the date stand in elements of their own ("기사입력 <span>2020.05.01.
// 오전 7:44</span>"), and for a date on a reporter line ("이용민 기자 |
// 2020-03-04 16:52:59").
func (m *meta) text(s string) {
	if m.clockFor != nil && !isBlank(s) {
		// "입력 <span>2024.03.05</span> <span>14:22</span>": the clock
		// of a labelled day in the next text.
		target := m.clockFor
		m.clockFor = nil
		if t := strings.TrimSpace(s); reClockOnly.MatchString(t) {
			*target += " " + t
			return
		}
	}
	if m.pendingLabel != "" && !isBlank(s) {
		label := m.pendingLabel
		m.pendingLabel = ""
		// The colon may stand on the date's side: "입력 <span>: 2019.03.07
		// 11:25</span>".
		if t := strings.TrimLeft(strings.TrimSpace(s), ":： "); t != "" && len(t) < 80 && (isDigit(t[0]) || hasYearWord(t)) {
			if _, ok := parseDate(t, kst); ok {
				m.visible(label, t)
				return
			}
		}
	}
	if len(s) > 300 || (m.visPub != "" && m.visMod != "") {
		return
	}
	if !hasDateDigits(s) {
		if hasYearWord(s) {
			// "Published : April 19, 2023 15:41": a date with the
			// month's English name.
			if lm := reEnglishDateLabel.FindStringSubmatchIndex(s); lm != nil {
				m.visible(s[lm[2]:lm[3]], s[lm[4]:lm[5]])
				return
			}
		}
		// No date here ("5일", "30%" are none): only a label waiting
		// for its date in the next text.
		if !strings.ContainsAny(s, "0123456789") && containsAny(s, dateLabels) {
			if t := strings.TrimRight(strings.TrimSpace(s), labelTail); dateLabelWords[t] {
				m.pendingLabel = t
			}
		}
		return
	}
	if m.visByline == "" && strings.Contains(s, "기자") {
		if lm := reBylineDate.FindStringSubmatch(s); lm != nil {
			m.visByline = lm[2]
			m.bylines = append(m.bylines, lm[1]+" 기자")
		}
	}
	if !containsAny(s, dateLabels) {
		m.loose(s)
		return
	}
	if lms := reDateBeforeLabel.FindAllStringSubmatch(s, -1); lms != nil {
		// "2019-06-02 10:23 송고 | 2019-06-02 11:05 최종수정": each date
		// is its label's, not the next label's.
		for _, lm := range lms {
			m.visible(lm[2], lm[1])
		}
		return
	}
	found := false
	for _, lm := range reDateLabel.FindAllStringSubmatch(s, -1) {
		found = true
		if weakDateLabels[lm[1]] && !reClock.MatchString(lm[2]) {
			continue // "회사채 발행 2024년 3월": a word of prose before a date
		}
		m.visible(lm[1], lm[2])
	}
	if found {
		return
	}
	for _, lm := range reShortYearLabel.FindAllStringSubmatch(s, -1) {
		m.visible(lm[1], "20"+lm[2]) // "입력 24.03.05 14:22": this century's
	}
}

// loose keeps the first text after the page's first <h1> that is only a
// date with a clock, unlabelled, as some layouts list it beside the
// reporter ("<li>2026-01-06 14:51</li>", 오마이뉴스's "19.06.03 10:15"):
// the page's time when it has no other. A date before the headline is the site's clock; one inside a
// sentence is the story's.
func (m *meta) loose(s string) {
	if m.visLoose != "" || len(m.h1) == 0 {
		return
	}
	t := strings.TrimSpace(s)
	if len(t) > 40 {
		return
	}
	if !reClock.MatchString(t) {
		// "2017-11-04 (토)": a day alone, kept apart as the last resort.
		if m.visLooseDay == "" && !m.mastheadSeen && hasDateDigits(t) {
			if loc := reDate.FindStringIndex(t); loc != nil && loc[0] == 0 && loc[1] == len(t) {
				m.visLooseDay = t
			}
		}
		return
	}
	if loc := reDate.FindStringIndex(t); loc != nil && loc[0] == 0 && loc[1] == len(t) {
		m.visLoose = t
		return
	}
	// "15:41 April 19, 2023": the month's English name.
	if loc := reEnglishDate.FindStringIndex(t); loc != nil && loc[0] == 0 && loc[1] == len(t) {
		m.visLoose = t
		return
	}
	// "19.06.03 10:15": a two-digit year, this century's, with its clock.
	if sm := reShortYearDate.FindStringSubmatch(t); sm != nil && len(sm[0]) == len(t) {
		m.visLoose = "20" + sm[1]
	}
}

// hasYearWord reports whether s holds a year as a word of its own, four
// digits from 1900 to 2199 after a space, a comma or the start and
// before no digit ("April 19, 2023"): a cheap test before the English
// date's expression, which most text fails.
func hasYearWord(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] != '1' || s[i+1] != '9') && (s[i] != '2' || (s[i+1] != '0' && s[i+1] != '1')) {
			continue
		}
		if !isDigit(s[i+2]) || !isDigit(s[i+3]) || (i+4 < len(s) && isDigit(s[i+4])) {
			continue
		}
		if i == 0 || s[i-1] == ' ' || s[i-1] == ',' {
			return true
		}
	}
	return false
}

// hasDateDigits reports whether s may hold a date with a year: two digits
// followed by '.', '-', '/' or 년 ("2024.03.05", "24-03-05", "2024년").
// A cheap test before the expressions, which most text fails.
func hasDateDigits(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !isDigit(s[i]) || !isDigit(s[i+1]) {
			continue
		}
		switch c := s[i+2]; {
		case c == '.' || c == '-' || c == '/':
			return true
		case c == 0xEB && strings.HasPrefix(s[i+2:], "년"):
			return true
		}
	}
	return false
}

// isDigit reports an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// weakDateLabels are date labels that are also common words of prose
// (채권 발행, 글 작성, 기사 게재): in running text they label the page's
// date only with a clock after the date ("게재 2024.03.05 14:22"). In an
// element of their own before the date they need none.
var weakDateLabels = wordSet("게재 발행 작성 전송")

// visible keeps a date shown under a label: the first modification date
// and the first publication date.
func (m *meta) visible(label, date string) {
	switch label {
	case "수정", "최종수정", "업데이트", "Updated", "updated", "갱신", "수정일", "최종수정일":
		if m.visMod == "" {
			m.visMod = date
			m.awaitClock(&m.visMod)
		}
	default:
		if m.visPub == "" {
			m.visPub = date
			m.awaitClock(&m.visPub)
		}
	}
}

// awaitClock lets the next text give the clock of a labelled day shown
// without one (see text).
func (m *meta) awaitClock(date *string) {
	if !reClock.MatchString(*date) {
		m.clockFor = date
	}
}

// dateLabelWords are the labels that may stand alone before a date in an
// element of its own.
var dateLabelWords = wordSet("기사입력 최초입력 입력 입력일 등록 등록일 등록일시 송고 송고시간 승인 최종수정 수정 수정일 최종수정일 업데이트 갱신 Published Updated",
	"게재 게재일 게재일시 발행 발행일 발행일시 작성 작성일 작성일시 기사전송 전송 보도일 보도일시 보도시간")

// dateLabels are the words reDateLabel starts with, as a cheap test.
var dateLabels = []string{"입력", "등록", "송고", "승인", "수정", "업데이트", "갱신", "게재", "발행", "작성", "전송", "보도", "ublished", "pdated", "osted"}

// choose settles the title, dates, authors and the rest from the raw
// values.
func (m *meta) choose() {
	m.lang = m.chooseLang()
	loc := m.zone()
	m.title = m.chooseTitle()
	if t := cleanTitle(m.ruleTitle); t != "" {
		m.title = t
	}
	var storyPub string // the Arc XP story's display date, where its meta tag misdates it
	if m.script != nil {
		storyPub = draftedEarly(loc, m.script.published, m.props["article:published_time"])
	}
	m.published = chooseStamp(loc, m.visPub, m.visDate,
		storyPub, m.ld.Published, m.props["article:published_time"], m.props["og:published_time"],
		m.props["og:article:published_time"], m.props["article:published"], m.props["datepublished"],
		m.timeAttr, m.dataPub, m.props["pubdate"], m.props["publishdate"], m.props["parsely-pub-date"],
		m.props["sailthru.date"], m.props["dc.date.issued"], m.props["dc.date"], m.props["date"],
		m.props["datecreated"], m.props["article.published"])
	if m.ruleDate != "" {
		// The outlet's own rule names the element: it wins.
		if st, ok := m.prof.parseRuleDate(m.ruleDate); ok {
			if loc == kst {
				st.t = st.t.In(kst)
			}
			m.published = st
		}
	}
	if m.published.t.IsZero() && m.visByline != "" {
		// No other date: the one on the reporter line.
		m.published = chooseStamp(loc, m.visByline, "")
	}
	if m.published.t.IsZero() && m.visLoose != "" {
		// Still none: a date and clock alone after the headline.
		m.published = chooseStamp(loc, m.visLoose, "")
	}
	if m.published.t.IsZero() && m.visLooseDay != "" {
		// Nothing else: the day alone after the headline.
		m.published = chooseStamp(loc, m.visLooseDay, "")
	}
	m.modified = chooseStamp(loc, m.visMod, "",
		m.ld.Modified, m.props["article:modified_time"], m.props["og:article:modified_time"],
		m.props["article:modified"], m.props["datemodified"], m.dataMod, m.props["og:updated_time"],
		m.props["article.updated"], m.props["last-modified"])
	m.section = firstNonEmpty(m.ld.Section, m.props["article:section"], m.props["og:article:section"],
		m.props["articlesection"], m.props["section"])
	m.authors, m.emails = m.chooseAuthors()
}

// zone is the zone of times the page writes without one: KST for a
// Korean page, else UTC.
func (m *meta) zone() *time.Location {
	if m.lang == "ko" || strings.HasSuffix(hostOf(m.pageURL), ".kr") {
		return kst
	}
	return time.UTC
}

// chooseLang returns the primary language subtag the page declares.
func (m *meta) chooseLang() string {
	for _, l := range []string{m.htmlLang, m.contentLang, m.ld.Lang, m.props["og:locale"]} {
		l = strings.ToLower(strings.TrimSpace(l))
		if i := strings.IndexAny(l, "-_,; "); i >= 0 {
			l = l[:i]
		}
		if len(l) >= 2 && len(l) <= 3 {
			return l
		}
	}
	if hasHangul(m.docTitle) || hasHangul(m.props["og:title"]) {
		return "ko"
	}
	return ""
}

// canonicalURL returns the page's canonical URL, resolved against its
// address.
func (m *meta) canonicalURL() string {
	c := firstNonEmpty(m.canonical, m.props["og:url"])
	if c == "" {
		return ""
	}
	u, err := url.Parse(c)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && m.pageURL != "" {
		base, err := url.Parse(m.pageURL)
		if err != nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

// apply copies the chosen values into a.
func (m *meta) apply(a *Article) {
	a.Title = m.title
	a.Published = m.published.t
	a.Modified = m.modified.t
	a.Authors = m.authors
	a.Emails = m.emails
	a.Byline = strings.Join(m.authors, ", ")
	a.Section = m.section
	a.Lang = m.lang
	if c := m.canonicalURL(); c != "" {
		a.Canonical = c
		if TrustCanonical(c, m.pageURL) {
			a.URL = c
		}
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// hasHangul reports whether s holds a Hangul syllable.
func hasHangul(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

// scriptBody returns the article body the page carries in a script: the
// Arc XP story, else the heavier of the JSON-LD articleBody and the body
// in the app state of Next.js or Nuxt (see appState). The app state,
// costly to read, is read only when it may hold twice the weight of the
// DOM's body, domWeight, and the JSON-LD body does not.
func (m *meta) scriptBody(domWeight int) *scriptBody {
	if m.script != nil {
		return m.script
	}
	var ld *scriptBody
	if m.ld.Body != "" {
		ld = ldBody(m.ld.Body)
	}
	if ld != nil && weightOf(ld.paras) > domWeight*2 {
		return ld
	}
	app := m.app.body()
	switch {
	case app == nil:
		return ld
	case ld == nil || weightOf(app.paras) > weightOf(ld.paras):
		return app
	}
	return ld
}

// isArticle reports whether the page calls itself an article: og:type
// article, a JSON-LD article, a publication time, an <article> element or
// an element marked itemprop=articleBody.
func (m *meta) isArticle() bool {
	return strings.HasPrefix(strings.ToLower(m.props["og:type"]), "article") || m.ld.isArticle ||
		!m.published.t.IsZero() || m.articleTag || len(m.articleBody) > 0
}

// draftedEarly returns story, an Arc XP story's display date, when it
// should stand before the page's meta time: when the page has none, or
// when the meta time is more than an hour earlier. Some Arc sites write
// the draft's created_date into article:published_time; a print edition's
// story drafted the afternoon before is shown to readers at 3 a.m., and
// its meta tag would date it a day early. Minutes apart, the meta tag is
// the page's own declared time and is kept.
func draftedEarly(loc *time.Location, story, metaTime string) string {
	st, ok := parseDate(story, loc)
	if !ok {
		return ""
	}
	mt, ok := parseDate(metaTime, loc)
	if !ok || st.t.Sub(mt.t) > time.Hour {
		return story
	}
	return ""
}
