package sqlite

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestJSONVerbatim checks that a word jsonVerbatim accepts is found byte
// for byte in the list jsonList writes, and that the words it refuses are
// those encoding/json escapes.
func TestJSONVerbatim(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"평균", true},
		{"1인당", true},
		{"kg당", true},
		{"a\"b", false},
		{`a\b`, false},
		{"<b>", false},
		{"R&D", false},
		{"줄\u2028바꿈", false},
		{"탭\t", false},
		{"\xff", false},
	} {
		if got := jsonVerbatim(tc.word); got != tc.want {
			t.Errorf("jsonVerbatim(%q) = %v, want %v", tc.word, got, tc.want)
		}
		list := jsonList([]string{"앞", tc.word})
		var back []string
		if err := json.Unmarshal([]byte(list), &back); err != nil {
			t.Fatalf("jsonList(%q) = %s: %v", tc.word, list, err)
		}
		if tc.want && !strings.Contains(list, tc.word) {
			t.Errorf("jsonList writes %s, without %q as is", list, tc.word)
		}
	}
}
