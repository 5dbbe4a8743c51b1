package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// infoNameDepth bounds how far nameBeforeDate climbs from the date's
// element through wrappers that hold nothing else.
const infoNameDepth = 3

// nameBeforeDate reads the reporter's name from a header's info line that
// sets it in an element of its own just before the date's: 다음's
// <span class="txt_info">박상우</span> <span class="txt_info"><span
// class="num_date">2024. 5. 13. 12:52</span></span>. From the date's
// element it climbs while the element is its parent's only element child,
// then reads the element right before it: a name alone, or a name with a
// reporter's title, is kept as a byline box (see infoName). The box is read
// like any other: after the author tags, or in their place when they name
// the outlet (outletAuthor).
func (m *meta) nameBeforeDate(date *html.Node) {
	e := date
	for range infoNameDepth {
		if prev := prevElement(e); prev != nil {
			if name := infoName(textContent(prev)); name != "" {
				m.bylines = append(m.bylines, name)
			}
			return
		}
		if e.Parent == nil || nextElement(e) != nil {
			return
		}
		e = e.Parent
	}
}

// infoName returns s, trimmed, when it is a reporter's name alone or with
// the title ("박상우", "김수아 인턴 기자"), else "". A date's label
// ("입력", "송고시간") has the shape of a name and is none.
func infoName(s string) string {
	s = strings.TrimSpace(s)
	if !reInfoName.MatchString(s) || dateLabelWords[s] {
		return ""
	}
	return s
}

// prevElement returns the element sibling before n, or nil.
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}

// nextElement returns the element sibling after n, or nil.
func nextElement(n *html.Node) *html.Node {
	for p := n.NextSibling; p != nil; p = p.NextSibling {
		if p.Type == html.ElementNode {
			return p
		}
	}
	return nil
}

// copyrightHolder returns the name a copyright line gives its holder:
// "데일리안" of "Copyright © 데일리안. 무단전재 및 재배포 금지.", or "".
func copyrightHolder(line string) string {
	if sm := reCopyrightHolder.FindStringSubmatch(line); sm != nil {
		return sm[1]
	}
	return ""
}

// outletAuthor drops an author that is the outlet: a portal's author tag
// gives the outlet's name (다음's og:article:author "데일리안"), which the
// body's copyright line names as its holder ("Copyright © 데일리안."). The
// reporters of the page's byline boxes, such as the header's info line
// (nameBeforeDate), take its place; with none, the credit that opens the
// story may still give one (datelineReporter).
func (m *meta) outletAuthor() {
	h := m.copyrightHolder
	if h == "" || len(m.authors) != 1 || !strings.EqualFold(m.authors[0], h) {
		return
	}
	m.authors = nil
	o := m.outlet()
	for _, raw := range reporterBoxes(m.bylines) {
		for _, name := range splitNames(raw) {
			if name != "" && !strings.EqualFold(name, h) {
				m.authors = appendUnique(m.authors, personName(name, o))
			}
		}
	}
}
