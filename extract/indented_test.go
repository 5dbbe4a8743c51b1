package extract

import (
	"strings"
	"testing"
	"time"
)

// TestIndentedLabels checks that a page saved with every tag and text on
// an indented line of its own (BeautifulSoup's prettify()) gives the
// same visible date and drops the same labelled box as the page written
// tight: a label's length is read without the indentation.
func TestIndentedLabels(t *testing.T) {
	pad := "\n" + strings.Repeat(" ", 48)
	body := `<p>` + strings.Repeat("정부는 반도체 지원 예산을 늘리기로 했다고 밝혔다. ", 6) + `</p><p>` + strings.Repeat("업계는 환영한다는 입장을 냈다. ", 6) + `</p>`
	for _, tt := range []struct{ name, sep string }{{"tight", ""}, {"indented", pad}} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>반도체 예산 늘린다</title></head><body><h1>반도체 예산 늘린다</h1>` +
				`<div class="sns-share"><span>` + tt.sep + `송고시간 |` + tt.sep + `<em>` + tt.sep + `2019-06-02 14:43` + tt.sep + `</em></span></div>` +
				`<div class="article">` + body + `</div></body></html>`
			a, err := FromHTML([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := time.Date(2019, 6, 2, 14, 43, 0, 0, kst)
			if !a.Published.Equal(want) {
				t.Errorf("published %v, want %v", a.Published, want)
			}
		})
	}
	if !isLabelAlone(pad + "송고시간 |" + pad) {
		t.Error("an indented label alone is not read as one")
	}
	if isLabelAlone(pad + "송고시간 이후 발표된 자료" + pad) {
		t.Error("prose that starts with a label is read as a label alone")
	}
}
