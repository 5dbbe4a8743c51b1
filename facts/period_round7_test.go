package facts

import (
	"testing"
	"time"
)

// TestTimeClasses7 reads the period, its text and per of amounts in the
// constructions of the seventh round (docs/meaning.md "Decisions, seventh
// round (7b)"), in sentences of our own, with publication time
// seedPublished (2025-04-18) unless the case has none; each rule has a
// near case it must leave alone.
func TestTimeClasses7(t *testing.T) {
	tests := []struct {
		text, amount  string
		noPub         bool
		period, ptext string
		per           Per
	}{
		// A span of quarters: their months, a half, or the year.
		{"2022년 1~3분기 교역액은 6억 달러였다.", "6억 달러", false, "2022-01/2022-09", "2022년 1~3분기", ""},
		{"회사는 1~3분기에 부품 300만 달러어치를 수입했다.", "300만 달러", false, "2025-01/2025-09", "1~3분기", ""},
		{"회사는 1~3분기에 부품 300만 달러어치를 수입했다.", "300만 달러", true, "", "1~3분기", ""},
		{"지난해 3~4분기 매출은 10억 달러였다.", "10억 달러", false, "2024-H2", "지난해 3~4분기", ""},
		{"2023년 1~4분기 적자는 5억 달러였다.", "5억 달러", false, "2023", "2023년 1~4분기", ""},
		{"2023년 3분기 적자는 5억 달러였다.", "5억 달러", false, "2023-Q3", "2023년 3분기", ""},
		// A month that is the basis of a comparison over years: each
		// year's month; a month with its year lends nothing.
		{"시장 조사에 따르면 10월 말을 기준으로 2019년엔 쌀이 5천원, 2020년엔 쌀이 4천원이었다.", "4천원", false, "2020-10", "2020년", ""},
		{"시장 조사에 따르면 10월 말을 기준으로 2019년엔 쌀이 5천원, 2020년엔 쌀이 4천원이었다.", "5천원", false, "2019-10", "2019년", ""},
		{"2019년 10월 기준으로 쌀은 5천원이었고, 2020년엔 4천원이었다.", "4천원", false, "2020", "2020년", ""},
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
