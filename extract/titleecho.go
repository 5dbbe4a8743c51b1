package extract

import (
	"strings"
	"unicode/utf8"
)

// minTitleHead is the shortest start of a document title, in runes, that
// echoTitle looks for in the page's text: shorter ones ("속보", a section
// name) stand in menus.
const minTitleHead = 8

// titleHeads returns the starts of a document title before each of its
// separators (titleSeparators), the longest first, each of at least
// minTitleHead runes: "제목 : 정치일반 : 정치 : 한겨레" gives "제목 : 정치일반
// : 정치" … "제목". One of them is the headline, the rest the site's.
// A start led by a section's label in brackets ("[정치]제목") is also
// given without it.
func titleHeads(docTitle string) []string {
	t := cleanTitle(docTitle)
	var heads []string
	for _, sep := range titleSeparators {
		for i := strings.Index(t, sep); i > 0; {
			if h := strings.TrimSpace(t[:i]); utf8.RuneCountInString(h) >= minTitleHead {
				heads = append(heads, h)
			}
			j := strings.Index(t[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
	}
	// "[정치]제목 | YTN": the headline the page shows has no section label.
	for _, h := range heads {
		if j := strings.IndexByte(h, ']'); h[0] == '[' && j > 0 && utf8.RuneCountInString(h[:j+1]) <= maxSectionLabel {
			if rest := strings.TrimSpace(h[j+1:]); utf8.RuneCountInString(rest) >= minTitleHead {
				heads = append(heads, rest)
			}
		}
	}
	return heads
}

// echoTitle records text s of the page's body when it is, whole, a start
// of the document title (titleHeads): the headline as the page shows it,
// in whatever element and under whatever name, which tells the headline
// from the site's name the document title adds ("… - 한국스포츠경제").
// The first such text is kept; chooseTitle reads it with the headings.
//
// It looks only on pages whose head gives no title tag (og:title,
// twitter:title, title): with one, the document title is not what the
// headline is read from.
func (m *meta) echoTitle(s string) {
	if m.shownTitle != "" || m.docTitle == "" {
		return
	}
	if !m.titleHeadsDone {
		m.titleHeadsDone = true
		if m.props["og:title"] == "" && m.props["twitter:title"] == "" && m.props["title"] == "" {
			m.titleHeads = titleHeads(m.docTitle)
		}
	}
	if len(m.titleHeads) == 0 || len(s) < minTitleHead || len(s) > len(m.titleHeads[0])+64 {
		return
	}
	s = strings.TrimSpace(s)
	for _, h := range m.titleHeads {
		// A cheap test of the first bytes before the text is collapsed.
		if strings.HasPrefix(s, h[:min(len(h), 6)]) && collapseSpace(s) == h {
			m.shownTitle = h
			return
		}
	}
}
