package extract

import (
	"strings"
)

// chooseAuthors returns the reporters' names and e-mail addresses: from
// JSON-LD authors, else the author meta tags, else the visible reporter
// boxes. Names lose "By" and titles such as 기자; organisations (a site
// or desk name such as "SBS 뉴스") are left out.
func (m *meta) chooseAuthors() (names, emails []string) {
	site := firstNonEmpty(m.props["og:site_name"], m.props["application-name"])
	emails = append(emails, m.ld.Emails...)
	emails = append(emails, m.mailtos...)
	var scriptAuthors []string
	if m.script != nil {
		scriptAuthors = m.script.authors
		emails = append(emails, m.script.emails...)
	}
	sources := [][]string{
		m.ld.Authors,
		scriptAuthors,
		{m.props["author"], m.props["article:author"], m.props["og:article:author"], m.props["dable:author"],
			m.props["byl"], m.props["sailthru.author"], m.props["parsely-author"]},
		m.bylines,
	}
	for _, src := range sources {
		for _, raw := range src {
			emails = append(emails, reEmail.FindAllString(raw, -1)...)
			for _, name := range splitNames(raw) {
				if name == "" {
					continue
				}
				if isPersonName(name, site) {
					names = appendUnique(names, name)
				}
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

// splitNames splits a byline into names and strips what is not a name.
// Korean bylines name reporters by their title ("박도윤 기자 메일",
// "스포츠조선 = 안소윤 기자"): the names before a title are taken.
func splitNames(s string) []string {
	if ms := reKoreanReporter.FindAllStringSubmatch(s, -1); ms != nil {
		var out []string
		for _, m := range ms {
			out = append(out, m[1])
		}
		return out
	}
	s = reURL.ReplaceAllString(s, " ")
	s = reEmail.ReplaceAllString(s, "")
	s = reEmptyBrackets.ReplaceAllString(s, " ")
	var out []string
	for _, part := range reNameSep.Split(s, -1) {
		part = reNameNoise.ReplaceAllString(part, " ")
		part = strings.Trim(collapseSpace(part), " .,:;|/()[]")
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

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
