package facts

import "testing"

// TestPerClasses9 reads per of amounts in the constructions of the ninth
// round (docs/meaning.md "Ninth round: time and role on b4"), each with a
// near case it must leave alone.
func TestPerClasses9(t *testing.T) {
	tests := []struct {
		text, amount string
		per          Per
	}{
		// A noun of pay per period right before the amount it measures,
		// bare or as a topic, in a compound too; a threshold keeps it.
		{"연봉 4천만원 이하 근로자는 세금을 돌려받는다.", "4천만원", PerYear},
		{"이 회사 직원의 평균연봉은 6천200만원이다.", "6천200만원", PerYear},
		{"그가 받은 기본월급은 300만원이다.", "300만원", PerMonth},
		{"그는 상여금 500만원을 받았다.", "500만원", ""},
		// Items of a bracket keep their own nouns: the pay after a comma
		// is no pay of the amount before it.
		{"구단은 총액 20억원(계약금 5억원, 연봉 5억원)에 계약했다.", "5억원", ""},
		{"그는 연간 1억원 연봉을 받는다.", "1억원", PerYear},
		// 하루 after a time of a day is that day, no day's rate.
		{"이날 하루 이 회사의 매출은 300억원을 넘었다.", "300억원", ""},
		{"그는 하루 매출 300만원을 올린다.", "300만원", PerDay},
		// 한달, 한해 written as one word open the noun measured, as 한
		// 달 does; after 지난 they are one stretch of time.
		{"그의 한달 용돈만 50만원이었다.", "50만원", PerMonth},
		{"지난 한해 매출은 30억원이었다.", "30억원", ""},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, seedPublished)
		if ok && f.Per != tt.per {
			t.Errorf("%s\n\t%s: per %q, want %q", tt.text, tt.amount, f.Per, tt.per)
		}
	}
}
