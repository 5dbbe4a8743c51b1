package extract

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Rules are the extraction rules of one outlet, as an operator writes them
// beside the outlet's [[source]] in sources.toml and as the built-in
// profiles state them: each is a CSS selector (a comma-separated group
// matches any of its selectors). All are optional.
type Rules struct {
	// Body selects the elements that hold the article's text, in
	// document order. When they hold almost no text (a layout change),
	// the general rules choose the body instead.
	Body string `toml:"body"`
	// Drop selects furniture removed from the page before anything else
	// is read: boxes inside the body, print copies, widgets.
	Drop string `toml:"drop"`
	// Caption selects photo captions and credits, kept apart from the text.
	Caption string `toml:"caption"`
	// Title selects the element whose text is the headline.
	Title string `toml:"title"`
	// Date selects the element that shows the published time: its
	// datetime, content or data-date-time attribute, else its text.
	Date string `toml:"date"`
	// DateLayout is the Go time layout of that text, such as
	// "2006.01.02 15:04" (read in KST unless it names a zone); empty
	// means the date forms FromHTML knows.
	DateLayout string `toml:"date_layout"`
	// Section selects the element naming the section, e.g. "경제".
	Section string `toml:"section"`
}

// IsZero reports whether r gives no rule.
func (r Rules) IsZero() bool { return r == Rules{} }

// ErrBadRule is wrapped by every RulesError.
var ErrBadRule = errors.New("bad extraction rule")

// RulesError reports a rule that does not compile: the outlet, the key
// (body, drop, caption, title, date, date_layout, section), its value and
// the cause.
type RulesError struct {
	Outlet, Key, Value string
	Err                error
}

func (e *RulesError) Error() string {
	return fmt.Sprintf("outlet %q: %s %q: %v", e.Outlet, e.Key, e.Value, e.Err)
}

// Unwrap returns ErrBadRule and the cause.
func (e *RulesError) Unwrap() []error { return []error{ErrBadRule, e.Err} }

// Profile is the compiled Rules of one outlet and the hosts they apply to.
// Profiles only help: every outlet also works with the general rules,
// which is what unknown sites get.
type Profile struct {
	Name  string
	Hosts []string // host names, matched with their subdomains
	Rules Rules

	// signID is an element id that marks the outlet's article pages when
	// the page's URL is unknown (built-in profiles only).
	signID                                    string
	body, drop, caption, title, date, section cascadia.Selector
}

// NewProfile compiles the rules of the outlet name for the given hosts. It
// returns a *RulesError for a selector that does not parse or a date
// layout without year, month and day.
func NewProfile(name string, hosts []string, r Rules) (*Profile, error) {
	p := &Profile{Name: name, Rules: r}
	for _, h := range hosts {
		// A host may carry a port ("127.0.0.1:8080"); pages are matched
		// by host name alone.
		if h = strings.ToLower((&url.URL{Host: strings.TrimSpace(h)}).Hostname()); h != "" {
			p.Hosts = append(p.Hosts, h)
		}
	}
	for _, f := range []struct {
		key, val string
		sel      *cascadia.Selector
	}{
		{"body", r.Body, &p.body}, {"drop", r.Drop, &p.drop}, {"caption", r.Caption, &p.caption},
		{"title", r.Title, &p.title}, {"date", r.Date, &p.date}, {"section", r.Section, &p.section},
	} {
		if strings.TrimSpace(f.val) == "" {
			continue
		}
		sel, err := cascadia.Compile(f.val)
		if err != nil {
			return nil, &RulesError{Outlet: name, Key: f.key, Value: f.val, Err: err}
		}
		*f.sel = sel
	}
	if r.DateLayout != "" {
		if r.Date == "" {
			return nil, &RulesError{Outlet: name, Key: "date_layout", Value: r.DateLayout, Err: errors.New("needs a date selector")}
		}
		if err := checkLayout(r.DateLayout); err != nil {
			return nil, &RulesError{Outlet: name, Key: "date_layout", Value: r.DateLayout, Err: err}
		}
	}
	return p, nil
}

// checkLayout reports a Go time layout that cannot give a full date.
func checkLayout(layout string) error {
	ref := time.Date(2023, 4, 7, 19, 13, 0, 0, kst)
	t, err := time.ParseInLocation(layout, ref.Format(layout), kst)
	if err != nil {
		return err
	}
	if y, m, d := t.Date(); y != 2023 || m != 4 || d != 7 {
		return errors.New("layout lacks the year, month or day (Go layout: 2006 01 02 15:04)")
	}
	return nil
}

// merge returns a copy of p (a built-in profile) with the rules of user
// over it: the keys user gives replace p's, except drop and caption,
// which add to p's.
func (p *Profile) merge(user *Profile) *Profile {
	m := *p
	m.Name, m.Hosts = user.Name, user.Hosts
	u := user.Rules
	m.Rules.Drop = joinSelectors(p.Rules.Drop, u.Drop)
	m.Rules.Caption = joinSelectors(p.Rules.Caption, u.Caption)
	m.drop = orSelector(p.drop, user.drop)
	m.caption = orSelector(p.caption, user.caption)
	for _, f := range []struct {
		val       string
		dst, src  *cascadia.Selector
		dstString *string
	}{
		{u.Body, &m.body, &user.body, &m.Rules.Body}, {u.Title, &m.title, &user.title, &m.Rules.Title},
		{u.Date, &m.date, &user.date, &m.Rules.Date}, {u.Section, &m.section, &user.section, &m.Rules.Section},
	} {
		if f.val != "" {
			*f.dst, *f.dstString = *f.src, f.val
		}
	}
	if u.Date != "" || u.DateLayout != "" {
		m.Rules.DateLayout = u.DateLayout
	}
	return &m
}

func joinSelectors(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// orSelector matches what a or b matches; either may be nil.
func orSelector(a, b cascadia.Selector) cascadia.Selector {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	return func(n *html.Node) bool { return a(n) || b(n) }
}

// matches reports whether the profile applies to host.
func (p *Profile) matches(host string) bool {
	for _, h := range p.Hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// Profiles chooses the profile of a page: an operator's profiles first,
// each merged over the built-in profile of the same host, then the
// built-in ones. The zero value and nil hold the built-in profiles only.
type Profiles struct {
	list []*Profile
}

// NewProfiles returns the built-in profiles with user's over them: a
// user profile for a host a built-in profile covers overrides the keys it
// gives (drop and caption add to the built-in ones) and keeps the others.
func NewProfiles(user ...*Profile) *Profiles {
	ps := &Profiles{}
	for _, u := range user {
		merged := u
		for _, b := range builtinProfiles() {
			if overlaps(b, u) {
				merged = b.merge(u)
				break
			}
		}
		ps.list = append(ps.list, merged)
	}
	return ps
}

// overlaps reports whether one of u's hosts falls under b's.
func overlaps(b, u *Profile) bool {
	for _, h := range u.Hosts {
		if b.matches(h) {
			return true
		}
	}
	return false
}

// forPage returns the profile of the page's host, else the built-in
// profile whose signID the page carries, else nil.
func (ps *Profiles) forPage(pageURL string, ids map[string]bool) *Profile {
	host := hostOf(pageURL)
	if host != "" {
		if ps != nil {
			for _, p := range ps.list {
				if p.matches(host) {
					return p
				}
			}
		}
		for _, p := range builtinProfiles() {
			if p.matches(host) {
				return p
			}
		}
	}
	for _, p := range builtinProfiles() {
		if p.signID != "" && ids[p.signID] {
			return p
		}
	}
	return nil
}

// minProfileBody is the text weight a profile's body element must hold
// to be used; a lighter match (an empty JS twin, a changed layout) falls
// back to the general rules.
const minProfileBody = 60

// prepare removes the profile's furniture and marks its captions with the
// class "caption", which the general rules keep apart from the text. It
// returns the elements whose class it changed.
func (p *Profile) prepare(doc *goquery.Document) []*html.Node {
	if p.drop != nil {
		doc.FindMatcher(p.drop).Remove()
	}
	if p.caption == nil {
		return nil
	}
	return doc.FindMatcher(p.caption).AddClass("caption").Nodes
}

// text returns the collapsed text of the first element sel matches, or "".
func text(doc *goquery.Document, sel cascadia.Selector) string {
	if sel == nil {
		return ""
	}
	return collapseSpace(doc.FindMatcher(sel).First().Text())
}

// dateText returns the published time the profile's date element shows,
// or "": its datetime, content or data-date-time attribute, else its
// text.
func (p *Profile) dateText(doc *goquery.Document) string {
	if p.date == nil {
		return ""
	}
	s := doc.FindMatcher(p.date).First()
	for _, a := range []string{"datetime", "content", "data-date-time", "data-published-time"} {
		if v, ok := s.Attr(a); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	return collapseSpace(s.Text())
}

// parseRuleDate reads the profile's date text: with its DateLayout, tried
// on the whole text and from its first digit on ("입력 2025.07.14
// 19:35"), else as parseDate reads dates.
func (p *Profile) parseRuleDate(s string) (stamp, bool) {
	if s == "" {
		return stamp{}, false
	}
	if l := p.Rules.DateLayout; l != "" {
		cands := []string{s}
		if i := strings.IndexAny(s, "0123456789"); i > 0 {
			cands = append(cands, s[i:])
		}
		for _, c := range cands {
			if t, err := time.ParseInLocation(l, c, kst); err == nil {
				return stamp{t: t, prec: precMinute, zoned: strings.ContainsAny(l, "Z-0") && strings.Contains(l, "07")}, true
			}
		}
	}
	return parseDate(s, kst)
}

// bodyNodes returns the profile's body elements, or nil when the page's
// body does not match.
func (p *Profile) bodyNodes(doc *goquery.Document) []*html.Node {
	if p.body == nil {
		return nil
	}
	sel := doc.FindMatcher(p.body)
	w := 0
	for _, n := range sel.Nodes {
		k, _ := textWeight(rawText(n))
		w += k
	}
	if w < minProfileBody {
		return nil
	}
	return sel.Nodes
}
