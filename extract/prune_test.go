package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsTeaserList(t *testing.T) {
	teaser := `<li><a href="/v/1"><strong>시내버스 요금 200원 오른다</strong></a><p class="lead">시청이 내년부터 시내버스 요금을 200원 올리기로 했다.</p></li>`
	tests := []struct {
		name, list string
		want       bool
	}{
		{"headlines with summaries", "<ul>" + strings.Repeat(teaser, 3) + "</ul>", true},
		{"two items are no list of articles", "<ul>" + strings.Repeat(teaser, 2) + "</ul>", false},
		// A digest's items go on after the link in the same line: the
		// article's own text.
		{"digest", `<ol>` + strings.Repeat(`<li><strong><a href="/x">The state attorney general is investigating</a>.</strong> The company confirmed it had been contacted.</li>`, 3) + `</ol>`, false},
		{"items without links", "<ul>" + strings.Repeat(`<li><p>구청은 올해 안에 공개 입찰로 바꾸기로 했다는 설명이다.</p></li>`, 3) + "</ul>", false},
		{"short links", "<ul>" + strings.Repeat(`<li><a href="/t">태그</a><p>구청은 올해 안에 공개 입찰로 바꾸기로 했다.</p></li>`, 3) + "</ul>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.list + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			list := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Ul || n.DataAtom == atom.Ol })
			if got := isTeaserList(list); got != tt.want {
				t.Errorf("isTeaserList(%s) = %v, want %v", tt.list, got, tt.want)
			}
		})
	}
}
