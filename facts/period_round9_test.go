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
		// T14: one quantity over clauses shares its per; a noun of its
		// own, a time of its own, a total or another role breaks it.
		{"선수들의 캐디는 연간 5천 달러를 받고 톱 랭커들의 캐디들은 20만 달러까지 받는다.", "20만 달러", PerYear},
		{"장학금은 매해 2만 달러였는데 지난 2020년부터 5만 달러로 늘었다.", "5만 달러", PerYear},
		{"그는 매해 25만 달러의 기부금을 냈으며 2004년에는 150만 달러의 기금을 모았다.", "150만 달러", ""},
		{"월 50만원을 받는 그는 지난해 1억원을 벌었다.", "1억원", ""},
		{"연간 1억달러, 총 8000억달러의 기금을 조성한다.", "8000억달러", ""},
		{"월 이용금액이 8만원 이상이면 3만원을 돌려준다.", "3만원", ""},
		{"월평균 10만원으로 소득(84만원) 대비 비중은 11.8%다.", "84만원", ""},
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
		// T18: an amount that is the base of a comparison, right after
		// its time with 의, has that time; a time of the same period of
		// another keeps its words only.
		{"매출은 지난해의 5억원보다 20% 늘었다.", "5억원", oct, "2022", "지난해"},
		{"이는 지난해 동기의 27억 달러보다 20% 감소한 것이다.", "27억 달러", oct, "", "지난해 동기"},
		{"이는 지난해 동기 27억 달러보다 20% 감소한 것이다.", "27억 달러", oct, "", ""},
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
