package facts

import "testing"

func TestTrimQuotes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"‘성과 생식 보건’ 분야", "‘성과 생식 보건’ 분야"}, // paired: kept
		{"보건’ 분야", "보건’ 분야"},               // unpaired inside: kept, as written
		{"‘예산", "예산"},                      // unpaired at an end: gone
		{"재원’", "재원"},
		{"⋘18.7∰‘22년", "⋘18.7∰‘22년"},
		{" '추경' ", "추경"},
	} {
		if got := trimQuotes(tt.in); got != tt.want {
			t.Errorf("trimQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
