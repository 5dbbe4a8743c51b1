package extract

import (
	"strings"
	"testing"
)

func TestParseHTMLDeep(t *testing.T) {
	for _, depth := range []int{100, 600, 5000} {
		page := "<html><body>" + strings.Repeat("<div>", depth) + "<p>first</p><p>second</p></body></html>"
		root, err := parseHTML([]byte(page))
		if err != nil {
			t.Fatalf("depth %d: parseHTML: %v", depth, err)
		}
		pg := &paragrapher{t: newStatTable(8, newHintCache(0))}
		pg.walk(root)
		pg.flush()
		if got := strings.Join(pg.paras, "|"); got != "first|second" {
			t.Errorf("depth %d: paragraphs %q, want first|second", depth, got)
		}
	}
}
