package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// titleSeparators split a document title from the site name around it:
// "제목 | KBS 뉴스", "Title - The Site". Some sites type a letter or a
// jamo for the bar: a lowercase L ("Title l KBS WORLD"), the vowel ㅣ
// ("제목 ㅣ 새벽일보") or a box-drawing line (│); standing alone between
// spaces none of them is a word of a headline.
var titleSeparators = []string{" | ", " ｜ ", " l ", " ㅣ ", " │ ", " - ", " – ", " — ", " :: ", " : ", " · ", " » ", " < ", " / "}

// siteWords are words that mark a title segment as a site name.
var siteWords = []string{
	"뉴스", "일보", "신문", "방송", "닷컴", "news", "times", "post", "daily",
	"journal", "magazine", "tribune", "herald", "online", "blog", ".com",
	".co.kr", "tv", "radio",
}

// chooseTitle returns the headline: og:title, JSON-LD headline,
// twitter:title, <meta name=title>, <title> or the first <h1>, the first
// that is present, without the site name.
//
// A candidate that is only the site's name ("새벽일보" as og:title) is
// skipped, one cut short with an ellipsis takes the longer headline the
// page shows or its document title gives ("… 반..." beside the <h1>), and
// a bracketed site name before the page's own heading is dropped
// ("[새벽일보] 제목" beside the <h1> "제목"). When what is left is only the
// site's name, the page's first heading of a headline's length is the
// headline (headingHeadline).
func (m *meta) chooseTitle() string {
	site := firstNonEmpty(m.props["og:site_name"], m.props["application-name"])
	siteName := firstNonEmpty(site, titleSite(m.docTitle))
	heads := m.heads
	if m.shownTitle != "" {
		heads = append(heads[:len(heads):len(heads)], m.shownTitle)
	}
	doc := shownHeadline(stripSiteName(stripTrail(cleanTitle(m.docTitle)), site, m.docTitle), heads, site, m.docTitle)
	for _, t := range []string{m.props["og:title"], m.ld.Headline, m.props["twitter:title"], m.props["title"], m.docTitle, firstOf(m.h1)} {
		t = cleanTitle(t)
		if t == "" || siteName != "" && strings.EqualFold(t, siteName) {
			continue
		}
		t = shownHeadline(stripSiteName(stripTrail(stripHashtag(t, m.docTitle)), site, m.docTitle), heads, site, m.docTitle)
		if t == doc {
			// "[정치]제목" from the document title alone, beside the
			// shown "제목": the label is the section's, which document
			// titles put before the headline (a tag such as [단독] that
			// a title tag gives is kept: it is not this case).
			t = withoutSectionLabel(t, m.shownTitle)
		}
		t = untruncate(t, doc, heads)
		t = shownQuotes(t, heads)
		if isSiteTitle(t, site) {
			// "연합뉴스TV" and nothing more: the headline is the page's
			// first heading of a headline's length.
			if h := m.headingHeadline(t); h != "" {
				return h
			}
		}
		return docBrackets(t, doc)
	}
	return ""
}

// untruncate returns the full headline of a title cut short with an
// ellipsis ("…주민들 반..."): the longest of the document title and the
// page's headings that starts with what the title keeps. A title without
// a trailing ellipsis, or with no such longer headline, is returned as
// it is.
func untruncate(title, doc string, heads []string) string {
	kept, ok := strings.CutSuffix(title, "...")
	if !ok {
		if kept, ok = strings.CutSuffix(title, "…"); !ok {
			return title
		}
	}
	kept = strings.TrimSpace(kept)
	if len([]rune(kept)) < 8 {
		return title
	}
	best := title
	for _, c := range append([]string{doc}, heads...) {
		c = cleanTitle(c)
		if strings.HasPrefix(c, kept) && len(c) > len(kept) && (best == title || len(c) > len(best)) {
			best = c
		}
	}
	return best
}

// shownQuotes returns the page's heading when it differs from title only
// in its punctuation: og:title "中국방 '美와 무역전쟁 준비돼 있지만…'"
// beside the <h2> "中국방 "美와 무역전쟁 준비돼 있지만…"", the document
// title "상하이증시 무역전쟁 확전 속…" beside the <h1> "상하이증시, 무역전쟁
// 확전 속…". A site retypes the headline it shares or puts in its
// <title>; the reader sees the heading's.
func shownQuotes(title string, heads []string) string {
	key := dupKey(title)
	if key == "" {
		return title
	}
	for _, h := range heads {
		if h = cleanTitle(h); h != title && len(h) < 2*len(title)+8 && dupKey(h) == key {
			return h
		}
	}
	return title
}

// maxSectionLabel bounds, in runes with its brackets, a section's label
// before a headline in the document title ("[정치]").
const maxSectionLabel = 8

// withoutSectionLabel returns shown when title is shown led by a short
// label in brackets ("[정치]" + shown), else title.
func withoutSectionLabel(title, shown string) string {
	if shown == "" {
		return title
	}
	lead, ok := strings.CutSuffix(title, shown)
	lead = strings.TrimSpace(lead)
	if ok && len(lead) > 2 && lead[0] == '[' && strings.IndexByte(lead, ']') == len(lead)-1 && len([]rune(lead)) <= maxSectionLabel {
		return shown
	}
	return title
}

// maxHeads bounds the headings a page's walk keeps for shownHeadline.
const maxHeads = 12

// shownHeadline returns the heading of the page that title holds as a
// whole segment at its start or end: "구청 주차요금 인상 | 새벽타임즈"
// beside an <h2> "구청 주차요금 인상". A site name the rules cannot tell
// from words of a headline ("새벽타임즈" has no 뉴스 or 일보) is cut off
// by the page's own heading, and so is the site's name in brackets
// before it (isSiteName with site and docTitle). The heading keeps at
// least eight characters; without such a heading title is kept. When
// headings match both ends ("Title l KBS WORLD" beside a logo set as
// <h1>KBS WORLD</h1> and the headline's <h1>), the longer is the
// headline: a site's name is short.
func shownHeadline(title string, heads []string, site, docTitle string) string {
	best := ""
	for _, h := range heads {
		h = cleanTitle(h)
		if h == title {
			return title
		}
		if len([]rune(h)) < 8 || len(h) <= len(best) {
			continue
		}
		if strings.HasPrefix(title, h) && hasPrefixAny(title[len(h):], headlineSeparators) ||
			strings.HasSuffix(title, h) && hasSuffixAny(title[:len(title)-len(h)], headlineSeparators) {
			best = h
			continue
		}
		// "[새벽일보] 제목": the site's name in brackets before the heading.
		if lead, ok := strings.CutSuffix(title, h); ok {
			lead = strings.TrimSpace(lead)
			if len(lead) > 2 && lead[0] == '[' && lead[len(lead)-1] == ']' && isSiteName(lead[1:len(lead)-1], site, docTitle) {
				best = h
			}
		}
	}
	if best != "" {
		return best
	}
	return title
}

// hasPrefixAny reports whether s starts with one of the prefixes.
func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasSuffixAny reports whether s ends with one of the suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// headlineSeparators are titleSeparators and the breadcrumb arrow.
var headlineSeparators = append(slices.Clone(titleSeparators), " > ")

// stripTrail removes the trail a CMS appends to the document title after
// the headline as a path back up the site: "동네 도서관 야간 개방 연장 <
// 사회 < 기사본문 - 새벽타임즈" (the articleView CMS of many regional
// papers). Two " < " at least make a trail; the headline comes first and
// keeps at least eight characters.
func stripTrail(t string) string {
	if strings.Count(t, " < ") < 2 {
		return t
	}
	head := strings.TrimSpace(t[:strings.Index(t, " < ")])
	if len([]rune(head)) < 8 {
		return t
	}
	return head
}

// docBrackets returns the document title's form of title when the two
// differ only in the brackets around a tag: og:title "… 최소[2보]" beside
// the <title> "… 최소(2보) : 뉴스zum", whose form the page's headline
// shows. A portal or an outlet retypes its headline for sharing; the
// document title is made from the headline the reader sees.
func docBrackets(title, doc string) string {
	if doc == title || len(doc) != len(title) || !balanced(doc) {
		return title
	}
	for i := 0; i < len(title); i++ {
		if a, b := bracketKind(title[i]), bracketKind(doc[i]); title[i] != doc[i] && (a == 0 || a != b) {
			return title
		}
	}
	return doc
}

// balanced reports whether the round and square brackets of s close in
// the order they open, each with its own kind.
func balanced(s string) bool {
	var open []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[':
			open = append(open, c)
		case ')', ']':
			if len(open) == 0 || (open[len(open)-1] == '(') != (c == ')') {
				return false
			}
			open = open[:len(open)-1]
		}
	}
	return len(open) == 0
}

// bracketKind says whether c opens (1) or closes (2) a round or square
// bracket, or is neither (0).
func bracketKind(c byte) int {
	switch c {
	case '(', '[':
		return 1
	case ')', ']':
		return 2
	}
	return 0
}

// stripHashtag removes a trailing hashtag the document title does not
// carry: og:title "홈플러스 고기 대방출… 할인 품목은? #MoneyS" beside the
// <title> "홈플러스 고기 대방출… 할인 품목은?" is the site's brand tag for
// sharing, not part of the headline.
func stripHashtag(title, docTitle string) string {
	i := strings.LastIndex(title, " #")
	if i <= 0 || strings.ContainsAny(title[i+2:], " #") || len(title[i+2:]) == 0 {
		return title
	}
	if docTitle == "" || strings.Contains(docTitle, title[i:]) || !strings.Contains(docTitle, strings.TrimSpace(title[:i])) {
		return title
	}
	return strings.TrimSpace(title[:i])
}

func firstOf(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// cleanTitle collapses white space, decodes entities a page escaped twice
// ("&#34;") and turns the double prime some sites type for a quote (″)
// into a quote.
func cleanTitle(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	s = strings.ReplaceAll(s, "″", `"`)
	return collapseSpace(s)
}

// stripSiteName removes a trailing or leading site name from title: a
// segment after the last separator that is the site's name, is the same
// tail the document title carries, or reads like one (뉴스, News, .com).
func stripSiteName(title, site, docTitle string) string {
	for range 2 {
		cut := false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			head, tail := title[:i], strings.TrimSpace(title[i+len(sep):])
			if isSiteName(tail, site, docTitle) && len([]rune(head)) >= 8 {
				title, cut = strings.TrimSpace(head), true
				break
			}
			// "KBS 뉴스 | 제목": a leading site name.
			j := strings.Index(title, sep)
			if lead := strings.TrimSpace(title[:j]); j > 0 && isSiteName(lead, site, "") && len([]rune(title[j+len(sep):])) >= 8 {
				title, cut = strings.TrimSpace(title[j+len(sep):]), true
				break
			}
		}
		if !cut {
			break
		}
	}
	return title
}

// titleSite returns the site name a document title ends with ("… -
// OSEN", "… | KBS 뉴스"), or "": the name a page that gives no
// og:site_name still shows, and may also give as its author.
func titleSite(docTitle string) string {
	docTitle = cleanTitle(docTitle)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(docTitle, sep)
		if i <= 0 {
			continue
		}
		if tail := strings.TrimSpace(docTitle[i+len(sep):]); len([]rune(docTitle[:i])) >= 8 && isSiteName(tail, "", docTitle) {
			return tail
		}
	}
	return ""
}

// isSiteName reports whether segment s names the site.
func isSiteName(s, site, docTitle string) bool {
	if s == "" || len([]rune(s)) > 40 || len(strings.Fields(s)) > 5 {
		return false
	}
	ls := strings.ToLower(s)
	if site != "" {
		lsite := strings.ToLower(site)
		if ls == lsite || strings.Contains(ls, lsite) || strings.Contains(lsite, ls) {
			return true
		}
	}
	if docTitle != "" && strings.HasSuffix(docTitle, s) && docTitle != s && site == "" {
		for _, w := range siteWords {
			if strings.Contains(ls, w) {
				return true
			}
		}
	}
	for _, w := range siteWords {
		if strings.HasSuffix(ls, w) || (len(w) > 3 && strings.Contains(ls, w)) {
			return true
		}
	}
	return isAcronym(s)
}

// isAcronym reports an upper-case abbreviation of two to six letters, as
// broadcasters name themselves: KBS, YTN, BBC.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) {
			return false
		}
	}
	return true
}
