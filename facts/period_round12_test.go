package facts

import (
	"testing"
	"time"
)

// TestTimeClasses12 reads the period of amounts in the time constructions
// of the twelfth round (docs/meaning.md "Twelfth round: time and role on
// d12"), each with a near case it must leave alone.
func TestTimeClasses12(t *testing.T) {
	mar := time.Date(2023, 3, 18, 12, 0, 0, 0, kst)
	var none time.Time
	tests := []struct {
		text, amount string
		pub          time.Time
		period       string
		ptext        string
	}{
		// A third of a year (초반, 중반, 후반) is part of the time, as 말
		// is: a span until it has no period, the time itself the year.
		{"2010년 중반까지 50만원에 살 수 있던 총이 지금은 비싸다.", "50만원", mar, "", "2010년 중반까지"},
		{"2010년 후반 매출은 50만원이었다.", "50만원", mar, "2010", "2010년 후반"},
		{"2010년 말까지 50만원에 살 수 있던 총이 지금은 비싸다.", "50만원", mar, "", "2010년 말까지"},
		{"2010년 매출은 50만원이었다.", "50만원", mar, "2010", "2010년"},
		// So many months after, as so many years after: a time whose
		// words stay, counted from a time the sentence does not date.
		{"주가는 1개월 후에는 1만 원까지 떨어졌다.", "1만 원", none, "", "1개월 후"},
		{"주가는 3년 후에는 1만 원까지 떨어졌다.", "1만 원", none, "", "3년 후"},
		{"주가는 1개월 동안 1만 원 떨어졌다.", "1만 원", none, "", ""},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, tt.pub)
		if !ok {
			continue
		}
		if string(f.PeriodText) != tt.ptext {
			t.Errorf("%s\n\t%s: period_text %q, want %q", tt.text, tt.amount, f.PeriodText, tt.ptext)
		}
		if string(f.Period) != tt.period {
			t.Errorf("%s\n\t%s: period %q, want %q", tt.text, tt.amount, f.Period, tt.period)
		}
	}
}
