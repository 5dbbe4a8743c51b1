package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestCutTags(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"", 2, ""},
		{"<p>a</p><p>b</p>", 2, "<p>a</p><p>b</p>"},
		{"<p>a</p><p>b</p><p>c</p>", 2, "<p>a</p><p>b</p>"},
		{"<p>a</p><P>b</P><p>c</p>", 1, "<p>a</p>"},
		{"a < b, 1<2 </p><!-- x --><p>c", 1, "a < b, 1<2 </p><!-- x --><p>c"},
		{"<p><", 1, "<p><"},
		{"<", 0, "<"},
		{"x<a", 0, "x"},
	}
	for _, tt := range tests {
		if got := cutTags([]byte(tt.in), tt.max); string(got) != tt.want {
			t.Errorf("cutTags(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// TestHugePageBounded checks that a page of more start tags than
// maxStartTags is read up to its bound: its article holds the first rows.
func TestHugePageBounded(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("<html><head><title>큰 표</title></head><body><article><h1>큰 표</h1><table>")
	for i := range maxStartTags {
		fmt.Fprintf(&b, "<tr><td>%d번 지점은 매출 %d억 원을 기록했다.</td></tr>", i, i%9000+1)
	}
	b.WriteString("</table><p>마지막 문단은 읽히지 않는다.</p></article></body></html>")
	a, err := FromHTML(b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "마지막 문단") {
		t.Error("the text past the bound was read")
	}
	if n := len(a.Paragraphs); n < maxStartTags/3 || n > maxStartTags/2 {
		t.Errorf("%d paragraphs, want about %d (two start tags a row)", n, maxStartTags/2)
	}
}
