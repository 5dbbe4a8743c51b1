package facts

import (
	"testing"
	"time"
)

// TestTimeClasses8 reads the period, its text and per of amounts in the
// constructions of the eighth round (docs/meaning.md "Eighth round: time
// (time9)"), in sentences of our own, with publication time
// seedPublished (2025-04-18) unless the case has none; each rule has a
// near case it must leave alone.
func TestTimeClasses8(t *testing.T) {
	tests := []struct {
		text, amount  string
		noPub         bool
		period, ptext string
		per           Per
	}{
		// A day before a paper or a meeting where something is made
		// public (자료에서, 회의에서, 행사에서), in a sentence that ends by
		// saying, announcing or promising: the saying's day.
		{"검찰은 이날 자료에서 범죄수익 600만 달러를 압수했다고 덧붙였습니다.", "600만 달러", false, "", "", ""},
		{"장관은 이날 기지에서 열린 회의에서 5억 달러 규모의 추가 지원 방안을 공개했습니다.", "5억 달러", false, "", "", ""},
		{"그는 19일 시내에서 열린 유세 행사에서 매일 한 명에게 100만 달러를 지급하겠다고 약속했습니다.", "100만 달러", false, "", "", PerDay},
		{"실제로 이날 행사에서 그는 서명자 한 명을 뽑아 100만 달러를 지급했습니다.", "100만 달러", false, "2025-04-18", "이날", ""},
		{"이날 행사에는 1천명이 참가했으며, 후원금으로 200만 달러가 모금됐습니다.", "200만 달러", false, "2025-04-18", "이날", ""},
	}
	for _, tt := range tests {
		pub := seedPublished
		if tt.noPub {
			pub = time.Time{}
		}
		f, ok := explainOne(t, tt.text, tt.amount, pub)
		if ok && (string(f.Period) != tt.period || string(f.PeriodText) != tt.ptext || f.Per != tt.per) {
			t.Errorf("%s\n\t%s: period %q (%q) per %q, want %q (%q) per %q", tt.text, tt.amount, f.Period, f.PeriodText, f.Per, tt.period, tt.ptext, tt.per)
		}
	}
}
