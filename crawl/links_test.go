package crawl

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestPageLinks(t *testing.T) {
	page, _ := url.Parse("https://news.example.kr/news/view.do?ncd=1")
	tests := []struct {
		name      string
		html      string
		links     []string
		canonical string
	}{
		{"relative and absolute",
			`<a href="/news/view.do?ncd=2">a</a><a href="view.do?ncd=3">b</a><a href="https://other.kr/x">c</a>`,
			[]string{"https://news.example.kr/news/view.do?ncd=2", "https://news.example.kr/news/view.do?ncd=3", "https://other.kr/x"}, ""},
		{"not links",
			`<a href="#top">t</a><a href="javascript:void(0)">j</a><a href="mailto:desk@example.kr">m</a><a>no href</a><a href="  ">blank</a>`,
			nil, ""},
		{"entities and spaces", `<a href=" /a?x=1&amp;y=2 ">a</a>`, []string{"https://news.example.kr/a?x=1&y=2"}, ""},
		{"canonical", `<head><link rel="stylesheet" href="/s.css"><link rel="Canonical" href="/news/view.do?ncd=1&amp;ref=A"></head>`,
			nil, "https://news.example.kr/news/view.do?ncd=1&ref=A"},
		{"first canonical wins", `<link rel="canonical" href="/one"><link rel="canonical" href="/two">`, nil, "https://news.example.kr/one"},
		{"base href", `<head><base href="https://news.example.kr/section/"></head><a href="p.html">p</a><area href="q.html">`,
			[]string{"https://news.example.kr/section/p.html", "https://news.example.kr/section/q.html"}, ""},
		{"korean path", `<a href="/태그/경제">tag</a>`, []string{"https://news.example.kr/%ED%83%9C%EA%B7%B8/%EA%B2%BD%EC%A0%9C"}, ""},
		{"broken markup", `<a href="/ok">ok</a><a href="/unclosed`, []string{"https://news.example.kr/ok"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links, canonical := pageLinks([]byte(tt.html), page, true)
			if strings.Join(links, " ") != strings.Join(tt.links, " ") {
				t.Errorf("links = %q, want %q", links, tt.links)
			}
			if canonical != tt.canonical {
				t.Errorf("canonical = %q, want %q", canonical, tt.canonical)
			}
			// Without links, the head alone gives the same canonical.
			links, canonical = pageLinks([]byte(tt.html), page, false)
			if len(links) != 0 || canonical != tt.canonical {
				t.Errorf("head only: links %q, canonical %q; want none and %q", links, canonical, tt.canonical)
			}
		})
	}
}

func TestPageLinksHeadOnlyStopsAtBody(t *testing.T) {
	page, _ := url.Parse("https://a.kr/x")
	_, canonical := pageLinks([]byte(`<html><head></head><body><link rel="canonical" href="/late"></body></html>`), page, false)
	if canonical != "" {
		t.Errorf("canonical = %q, want none read past <body>", canonical)
	}
}

func FuzzPageLinks(f *testing.F) {
	f.Add([]byte(`<head><base href="/s/"><link rel="canonical" href="/c"></head><a href="a">a</a>`))
	f.Add([]byte(`<a href="javascript:x">`))
	f.Add([]byte("<a href=\"\x00%zz\">"))
	page, _ := url.Parse("https://a.kr/x/y")
	f.Fuzz(func(t *testing.T, b []byte) {
		links, canonical := pageLinks(b, page, true)
		for _, l := range append(links, canonical) {
			if l == "" {
				continue
			}
			u, err := url.Parse(l)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Errorf("pageLinks gave %q, not an absolute http(s) URL", l)
			}
		}
	})
}

// headCanonical is the reference for pageLinks without links: every token
// up to <body> read, the first canonical link resolved against the first
// base before it.
func headCanonical(body []byte, page *url.URL) string {
	z := html.NewTokenizer(bytes.NewReader(body))
	base, baseSet, canonical := page, false, ""
	for {
		switch z.Next() {
		case html.ErrorToken:
			return canonical
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return canonical
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

// FuzzPageLinksHead checks that pageLinks, which stops reading a head at
// the canonical link, finds what reading the whole head finds.
func FuzzPageLinksHead(f *testing.F) {
	for _, s := range []string{
		`<head><base href="/s/"><link rel="canonical" href="/c"></head><a href="a">a</a>`,
		`<head><script>document.write('<link rel="canonical" href="/no">')</script><link rel=canonical href=/yes></head>`,
		`<head><!-- <link rel="canonical" href="/no"> --><LINK REL="CANONICAL" HREF="/yes"></head>`,
		`<head><style>/* <base href="/no/"> */</style><link rel="stylesheet" href="x.css"><script>var s = "<body>";</script><link rel="canonical" href="c"></head>`,
		`<head><script><!--<script></script><link rel="canonical" href="/no">--></script></head><body><link rel="canonical" href="/late">`,
		`<title><link rel="canonical" href="/no"></title><base href="/b/"><link rel=canonical href=c>`,
		`<head><link rel="canonical" href="/one"><link rel="canonical" href="/two">`,
		`<head><link href="/a" rel="alternate canonical"></head>`,
		`<textarea><base href="/no/"></textarea><link rel="canonical" href="c"><base href="/late/">`,
	} {
		f.Add([]byte(s))
	}
	page, _ := url.Parse("https://a.kr/x/y")
	f.Fuzz(func(t *testing.T, b []byte) {
		links, canonical := pageLinks(b, page, false)
		if want := headCanonical(b, page); len(links) != 0 || canonical != want {
			t.Errorf("pageLinks(%q, head only) = %q, %q; want no links, %q", b, links, canonical, want)
		}
	})
}
