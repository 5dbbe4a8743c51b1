package extract_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
	"golang.org/x/net/html"
)

// TestRealTruthInPage checks each real page's truth against the page
// itself, before the extractor is checked against the truth: the title,
// every phrase and every furniture string must be in the page. A string
// the page lacks checks nothing: a furniture string that is not on the
// page is never in the body, so that check cannot fail, and a misspelt
// phrase fails the extractor for the truth's fault. Pages whose
// repository has no fetched copy are skipped, as in TestRealPages.
func TestRealTruthInPage(t *testing.T) {
	forRealPages(t, func(t *testing.T, p eval.RealPage, page []byte) {
		missing, err := truthMissing(page, p.Truth)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range missing {
			t.Errorf("%s: the truth names %s, which the page does not hold", p.Name, m)
		}
	})
}

// TestTruthMissing holds truthMissing to its contract on a page of our own.
func TestTruthMissing(t *testing.T) {
	page := []byte(`<html><head><meta property="og:title" content="하천 산책로 조명 새로 달아">
<script>var body = "시는 2일 산책로 조명 120개를 새로 달았다고 밝혔다.";</script></head>
<body><h1>하천 산책로 조명 새로 달아</h1><p>시는 2일 “산책로 조명 120개”를 새로 달았다고 밝혔다.</p>
<figure><img alt="밤의 산책로 (사진=새벽시 제공)"><figcaption>밤의 산책로</figcaption></figure>
<p class="reporter">한가을 기자 autumn@saebyeok.example</p><style>.x{content:"스타일 글"}</style></body></html>`)
	tests := []struct {
		name  string
		truth eval.RealTruth
		want  []string
	}{
		{"all held", eval.RealTruth{
			Title:          "하천 산책로 조명 새로 달아",
			Phrases:        []string{`산책로 조명 120개를 새로 달았다고`},
			Furniture:      []string{"autumn@saebyeok.example", "사진=새벽시 제공"},
			FurnitureLines: []string{"밤의 산책로"},
		}, nil},
		{"misspelt phrase", eval.RealTruth{
			Title:   "하천 산책로 조명 새로 달아",
			Phrases: []string{"산책로 조명 12개를"},
		}, []string{`phrase "산책로 조명 12개를"`}},
		{"furniture of another page", eval.RealTruth{
			Title:     "하천 산책로 조명 새로 달아",
			Furniture: []string{"hong@example.com"},
		}, []string{`furniture "hong@example.com"`}},
		{"wrong title", eval.RealTruth{Title: "하천 산책로 조명 새로 단다"}, []string{`title "하천 산책로 조명 새로 단다"`}},
		{"style text is not the page's", eval.RealTruth{
			Title:          "하천 산책로 조명 새로 달아",
			FurnitureLines: []string{"스타일 글"},
		}, []string{`furniture line "스타일 글"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := truthMissing(page, tt.truth)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("truthMissing() = %q, want %q", got, tt.want)
			}
		})
	}
}

// truthMissing returns the strings of t that page does not hold, each
// with what it is ("phrase", "furniture" …). A string is held when its
// letters and digits (as eval compares them) are in the page's text:
// its text nodes, read on across elements as a line runs across its
// links, and its content, alt and title attributes, or the text
// of its scripts, where pages built by scripts keep their body. The
// text of style elements is not the page's.
func truthMissing(page []byte, t eval.RealTruth) ([]string, error) {
	text, _, err := extract.Decode(page, "")
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if p := n.Parent; p == nil || p.Type != html.ElementNode || p.Data != "style" {
				b.WriteString(letterRunes(n.Data)) // runs on into the next node: a line may span elements
			}
		case html.ElementNode:
			for _, a := range n.Attr {
				if a.Key == "content" || a.Key == "alt" || a.Key == "title" {
					b.WriteString(letterRunes(a.Val))
					b.WriteByte('\n')
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	held := b.String()
	var missing []string
	check := func(kind string, ss ...string) {
		for _, s := range ss {
			if !strings.Contains(held, letterRunes(s)) {
				missing = append(missing, kind+" "+strconv.Quote(s))
			}
		}
	}
	check("title", t.Title)
	check("phrase", t.Phrases...)
	check("furniture", t.Furniture...)
	check("furniture line", t.FurnitureLines...)
	return missing, nil
}

// letterRunes keeps the letters and digits of s, as eval compares texts.
func letterRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// TestRealTruthConsistent checks each truth against itself, which CI can
// do without the pages: a furniture string inside a phrase, the same
// phrase twice, or phrases longer than the whole body make the check
// fail for the truth's fault whatever the extractor does.
func TestRealTruthConsistent(t *testing.T) {
	pages, err := eval.LoadRealPages(realPagesDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		for _, c := range truthConflicts(p.Truth) {
			t.Errorf("%s: %s", p.Name, c)
		}
	}
}

// TestTruthConflicts holds truthConflicts to its contract.
func TestTruthConflicts(t *testing.T) {
	tests := []struct {
		name  string
		truth eval.RealTruth
		want  []string
	}{
		{"consistent", eval.RealTruth{BodyLetters: 40, Phrases: []string{"시는 2일 조명을 달았다", "주민들은 반겼다"}, Furniture: []string{"hong@example.com"}, FurnitureLines: []string{"밤의 산책로"}}, nil},
		{"furniture in a phrase", eval.RealTruth{BodyLetters: 40, Phrases: []string{"#주가지수 3천 회복"}, Furniture: []string{"#주가지수"}}, []string{`furniture "#주가지수" is in phrase "#주가지수 3천 회복"`}},
		{"furniture line is a phrase", eval.RealTruth{BodyLetters: 40, Phrases: []string{"밤의 산책로"}, FurnitureLines: []string{"밤의 산책로"}}, []string{`furniture line "밤의 산책로" is in phrase "밤의 산책로"`}},
		{"phrase twice", eval.RealTruth{BodyLetters: 40, Phrases: []string{"주민들은 반겼다", "주민들은, 반겼다"}}, []string{`phrase "주민들은, 반겼다" repeats phrase "주민들은 반겼다"`}},
		{"phrases longer than the body", eval.RealTruth{BodyLetters: 5, Phrases: []string{"주민들은 반겼다"}}, []string{"phrases hold 7 letters, the body 5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := truthConflicts(tt.truth); !slices.Equal(got, tt.want) {
				t.Errorf("truthConflicts() = %q, want %q", got, tt.want)
			}
		})
	}
}

// truthConflicts returns what makes truth t contradict itself: a
// furniture string or line whose letters are inside a phrase's (the
// phrase must be in the body, the furniture must not), a phrase whose
// letters repeat another's, and phrases with more letters than the body.
func truthConflicts(t eval.RealTruth) []string {
	var out []string
	for _, f := range []struct {
		kind string
		ss   []string
	}{{"furniture", t.Furniture}, {"furniture line", t.FurnitureLines}} {
		for _, s := range f.ss {
			for _, p := range t.Phrases {
				if l := letterRunes(s); l != "" && strings.Contains(letterRunes(p), l) {
					out = append(out, fmt.Sprintf("%s %q is in phrase %q", f.kind, s, p))
				}
			}
		}
	}
	n := 0
	for i, p := range t.Phrases {
		n += utf8.RuneCountInString(letterRunes(p))
		for _, q := range t.Phrases[:i] {
			if letterRunes(p) == letterRunes(q) {
				out = append(out, fmt.Sprintf("phrase %q repeats phrase %q", p, q))
			}
		}
	}
	if n > t.BodyLetters {
		out = append(out, fmt.Sprintf("phrases hold %d letters, the body %d", n, t.BodyLetters))
	}
	return out
}
