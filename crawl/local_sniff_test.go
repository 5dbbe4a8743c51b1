package crawl_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/crawl"
)

// TestLocalPageSniffed: a saved page is imported whatever precedes its
// markup that a browser takes in its stride, a byte-order mark or a stray
// NUL byte (issue 17: one NUL near the top made a page binary), and a
// binary file named .html is still refused.
func TestLocalPageSniffed(t *testing.T) {
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>기사</title></head><body><p>정부는 반도체 설비 투자에 17조 원을 공급한다.</p></body></html>"
	tests := []struct {
		name string
		body string
		ok   bool
	}{
		{"plain.html", page, true},
		{"bom.html", "\xef\xbb\xbf" + page, true},
		{"nul-first.html", "\x00\n" + page, true},
		{"nul-in-body.html", page[:120] + "\x00" + page[120:], true},
		{"png.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), tt.name)
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := crawl.Run(t.Context(), mustOpenDB(t), testConfig(t), []string{p})
			if tt.ok && (err != nil || r.Stored != 1) {
				t.Errorf("Run = %+v, %v; want the page stored", r, err)
			}
			if !tt.ok && err == nil {
				t.Errorf("Run = %+v; want an error for a binary file", r)
			}
		})
	}
}
