package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsfacts/newsfacts/facts"
)

// TestWriteArticle checks that writeArticle writes what a json.Encoder
// with HTML escaping off writes, byte for byte, whatever the article and
// its facts hold.
func TestWriteArticle(t *testing.T) {
	text := `예산 1조 원과 "facts":[] <b>2천억 원</b>. 30%.`
	tests := []struct {
		name string
		out  htmlOutput
	}{
		{"no facts", htmlOutput{File: "a.html", Text: "본문", Paragraphs: []string{"본문"}, Facts: []facts.Fact{}}},
		{"facts", htmlOutput{File: "b.html", Text: text, Paragraphs: []string{text}, Facts: facts.Facts(text),
			Authors: []string{"김기자"}, Captions: []string{}, Charset: "utf-8"}},
		{"key in text", htmlOutput{File: `"facts":[]`, Title: `"facts":[]`, Facts: facts.Facts("1조 원")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(&tt.out); err != nil {
				t.Fatal(err)
			}
			if err := writeArticle(&got, &tt.out); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("writeArticle =\n%s\nwant\n%s", got.String(), want.String())
			}
		})
	}
}
