package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzFromHTML feeds FromHTML arbitrary bytes. It must not panic or hang,
// must fail only with its documented errors, and when it succeeds Text
// must be the non-empty paragraphs joined by newlines.
func FuzzFromHTML(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*", "input.html"))
	for _, name := range inputs {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, "")
		}
	}
	if b, err := os.ReadFile(seedPage); err == nil {
		f.Add(b, "text/html; charset=utf-8")
	}
	for _, s := range []string{
		"", "<", "<html>", "<p>한 문장입니다.</p>", "<br><br><br>", "<div><div><div>",
		"<script>Fusion.globalContent={\"content_elements\":[{\"type\":\"text\",\"content\":\"x\"}]};</script>",
		"<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"articleBody\":\"본문\"}]}</script>",
		"<meta charset=\"euc-kr\"><p>\xb1\xe2\xbb\xe7</p>",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("<p>x</p>"), "text/html; charset=x-unknown")
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		a, err := FromHTML(page, Options{ContentType: contentType})
		if err != nil {
			if !errors.Is(err, ErrNotHTML) && !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrCharset) {
				t.Fatalf("FromHTML error %v wraps no sentinel", err)
			}
			if a != nil {
				t.Fatalf("FromHTML returned an article with error %v", err)
			}
			return
		}
		if len(a.Paragraphs) == 0 {
			t.Fatal("FromHTML succeeded without paragraphs")
		}
		for _, p := range a.Paragraphs {
			if strings.TrimSpace(p) == "" || strings.Contains(p, "\n") {
				t.Fatalf("bad paragraph %q", p)
			}
		}
		if a.Text != strings.Join(a.Paragraphs, "\n") {
			t.Fatal("Text is not the paragraphs joined by newlines")
		}
	})
}
