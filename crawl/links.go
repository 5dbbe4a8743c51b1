package crawl

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxRawLinks bounds the links pageLinks returns: enough for maxPageLinks
// distinct URLs of the source's hosts on any real page, where links repeat
// and point off-site.
const maxRawLinks = 4 * maxPageLinks

// pageLinks returns the http(s) links of an HTML page, resolved against its
// URL or its <base href>, the first maxRawLinks of them, and the URL the
// page names as its own in <link rel="canonical">, if any. Without wantLinks it returns no links and
// stops reading at <body>: base and canonical belong to the head. It
// tokenizes instead of building a tree: it needs three kinds of tags, and
// a crawl reads every page. The bytes are read as they are; links are
// ASCII in practice, whatever the charset.
//
// Without wantLinks it also stops at the canonical link, which news pages
// put early in a head of scripts that the tokenizer reads byte by byte:
// a <base> after it no longer changes it.
func pageLinks(body []byte, page *url.URL, wantLinks bool) (links []string, canonical string) {
	z := html.NewTokenizer(bytes.NewReader(body))
	base := page
	baseSet := false
	for {
		if !wantLinks && canonical != "" {
			return nil, canonical
		}
		switch z.Next() {
		case html.ErrorToken:
			return links, canonical
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr && (wantLinks || string(name) != "body") {
				continue
			}
			switch atom.Lookup(name) {
			case atom.Body:
				if !wantLinks {
					return nil, canonical
				}
			case atom.A, atom.Area:
				if !wantLinks {
					continue
				}
				if len(links) == maxRawLinks {
					continue // linked follows maxPageLinks at most
				}
				if u := resolve(base, attr(z, "href")); u != "" {
					links = append(links, u)
				}
			case atom.Link:
				href, rel := linkAttrs(z)
				if canonical == "" && hasToken(rel, "canonical") {
					canonical = resolve(base, href)
				}
			case atom.Base:
				if href := attr(z, "href"); href != "" && !baseSet {
					if b, err := page.Parse(strings.TrimSpace(href)); err == nil {
						base, baseSet = b, true
					}
				}
			}
		}
	}
}

// attr returns the value of the current tag's attribute key.
func attr(z *html.Tokenizer, key string) string {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return string(v)
		}
		if !more {
			return ""
		}
	}
}

// linkAttrs returns the href and rel attributes of the current tag.
func linkAttrs(z *html.Tokenizer) (href, rel string) {
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "href":
			href = string(v)
		case "rel":
			rel = string(v)
		}
		if !more {
			return href, rel
		}
	}
}

// hasToken reports whether the space-separated list has tok, in any case.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// resolve returns href resolved against base if it is an http(s) URL, and
// "" for anything else (fragments, javascript:, mailto: …).
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
