package facts

import (
	"testing"
	"time"
)

// TestTimeClasses8 reads the period of amounts in the constructions of the
// eighth round (docs/meaning.md "Decisions, eighth round (b3)").
func TestTimeClasses8(t *testing.T) {
	tests := []struct {
		text, amount string
		pub          time.Time
		period       string
	}{
		// 이듬해: the year after the last year named before it, in the
		// sentence or the one before, else after publication.
		{"지원액은 2011년 9천만 달러에서 2012년 1억 달러로 늘었다. 그러나 이듬해 6천만 달러로 줄었다.", "6천만 달러", seedPublished, "2013"},
		{"2019년 공장을 세운 회사는 이듬해 매출 100억원을 올렸다.", "100억원", seedPublished, "2020"},
		{"회사는 이듬해 매출 100억원을 목표로 한다.", "100억원", seedPublished, "2026"},
		{"회사는 이듬해 매출 100억원을 목표로 한다.", "100억원", time.Time{}, ""},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, tt.pub)
		if ok && string(f.Period) != tt.period {
			t.Errorf("%s\n\t%s: period %q, want %q", tt.text, tt.amount, f.Period, tt.period)
		}
	}
}
