package extract

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/internal/shared"
)

// sameTree reports where trees a and b first differ, or "" when they are
// the same node for node: type, tag, data, namespace and attributes.
func sameTree(a, b *html.Node, path string) string {
	if a.Type != b.Type || a.DataAtom != b.DataAtom || a.Data != b.Data || a.Namespace != b.Namespace {
		return fmt.Sprintf("%s: node %d %q, want %d %q", path, a.Type, trim(a.Data), b.Type, trim(b.Data))
	}
	if len(a.Attr) != len(b.Attr) {
		return fmt.Sprintf("%s: %d attributes, want %d", path, len(a.Attr), len(b.Attr))
	}
	for i := range a.Attr {
		if a.Attr[i] != b.Attr[i] {
			return fmt.Sprintf("%s: attribute %v, want %v", path, a.Attr[i], b.Attr[i])
		}
	}
	ca, cb := a.FirstChild, b.FirstChild
	for i := 0; ca != nil || cb != nil; i++ {
		if ca == nil || cb == nil {
			return fmt.Sprintf("%s/%s: child %d missing or extra", path, a.Data, i)
		}
		if d := sameTree(ca, cb, fmt.Sprintf("%s/%s[%d]", path, a.Data, i)); d != "" {
			return d
		}
		ca, cb = ca.NextSibling, cb.NextSibling
	}
	return ""
}

func trim(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// checkSpliced checks that parseSpliced with min gives the tree
// html.Parse gives page, and returns how many texts it replaced.
func checkSpliced(t *testing.T, name string, page []byte, min int) int {
	t.Helper()
	want, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		if _, err := parseSpliced(page, min); err == nil {
			t.Errorf("%s: parseSpliced gives no error, html.Parse one", name)
		}
		return 0
	}
	got, err := parseSpliced(page, min)
	if err != nil {
		t.Errorf("%s: parseSpliced: %v, html.Parse none", name, err)
		return 0
	}
	if d := sameTree(got, want, ""); d != "" {
		t.Errorf("%s: parseSpliced tree differs from html.Parse: %s", name, d)
	}
	n := 0
	for _, sp := range rawSpans(page, min) {
		if !sp.attr {
			n++
		}
	}
	return n
}

var css = strings.Repeat(".a{color:red} ", 20)

func TestParseSpliced(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		spans int // texts replaced, with min 1
	}{
		{"style and script", `<html><head><style>` + css + `</style><script>var a = "</div>";</script></head><body><p>x</p></body></html>`, 2},
		{"upper case", `<STYLE type=text/css>` + css + `</STYLE ><SCRIPT>1</Script/><p>x`, 2},
		{"end tag needs a delimiter", `<style>a</stylex>b</style><p>x`, 1},
		{"quoted > in attributes", `<div title="a>b" data-x='<style>'><style>a</style></div><p>x`, 1},
		{"unquoted value", `<div a=b>c><style>a</style>`, 1},
		{"equals opening a name", `<div ==x>"<style>a</style>`, 1},
		{"comments", `<!-- <style> --><style>a</style><!--x--!><style>b</style><!--><style>c</style><!---><style>d</style>`, 4},
		{"comment with --!", `<!-- a --!- <style> --><style>e</style>`, 1},
		{"bogus comments and doctype", `<!DOCTYPE html><? <style> ><! <style> ></ <style> ></><style>a</style>`, 1},
		{"raw text elements", `<textarea><style>a</style></textarea><title><script>b</script></title><xmp><style>c</style></xmp><noscript><style>d</style></noscript><style>e</style>`, 1},
		{"script with a comment", `<script><!-- a --></script><style>b</style>`, 2},
		{"script escapes", `<script><!-- document.write("<script>x</script>"); --></script><style>b</style>`, 2},
		{"script escape left open", `<script><!-- <script> a </script> b --></SCRIPT ><style>c</style>`, 2},
		{"script escape dashes", `<script><!--- a --!> <b> ---></script><script><!-</script><style>c</style>`, 3},
		{"script to the end", `<style>a</style><script><!-- <script></script>`, 1},
		{"svg icon passed over", `<svg viewBox="0 0 1 1"><g><path d="M0 0"/><rect></rect></g></SVG ><style>a</style><svg><use href="#i"></svg><script>b</script>`, 2},
		{"svg with a style stops the scan", `<style>a</style><svg><style>b</style></svg><style>c</style>`, 1},
		{"svg with foreignObject stops the scan", `<style>a</style><svg><foreignObject><style>b</style></foreignObject></svg><style>c</style>`, 1},
		{"svg with a title stops the scan", `<style>a</style><svg><title>t</title></svg><style>c</style>`, 1},
		{"self-closing svg stops the scan", `<style>a</style><svg/><style>c</style>`, 1},
		{"svg breakout stops the scan", `<svg><path><p>x</p></svg><style>c</style>`, 0},
		{"nested svg stops the scan", `<svg><svg></svg></svg><style>c</style>`, 0},
		{"select stops the scan", `<style>a</style><select><style>b</style></select><style>c</style>`, 1},
		{"frameset stops the scan", `<style>a</style><frameset><style>b</style></frameset>`, 1},
		{"plaintext stops the scan", `<style>a</style><plaintext><style>b</style>`, 1},
		{"carriage return and NUL stay", "<style>a\r\nb</style><script>a\x00b</script><style>c</style>", 1},
		{"end of page in a tag", `<style>a</style><div class="x`, 1},
		{"end of page in a style", `<style>a</style><style>b`, 1},
		{"style in a table", `<table><tr><style>a</style><td>x</td></tr></table>`, 1},
		{"style after body", `<p>x</p></body></html><style>a</style>`, 1},
		{"self-closing", `<style/>a</style><script />b</script>`, 2},
		{"placeholder character", "<style>\ue000</style>", 0},
		{"attribute values", `<div title="long value" TITLE='again' data-x="a&amp;b" data-y="a` + "\r\n" + `b"><img src="data:x" alt=plain></div></div class="end">`, 0},
		{"formatting elements keep their values", `<b class="x"><b class="x"><b class="x"><b class="x">t</b></b><p>u`, 0},
		{"body attributes merged", `<body class="z"><p>x<body class="y" id="w">`, 0},
		{"html attributes merged", `<html lang="ko"><p>x<html data-a="b" lang="en">`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := checkSpliced(t, tt.name, []byte(tt.in), 1); n != tt.spans {
				t.Errorf("%d texts replaced, want %d", n, tt.spans)
			}
		})
	}
}

// TestRawSpansAttributes checks which attribute values are read as
// placeholders: quoted ones of start tags, long enough, that the tokenizer
// takes as written, on elements whose attributes the parser never
// compares.
func TestRawSpansAttributes(t *testing.T) {
	long := strings.Repeat("v", minRawSpan/4)
	tests := []struct {
		in   string
		want int
	}{
		{`<img src="` + long + `">`, 1},
		{`<img src='` + long + `' alt="` + long + `">`, 2},
		{`<img src="` + long[1:] + `">`, 0},                    // short
		{`<img src=` + long + `>`, 0},                          // unquoted
		{`<img src="` + long + `&amp;">`, 0},                   // a character reference
		{`<img src="` + long + "\r" + `">`, 0},                 // a carriage return
		{`<a href="` + long + `">`, 0},                         // a formatting element
		{`<div></div title="` + long + `">`, 0},                // an end tag
		{`<svg data-x="` + long + `"><path/></svg>`, 0},        // an SVG icon
		{`<select title="` + long + `">`, 0},                   // the scan stops
		{`<div title="` + long + `" title="` + long + `">`, 2}, // the second is dropped by the tokenizer, not here
	}
	for _, tt := range tests {
		n := 0
		for _, sp := range rawSpans([]byte(tt.in), minRawSpan) {
			if sp.attr {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("rawSpans(%.60q…) holds %d values, want %d", tt.in, n, tt.want)
		}
		checkSpliced(t, tt.in, []byte(tt.in), minRawSpan)
	}
}

// TestParseSplicedPages checks the trees of the real pages, the package's
// test pages, the shared testpages and the public benchmark's pages, with
// every script and style replaced and with the production bound.
func TestParseSplicedPages(t *testing.T) {
	var pages []string
	for _, root := range []string{"testdata", shared.Path("testpages"), shared.Path("benchmarks/article-extraction/html")} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".html") || strings.HasSuffix(path, ".htm") || strings.HasSuffix(path, ".html.gz")) {
				pages = append(pages, path)
			}
			return nil
		})
	}
	spans := 0
	// The real pages, from the fetched copies of their repositories
	// ($NEWSFACTS_MIRROR, else /work/.mirror) where they are there.
	mirror := os.Getenv("NEWSFACTS_MIRROR")
	if mirror == "" {
		mirror = "/work/.mirror"
	}
	if real, err := eval.LoadRealPages("testdata/realpages"); err == nil {
		for _, p := range real {
			if b, err := p.HTML(mirror); err == nil {
				if text, _, err := decode(b, ""); err == nil {
					b = text
				}
				spans += checkSpliced(t, p.Name, b, 1)
				checkSpliced(t, p.Name, b, minRawSpan)
			}
		}
	}
	for _, path := range pages {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(path, ".gz") {
			if b, err = gunzip(b); err != nil {
				t.Fatal(err)
			}
		}
		if text, _, err := decode(b, ""); err == nil {
			b = text
		}
		spans += checkSpliced(t, path, b, 1)
		checkSpliced(t, path, b, minRawSpan)
	}
	if spans == 0 {
		t.Errorf("no text replaced in %d pages", len(pages))
	}
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// FuzzParseSpliced checks that parseSpliced builds the tree html.Parse
// builds, whatever the page.
func FuzzParseSpliced(f *testing.F) {
	f.Add(`<style>a</style><p>b</p>`)
	f.Add(`<!--x--><script>1</script><div title="<style>">c</div>`)
	f.Add(`<table><style>a</style><tr><td>x<script>y</script>`)
	f.Add(`<textarea><style>a</style></textarea><style>b</STYLE\t>`)
	f.Add(`<script><!-- <script>a</script> --></script><svg><path/></svg><style>b</style>`)
	f.Fuzz(func(t *testing.T, page string) {
		checkSpliced(t, "fuzz", []byte(page), 1)
	})
}
