package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Bounds of a headline found by its place (headingHeadline): at least
// minTitleHead runes, as the document title's starts, and at most
// maxHeadlineRunes; a longer heading is a lede set large.
const maxHeadlineRunes = 200

// maxSiteTitleWords bounds the words of a title that is only a site's
// name: "연합뉴스TV", "KBS WORLD", "The Daily Bugle".
const maxSiteTitleWords = 3

// noteHeading keeps the text of heading c (<h1>–<h3>) as a headline
// candidate for a page whose title tags give only the site's name: the
// first few headings of the page long enough for a headline, in document
// order, leaving out those that are a link's text (another story's
// headline in a list or a ticker).
func (m *meta) noteHeading(c *html.Node, t string) {
	if len(m.headings) >= maxHeads || !isElem(c, atom.H1, atom.H2, atom.H3) {
		return
	}
	t = collapseSpace(t)
	if n := utf8.RuneCountInString(t); n < minTitleHead || n > maxHeadlineRunes || insideLink(c) || isLinkText(c, t) {
		return
	}
	m.headings = append(m.headings, t)
}

// isLinkText reports whether heading c holds a link whose text is the
// heading's whole text t.
func isLinkText(c *html.Node, t string) bool {
	return findFirst(c, func(n *html.Node) bool {
		return n.DataAtom == atom.A && collapseSpace(textContent(n)) == t
	}) != nil
}

// isSiteTitle reports whether title t, the one the page's title tags
// give, is only the site's name: "연합뉴스TV" as the whole <title> of
// every page of a site that sets no og:title. It is when it names the
// site (og:site_name) or reads as a site's name in a few words with none
// of a headline's punctuation: it ends with a word sites end their names
// with (siteWords: 뉴스, 일보, TV) or is an acronym (KBS). A headline may
// hold such a word ("가짜 뉴스 논란") but seldom ends with it.
func isSiteTitle(t, site string) bool {
	if t == "" || len(strings.Fields(t)) > maxSiteTitleWords || strings.ContainsAny(t, `…,"'“”‘’?!·:|[]()`) {
		return false
	}
	if site != "" && strings.EqualFold(t, site) {
		return true
	}
	lt := strings.ToLower(t)
	for _, w := range siteWords {
		if strings.HasSuffix(lt, w) {
			return true
		}
	}
	return isAcronym(t)
}

// headingHeadline returns the headline a page shows when its title tags
// give only the site's name (isSiteTitle): the first heading long enough
// for a headline (noteHeading) that is not that name and does not hold
// it, or "" when there is none. Such a page sets its headline in a
// heading below the site's logo, whose <h1> is often the name again.
func (m *meta) headingHeadline(siteTitle string) string {
	ls := strings.ToLower(siteTitle)
	for _, h := range m.headings {
		if !strings.Contains(strings.ToLower(h), ls) {
			return h
		}
	}
	return ""
}
