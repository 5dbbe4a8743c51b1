package extract

import "testing"

func TestIsAuthorLine(t *testing.T) {
	m := &meta{
		authors: []string{"정하나 새벽은행 자산관리센터 PB팀장"},
		props:   map[string]string{"dable:author": "정하나 새벽은행 자산관리센터 PB팀장"},
	}
	keys := m.authorLineKeys()
	tests := []struct {
		in   string
		want bool
	}{
		{"정하나 새벽은행 자산관리센터 PB팀장", true},
		{"정하나 새벽은행 자산관리센터 PB 팀장.", true}, // spacing and punctuation do not count
		{"정하나 새벽은행 자산관리센터 PB팀장은 예금을 짧게 나누라고 권했다.", false},
		{"정하나", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isAuthorLine(tt.in, keys); got != tt.want {
			t.Errorf("isAuthorLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if isAuthorLine("정하나 새벽은행 자산관리센터 PB팀장", (&meta{props: map[string]string{}}).authorLineKeys()) {
		t.Error("isAuthorLine with no author credit on the page = true, want false")
	}
}
