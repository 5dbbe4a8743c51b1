package facts

import (
	"regexp"
	"testing"
)

// copulaRef is the regexp cutCopula replaced, kept to check it against.
var copulaRef = regexp.MustCompile(`(?:이었습니다|였습니다|입니다|이었다|였다|이다|이며|이고)$`)

func TestCutCopula(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"중국이었습니다", "중국", true},
		{"회장입니다", "회장", true},
		{"독일이었다", "독일", true},
		{"정부였다", "정부", true},
		{"정부다", "정부다", false},
		{"이이다", "이", true},
		{"이다", "", true},
		{"제공이며", "제공", true},
		{"회사이고", "회사", true},
		{"입니다만", "입니다만", false},
		{"", "", false},
		{"\xec이다", "\xec", true},
	}
	for _, tt := range tests {
		got, ok := cutCopula(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("cutCopula(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ref := copulaRef.ReplaceAllString(tt.in, ""); got != ref || ok != copulaRef.MatchString(tt.in) {
			t.Errorf("cutCopula(%q) = %q, %v; the regexp gives %q", tt.in, got, ok, ref)
		}
	}
}

func FuzzCutCopula(f *testing.F) {
	for _, s := range []string{"중국이었습니다", "회장입니다", "이이다", "정부다", "\xec이다"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := cutCopula(s)
		if ref := copulaRef.ReplaceAllString(s, ""); got != ref || ok != copulaRef.MatchString(s) {
			t.Errorf("cutCopula(%q) = %q, %v; the regexp gives %q", s, got, ok, ref)
		}
	})
}
