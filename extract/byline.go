package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// chooseAuthors returns the reporters' names and e-mail addresses: from
// JSON-LD authors, else the author meta tags, else the visible reporter
// boxes. Names lose "By" and titles such as 기자; organisations and desks
// (a site or desk name such as "SBS 뉴스", "iMBC 연예", "영문경제") are
// left out, and an outlet named beside a reporter ("이남경 MK스포츠") is
// dropped.
func (m *meta) chooseAuthors() (names, emails []string) {
	o := m.outlet()
	emails = append(emails, m.ld.Emails...)
	emails = append(emails, m.mailtos...)
	for _, b := range m.bylines {
		emails = append(emails, findEmails(b)...)
	}
	var scriptAuthors []string
	if m.script != nil {
		scriptAuthors = m.script.authors
		emails = append(emails, m.script.emails...)
	}
	sources := [][]string{
		m.ld.Authors,
		scriptAuthors,
		m.authorProps(),
		reporterBoxes(m.bylines),
	}
	for _, src := range sources {
		for _, raw := range src {
			if raw == "" {
				continue // an absent meta tag: no address, no name
			}
			emails = append(emails, findEmails(raw)...)
			for _, name := range splitNames(raw) {
				if name == "" {
					continue
				}
				names = appendUnique(names, personName(name, o))
			}
		}
		if len(names) > 0 {
			break
		}
	}
	var uniq []string
	for _, e := range emails {
		uniq = appendUnique(uniq, strings.ToLower(strings.Trim(e, " .,;:()<>[]")))
	}
	return names, uniq
}

// authorMetaKeys are the meta tags that name an article's author, in the
// order they are trusted.
var authorMetaKeys = []string{"author", "article:author", "og:article:author", "dable:author", "byl", "sailthru.author", "parsely-author"}

// authorProps returns the contents of the author meta tags, in the order
// of authorMetaKeys (empty where a tag is absent).
func (m *meta) authorProps() []string {
	out := make([]string, len(authorMetaKeys))
	for i, k := range authorMetaKeys {
		out[i] = m.props[k]
	}
	return out
}

// maxAuthorLine bounds, in bytes, a paragraph that can be the author's
// credit repeated: a name with a title and an affiliation.
const maxAuthorLine = 160

// authorLineKeys returns the dupKeys of the author's credit as the page
// gives it outside the body: the chosen authors and the author meta tags.
// Byline boxes are left out: a box named "editor" or "writer" may hold an
// editor's note, which is article text.
func (m *meta) authorLineKeys() []string {
	var keys []string
	for _, src := range [][]string{m.authors, m.authorProps()} {
		for _, s := range src {
			if len(s) > maxAuthorLine {
				continue
			}
			if k := dupKey(s); k != "" {
				keys = appendUnique(keys, k)
			}
		}
	}
	return keys
}

// isAuthorLine reports a paragraph that only repeats the author's credit
// (keys from authorLineKeys): the writer's line a column or a
// contribution closes with, "정현석 신한PWM SFC강남센터 PB팀장" under the
// last paragraph when the page's author tag says the same.
// A name with a title and no 기자 is no signature line lineRules can know
// by its form; the page's own credit says it is one.
func isAuthorLine(p string, keys []string) bool {
	if len(keys) == 0 || len(p) > maxAuthorLine {
		return false
	}
	k := dupKey(p)
	return k != "" && slices.Contains(keys, k)
}

// reporterBoxes returns the byline boxes that name a reporter by a
// Korean title ("한지숙 기자") when any does: the other boxes a page marks
// as author or journalist are then widgets (a "기자 구독" button, the
// names of premium columns), not this article's byline. Without such a
// box it returns them all.
func reporterBoxes(boxes []string) []string {
	var titled []string
	for _, b := range boxes {
		if reKoreanReporter.MatchString(b) {
			titled = append(titled, b)
		}
	}
	if len(titled) == 0 {
		return boxes
	}
	return titled
}

// signatureNames returns the reporters a signature line names: the names
// before a title ("최윤호 기자 uknow@donga.com"), else the Korean name
// just before the address ("YTN 윤하늘 (yhn@ytn.co.kr)" gives 윤하늘).
func signatureNames(line string) []string {
	if ms := reKoreanReporter.FindAllStringSubmatch(line, -1); ms != nil {
		var out []string
		for _, m := range ms {
			out = append(out, m[1])
		}
		return out
	}
	words := strings.Fields(reEmptyBrackets.ReplaceAllString(reEmail.ReplaceAllString(line, ""), " "))
	if len(words) > 0 && reKoreanName.MatchString(words[len(words)-1]) {
		return words[len(words)-1:]
	}
	return nil
}

// splitNames splits a byline into names and strips what is not a name.
// Korean bylines name reporters by their title ("박도윤 기자 메일",
// "스포츠조선 = 안소윤 기자"): the names before a title are taken.
//
// Each expression is tried only when s holds a string every match of it
// holds (a title, "://" or "www.", "@", a digit, an opening bracket):
// bylines are read for every page, and most lack all of these.
func splitNames(s string) []string {
	if containsAny(s, reporterTitles) {
		if ms := reKoreanReporter.FindAllStringSubmatch(s, -1); ms != nil {
			var out []string
			for _, m := range ms {
				out = append(out, m[1])
			}
			return out
		}
	}
	if strings.Contains(s, "://") || strings.Contains(lowerASCII(s), "www.") {
		s = reURL.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, '@') >= 0 {
		s = reEmail.ReplaceAllString(s, "")
	}
	if strings.ContainsAny(s, "0123456789") {
		s = reDate.ReplaceAllString(s, " ") // a writer box's date: "작성일 2024.03.05 14:22"
	}
	if strings.ContainsAny(s, "([<") {
		s = reEmptyBrackets.ReplaceAllString(s, " ")
	}
	parts := []string{s}
	if containsAny(s, nameSeps) {
		parts = reNameSep.Split(s, -1)
	}
	var out []string
	for _, part := range parts {
		part = reNameNoise.ReplaceAllString(part, " ")
		part = strings.Trim(collapseSpace(part), " .,:;|/()[]")
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// nameSeps are the strings one of which every match of reNameSep holds:
// a byline without them is one part.
var nameSeps = []string{",", "·", "/", "&", "and", "및", "、"}

// findEmails returns the e-mail addresses in s (reEmail), trying the
// expression only when s holds an "@", as every address does.
func findEmails(s string) []string {
	if strings.IndexByte(s, '@') < 0 {
		return nil
	}
	return reEmail.FindAllString(s, -1)
}

// reporterTitles are the titles one of which every match of
// reKoreanReporter holds.
var reporterTitles = []string{"기자", "특파원", "통신원", "앵커", "에디터"}

// isPersonName reports a plausible reporter name: short, not an address
// and not the name of the site or of a news organisation.
func isPersonName(s, site string) bool {
	if s == "" || len([]rune(s)) > 40 || strings.Contains(s, "://") || strings.Contains(s, "@") {
		return false
	}
	ls := strings.ToLower(s)
	if site != "" && (strings.Contains(ls, strings.ToLower(site)) || strings.Contains(strings.ToLower(site), ls)) {
		return false
	}
	for _, w := range orgWords {
		if strings.Contains(ls, w) {
			return false
		}
	}
	return hasLetter(s)
}

// outlet is what names the page's own newsroom.
type outlet struct {
	site    string   // og:site_name, application-name or the document title's site name
	section string   // the article's section, which desks are named after
	labels  []string // distinctive host labels: "imbc" of imnews.imbc.com
}

// outlet returns the names of the page's newsroom.
func (m *meta) outlet() outlet {
	o := outlet{site: firstNonEmpty(m.props["og:site_name"], m.props["application-name"], titleSite(m.docTitle)), section: m.section}
	for _, h := range []string{hostOf(m.pageURL), hostOf(m.canonicalURL())} {
		for _, l := range strings.Split(h, ".") {
			if len(l) >= 3 && !genericHostLabels[l] {
				o.labels = appendUnique(o.labels, l)
			}
		}
	}
	return o
}

// genericHostLabels are host labels that name no outlet.
var genericHostLabels = wordSet("www com net org edu gov news mobile amp")

// personName returns s if it is a plausible reporter name, s without the
// desk or outlet words beside a Korean name ("이남경 MK스포츠" gives
// 이남경), or "" for an organisation or desk: a name that is the page's
// section, or whose every word is a desk word or holds the outlet's host
// name ("iMBC 연예", "영문경제", "Digital Desk").
func personName(s string, o outlet) string {
	if !isPersonName(s, o.site) || (o.section != "" && strings.EqualFold(s, o.section)) {
		return ""
	}
	words := strings.Fields(s)
	var keep []string
	for _, w := range words {
		if !isDeskWord(w, o.labels) {
			keep = append(keep, w)
		}
	}
	switch {
	case len(keep) == 0:
		return ""
	case len(keep) < len(words) && len(keep) == 1 && reKoreanName.MatchString(keep[0]):
		return keep[0]
	}
	return s
}

// isDeskWord reports whether a word of a byline names a desk or the
// outlet: it is an English desk word, its Latin letters are one of the
// host labels ("iMBC"), or without its Latin letters ("MK스포츠",
// "TV연예") it is made of Korean desk words alone.
func isDeskWord(w string, labels []string) bool {
	lw := strings.ToLower(w)
	if englishDeskWords[lw] {
		return true
	}
	// The Latin letters must be the label, or hold a long one: "yna" is
	// no reason to drop "Wynand".
	latin := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, lw)
	for _, l := range labels {
		if latin == l || (len(l) >= 5 && strings.Contains(latin, l)) {
			return true
		}
	}
	rest := strings.TrimFunc(w, func(r rune) bool { return r < utf8.RuneSelf })
	return rest != "" && deskCompound(rest)
}

// deskCompound reports whether s is a run of deskWords: 영문+경제,
// 디지털+편집+부.
func deskCompound(s string) bool {
	if s == "" {
		return true
	}
	for _, w := range deskWords {
		if strings.HasPrefix(s, w) && deskCompound(s[len(w):]) {
			return true
		}
	}
	return false
}

// deskWords are the parts Korean desk and section names are made of. A
// reporter's name is a family name and a given name, which these rarely
// spell out whole.
var deskWords = []string{
	"연예", "경제", "정치", "사회", "국제", "문화", "스포츠", "영문", "편집", "온라인", "디지털", "뉴스",
	"취재", "사진", "영상", "생활", "산업", "과학", "전국", "지역", "세계", "증권", "금융", "부동산",
	"라이프", "기획", "종합", "보도", "데스크", "센터", "본부", "부", "팀", "국",
}

// englishDeskWords are English words of desk names ("Digital Desk").
var englishDeskWords = wordSet("desk digital online web sports business economy finance politics",
	"entertainment culture international world national english team bureau staff newsroom")

// creditParagraphs is how many of the body's first paragraphs
// datelineReporter reads for the opening credit: a deck's lines (two to
// four as outlets set them) and the story's first paragraph.
const creditParagraphs = 6

// orgWords mark a byline as an organisation rather than a person.
var orgWords = []string{"뉴스", "일보", "신문", "방송", "닷컴", "news", "staff", "newsroom", "editorial", "press", "agency", "네이버"}

func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, e := range list {
		if e == s {
			return list
		}
	}
	return append(list, s)
}

// datelineReporter takes the reporter from the credit that opens the
// story, "(서울=연합뉴스) 한가을 기자 =" or "[OSEN=선미경 기자]", when the
// page names no reporter or only the outlet that credit names: a portal's
// author tag gives the outlet (다음's og:article:author "뉴시스"), the
// credit the reporter. The credit opens the first paragraph of the story,
// which a deck of a few lines may stand before, so the first
// creditParagraphs paragraphs are read and the first credit met is taken.
func (m *meta) datelineReporter(paras []string) {
	var c []string
	for _, p := range paras[:min(len(paras), creditParagraphs)] {
		if c = reDatelineCredit.FindStringSubmatch(p); c != nil {
			break
		}
		if c = reOpeningCredit.FindStringSubmatch(p); c != nil {
			break
		}
	}
	if c == nil {
		return
	}
	outlet := strings.TrimSpace(c[1])
	if len(m.authors) == 0 || (len(m.authors) == 1 && m.authors[0] == outlet) {
		m.authors = []string{c[2]}
	}
}
