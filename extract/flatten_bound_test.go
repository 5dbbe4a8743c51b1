package extract

import (
	"bytes"
	"strings"
	"testing"
)

// TestFlattenBounded: nesting past the parser's limit is flattened into as
// many paragraph breaks as there are paragraphs, not one <br> per element
// left out: 2 million nested <div> (a 10 MB hostile page) once became 2
// million <br> nodes and took 517 MiB to extract.
func TestFlattenBounded(t *testing.T) {
	const n = 200000
	tests := []struct {
		name, page string
		paras      string
	}{
		{"nested, never closed", "<html><body>" + strings.Repeat("<div>", n) + "<p>first</p><p>second</p></body></html>", "first|second"},
		{"nested and closed", "<html><body>" + strings.Repeat("<div>\n<span>", n) + "<p>first</p>" + strings.Repeat("</span>\n</div>", n) + "<p>second</p></body></html>", "first|second"},
		{"text between", "<html><body>" + strings.Repeat("<div>", 300) + "one<div>two</div>three</body></html>", "one|two|three"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			flat, err := flatten([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if k := bytes.Count(flat, []byte("<br>")); k > 8 {
				t.Errorf("flatten wrote %d <br>, want a few", k)
			}
			root, err := parseHTML([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			pg := &paragrapher{t: newStatTable(8, newHintCache(0))}
			pg.walk(root)
			pg.flush()
			if got := strings.Join(pg.paras, "|"); got != tt.paras {
				t.Errorf("paragraphs %q, want %q", got, tt.paras)
			}
		})
	}
}
