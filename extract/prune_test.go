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
		// Recommended stories ranked 1, 2, 3: the rank in an element of
		// its own before each headline.
		{"ranked headlines", "<ol>" + strings.Repeat(`<li><em>1</em><div><h3><a href="/v/1">시내버스 요금 200원 오른다</a></h3><p>시청이 내년부터 시내버스 요금을 200원 올리기로 했다.</p></div></li>`, 3) + "</ol>", true},
		{"headlines in headings, summaries as text", "<ul>" + strings.Repeat(`<li><h3><a href="/v/1">시내버스 요금 200원 오른다</a></h3>시청이 내년부터 시내버스 요금을 200원 올리기로 했다.<br><br></li>`, 3) + "</ul>", true},
		{"headings with a short note", "<ul>" + strings.Repeat(`<li><h3><a href="/v/1">시내버스 요금 200원 오른다</a></h3>사회</li>`, 3) + "</ul>", false},
		{"a number run into the text", "<ol>" + strings.Repeat(`<li>1 <a href="/v/1">시내버스 요금 200원 오른다</a><p>시청이 내년부터 시내버스 요금을 200원 올리기로 했다.</p></li>`, 3) + "</ol>", false},
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

func TestPruneTeaserListHeading(t *testing.T) {
	item := `<li><em>1</em><h3><a href="/v/1">시내버스 요금 200원 오른다</a></h3><p>시청이 내년부터 시내버스 요금을 200원 올리기로 했다.</p></li>`
	page := `<div id="x"><p>구청은 올해 안에 공개 입찰로 바꾸기로 했다.</p><h2>당신이 좋아할 만한 뉴스</h2><ol>` + strings.Repeat(item, 3) + `</ol></div>`
	doc, err := html.Parse(strings.NewReader("<html><body>" + page + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	root := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Div })
	tab := newStatTable(64, newHintCache(64))
	collectStats(tab, root, false)
	(&pruner{t: tab}).prune(root)
	if got, want := textContent(root), "구청은 올해 안에 공개 입찰로 바꾸기로 했다."; got != want {
		t.Errorf("after pruning: %q, want %q", got, want)
	}
}
