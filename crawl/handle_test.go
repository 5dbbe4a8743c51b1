package crawl

import (
	"mime"
	"testing"
)

func TestIsHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"text/html", true},
		{"text/html; charset=utf-8", true},
		{"TEXT/HTML;charset=EUC-KR", true},
		{"application/xhtml+xml", true},
		// Malformed parameters: the media type is still HTML.
		{"text/html; UTF-8", true},
		{"text/html; charset:utf-8", true},
		{"text/html; charset=", true},
		{"application/pdf", false},
		{"image/png; UTF-8", false},
		{"text/plain", false},
		{"html", false},
		{"/", false},
	}
	for _, tt := range tests {
		mt, _, err := mime.ParseMediaType(tt.in)
		if got := isHTML(tt.in, mt, err); got != tt.want {
			t.Errorf("isHTML(%q) = %v, want %v (ParseMediaType: %q, %v)", tt.in, got, tt.want, mt, err)
		}
	}
}
