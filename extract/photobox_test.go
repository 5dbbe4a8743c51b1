package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestTextBesidePhotos(t *testing.T) {
	fig := `<figure><div><img src="a.jpg" alt="시장 취임식"></div></figure>`
	tests := []struct {
		name, box string
		want      bool
	}{
		{"story between two photos", fig + ` 새 시장이 1일 취임했다.<br><br> 그는 "시민과 함께하겠다"고 밝혔다.<br><br>` + fig + ` /새벽뉴스`, true},
		{"one sentence beside the figure", fig + ` 1일 취임식에서 선서하는 새 시장.`, false},
		{"a credit only", fig + ` /새벽뉴스`, false},
		{"sentences in the figure's caption", `<figure><img src="a.jpg"><figcaption>새 시장이 1일 취임했다. 그는 선서했다.</figcaption></figure>`, false},
		{"a photo outside a figure", `<img src="a.jpg"> 새 시장이 1일 취임했다. 그는 선서했다.`, false},
		{"photos in plain wrappers", `<div><img src="a.jpg"></div> 새 시장이 1일 취임했다.<br><br> 그는 선서했다.<br><br><div><img src="b.jpg"></div> /새벽뉴스`, true},
		{"a two-sentence caption on one line", `<div><img src="a.jpg"></div> 1일 취임식에서 선서하는 새 시장. 그는 시민과 함께하겠다고 했다. /새벽뉴스`, false},
		{"a caption in a block under the photo", `<div><img src="a.jpg"></div><p>1일 취임식에서 선서하는 새 시장. 그는 시민과 함께하겠다고 했다.</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><div id="box">` + tt.box + `</div></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			box := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Div && attr(n, "id") == "box" })
			if got := textBesidePhotos(box); got != tt.want {
				t.Errorf("textBesidePhotos(%s) = %v, want %v", tt.box, got, tt.want)
			}
		})
	}
}
