package facts

import (
	"testing"
	"time"
)

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

// TestTimeClasses9 reads the period of amounts in the time constructions
// of the ninth round, each with a near case it must leave alone.
func TestTimeClasses9(t *testing.T) {
	jan := time.Date(2023, 1, 18, 12, 0, 0, 0, kst)
	oct := time.Date(2023, 10, 18, 12, 0, 0, 0, kst)
	tests := []struct {
		text, amount string
		pub          time.Time
		period       string
		ptext        string
	}{
		// A bare month more than half a year after publication's is the
		// nearer one, last year's; a month close ahead stays ahead.
		{"회사는 12월 매출 30억원을 기록했다고 밝혔다.", "30억원", jan, "2022-12", "12월"},
		{"회사는 12월 매출 30억원을 목표로 한다.", "30억원", oct, "2023-12", "12월"},
		{"회사는 3월 매출 30억원을 기록했다.", "30억원", jan, "2023-03", "3월"},
		// N년 전, counted from publication, as N년 후 is.
		{"이씨는 4년 전 900만원을 빌렸다.", "900만원", jan, "2019", "4년 전"},
		{"이씨는 4년 후 900만원을 갚는다.", "900만원", jan, "2027", "4년 후"},
		// 지난 달, spaced, is 지난달.
		{"지난 달, 그는 벌금 1500만원을 선고받았다.", "1500만원", jan, "2022-12", "지난 달"},
		// A time of day before 현재 stays in the span, and an as-of time
		// is no report's day, whatever source follows it.
		{"21일 오전 8시 현재 오피넷에 따르면 휘발유 최저가는 1천200원이다.", "1천200원", oct, "2023-09-21", "21일 오전 8시 현재"},
		{"21일 오피넷에 따르면 휘발유 최저가는 1천200원이다.", "1천200원", oct, "", ""},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, tt.pub)
		if ok && string(f.PeriodText) != tt.ptext {
			t.Errorf("%s\n\t%s: period_text %q, want %q", tt.text, tt.amount, f.PeriodText, tt.ptext)
		}
		if ok && string(f.Period) != tt.period {
			t.Errorf("%s\n\t%s: period %q, want %q", tt.text, tt.amount, f.Period, tt.period)
		}
	}
}
