package extract

import (
	"encoding/json"
	"strings"
)

// ldArticle is what a page's JSON-LD says about its article.
type ldArticle struct {
	Headline  string
	Published string
	Modified  string
	Authors   []string
	Emails    []string
	Section   string
	Lang      string
	URL       string
	Body      string
	isArticle bool // an article type was found, not only a WebPage
}

// articleTypes are the schema.org types that describe the article itself;
// the first found wins, a WebPage only when no article type is present.
var articleTypes = map[string]int{
	"NewsArticle": 1, "Article": 1, "ReportageNews": 1, "AnalysisNewsArticle": 1,
	"OpinionNewsArticle": 1, "BackgroundNewsArticle": 1, "BlogPosting": 1,
	"Report": 1, "ScholarlyArticle": 1, "LiveBlogPosting": 1, "TechArticle": 1,
	"WebPage": 2, "ItemPage": 2,
}

// readJSONLD parses one JSON-LD script and merges what it says into a.
// Scripts that are not valid JSON are retried once after removing the
// raw control characters and trailing commas that pages often leave in.
func (a *ldArticle) read(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		if err := json.Unmarshal([]byte(repairJSON(src)), &v); err != nil {
			return
		}
	}
	var best map[string]any
	bestRank := 99
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if r, ok := typeRank(x["@type"]); ok && r < bestRank {
				best, bestRank = x, r
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
	if best == nil {
		return
	}
	if bestRank == 1 {
		a.isArticle = true
	}
	fill := func(dst *string, keys ...string) {
		if *dst != "" {
			return
		}
		for _, k := range keys {
			if s := ldString(best[k]); s != "" {
				*dst = s
				return
			}
		}
	}
	fill(&a.Headline, "headline", "name", "alternativeHeadline")
	fill(&a.Published, "datePublished", "dateCreated", "uploadDate")
	fill(&a.Modified, "dateModified")
	fill(&a.Section, "articleSection", "genre")
	fill(&a.Lang, "inLanguage")
	fill(&a.URL, "url", "mainEntityOfPage")
	fill(&a.Body, "articleBody")
	if len(a.Authors) == 0 {
		for _, key := range []string{"author", "creator"} {
			a.Authors, a.Emails = ldPeople(best[key])
			if len(a.Authors) > 0 {
				break
			}
		}
	}
}

// typeRank returns the rank of an @type value (a string or a list).
func typeRank(t any) (int, bool) {
	switch x := t.(type) {
	case string:
		r, ok := articleTypes[x]
		return r, ok
	case []any:
		best, found := 99, false
		for _, e := range x {
			if s, ok := e.(string); ok {
				if r, ok := articleTypes[s]; ok && r < best {
					best, found = r, true
				}
			}
		}
		return best, found
	}
	return 0, false
}

// ldString returns a string value, the first string of a list, or the
// "@id", "url" or "name" of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@id", "url", "name"} {
			if s, ok := x[k].(string); ok && s != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// ldPeople returns the names and e-mail addresses of an author value: a
// name, a Person, or a list of them. Organizations are left out.
func ldPeople(v any) (names, emails []string) {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.Contains(s, "://") {
			names = append(names, s)
		}
	case []any:
		for _, e := range x {
			n, m := ldPeople(e)
			names = append(names, n...)
			emails = append(emails, m...)
		}
	case map[string]any:
		if t, _ := x["@type"].(string); t == "Organization" || t == "NewsMediaOrganization" {
			return nil, nil
		}
		if s, ok := x["name"].(string); ok && strings.TrimSpace(s) != "" {
			names = append(names, strings.TrimSpace(s))
		}
		if s, ok := x["email"].(string); ok && strings.Contains(s, "@") {
			emails = append(emails, strings.TrimPrefix(strings.TrimSpace(s), "mailto:"))
		}
	}
	return names, emails
}

// repairJSON removes raw control characters and trailing commas.
func repairJSON(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	return reTrailingComma.ReplaceAllString(s, "$1")
}
