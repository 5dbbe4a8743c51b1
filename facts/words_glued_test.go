package facts

import "testing"

// TestGluedNumeral cuts a numeral glued to a particle into its own word,
// and leaves numbered names and units alone.
func TestGluedNumeral(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"유럽은행은9일 발표했다", []string{"유럽은행은", "9일", "발표했다"}},
		{"원유가격이11일 올랐다", []string{"원유가격이", "11일", "올랐다"}},
		{"회의에서1조 원을", []string{"회의에서", "1조", "원을"}},
		{"제2차 회의", []string{"제2차", "회의"}},             // a numbered name
		{"이2 회의", []string{"이2", "회의"}},               // too short to hold a noun and its particle
		{"서울시민3명이", []string{"서울시민3명이"}},              // no particle before the numeral
		{"유엔총회2025년 회기", []string{"유엔총회2025년", "회기"}}, // 회 is no particle
	}
	for _, tt := range tests {
		ws := splitWords(tt.text)
		var got []string
		for _, w := range ws {
			got = append(got, w.raw)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: words %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: words %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}
