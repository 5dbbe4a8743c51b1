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
		ptext        string
	}{
		// 이듬해: the year after the last year named before it, in the
		// sentence or the one before, else after publication.
		{"지원액은 2011년 9천만 달러에서 2012년 1억 달러로 늘었다. 그러나 이듬해 6천만 달러로 줄었다.", "6천만 달러", seedPublished, "2013", ""},
		{"2019년 공장을 세운 회사는 이듬해 매출 100억원을 올렸다.", "100억원", seedPublished, "2020", ""},
		{"회사는 이듬해 매출 100억원을 목표로 한다.", "100억원", seedPublished, "2026", ""},
		{"회사는 이듬해 매출 100억원을 목표로 한다.", "100억원", time.Time{}, "", ""},
		// A clause of time after a deed (…한 뒤) shares its time with the
		// deed after it.
		{"박씨가 2019년 공장을 매각한 뒤 5억원을 투자했다.", "5억원", seedPublished, "2019", "2019년"},
		// After a comma, a time before a later amount opens the next item.
		{"작년 2월 D씨로부터 31차례 2천만원을, 작년 10월 E씨에게는 6차례 380만원을 각각 받았다.", "2천만원", seedPublished, "2024-02", "작년 2월"},
		{"작년 2월 D씨로부터 31차례 2천만원을, 작년 10월 E씨에게는 6차례 380만원을 각각 받았다.", "380만원", seedPublished, "2024-10", "작년 10월"},
		// A count of days after 지 (since) is a duration, no day.
		{"현재 이 기획은 모금사이트에 공개된 지 3일도 안 돼 모금 목표인 5만 달러를 넘었다.", "5만 달러", seedPublished, "2025-04-18", "현재"},
	}
	for _, tt := range tests {
		f, ok := explainOne(t, tt.text, tt.amount, tt.pub)
		if ok && tt.ptext != "" && string(f.PeriodText) != tt.ptext {
			t.Errorf("%s\n\t%s: period_text %q, want %q", tt.text, tt.amount, f.PeriodText, tt.ptext)
		}
		if ok && string(f.Period) != tt.period {
			t.Errorf("%s\n\t%s: period %q, want %q", tt.text, tt.amount, f.Period, tt.period)
		}
	}
}

// TestPerClasses8 reads per of amounts in the constructions of the eighth
// round.
func TestPerClasses8(t *testing.T) {
	tests := []perCase{
		// 한 달, 한 해 opening the noun the amount measures, and the
		// amounts of its list.
		{"그는 한 달 출연료 3000만 원, 광고료만 500만 원을 받는다.", "3000만 원", PerMonth},
		{"그는 한 달 출연료 3000만 원, 광고료만 500만 원을 받는다.", "500만 원", PerMonth},
		{"한 달 동안 5천원대 가격이 이어졌다.", "5천원", ""},
		{"수출 규모는 한 달 새 5억달러에서 7억달러로 늘었다.", "7억달러", ""},
		// Both ends of A에서 B share the period before A, past a time.
		{"신병의 하루 간식비는 지난해 하루 700원에서 올해 1천200원으로 올랐다.", "1천200원", PerDay},
	}
	checkPers(t, tests)
}
