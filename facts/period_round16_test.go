package facts

import (
	"testing"
	"time"
)

// TestTimeClassesRound16 reads the period of amounts in the classes of
// the sixteenth round (docs/meaning.md "Sixteenth round: time rules"), each
// beside a near case it must leave alone. The sentences are our own.
func TestTimeClassesRound16(t *testing.T) {
	sep := time.Date(2023, 9, 21, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// J1: a verb joined by -아/-어 ends the clause of a time when a new
		// subject or topic follows it: the time is the joined verb's deed.
		{"누리국은 2021년 5월 10억 달러의 차관을 받아 전체 차관 규모는 30억 달러에 이른다.", "30억 달러", sep, "", ""},
		{"누리국은 2021년 5월 10억 달러의 차관을 받아 전체 차관 규모는 30억 달러에 이른다.", "10억 달러", sep, "2021-05", "2021년 5월"},
		// Near: a time right after the topic frames the sentence past J1.
		{"누리전자는 지난해 반도체를 팔아 영업이익은 10조원을 기록했다.", "10조원", sep, "2022", "지난해"},
		// Near: no new subject after the joined verb; the verbs are one
		// deed and the time is both amounts'.
		{"누리시는 2021년 5월 공장을 팔아 20억원을 벌었다.", "20억원", sep, "2021-05", "2021년 5월"},
		// Near: the joined verb is in a clause that modifies the subject
		// (수출해 벌어들인 돈은): no new clause starts.
		{"누리회사가 지난해 부품을 수출해 벌어들인 돈은 3억 달러다.", "3억 달러", sep, "2022", "지난해"},
		// J2: a time after the joined verb that governs the amount modifies
		// a later predicate.
		{"누리영화는 매출 5억 달러를 달성해 2019년 흥행 3위에 올랐다.", "5억 달러", sep, "", ""},
		// Near: a time before the amount stays its own.
		{"누리영화는 2019년 매출 5억 달러를 달성해 흥행 3위에 올랐다.", "5억 달러", sep, "2019", "2019년"},
		// Near: a bare 해 after 지난 is the year, no joined verb.
		{"대변인은 올해 예산은 70억 달러가 될 것이며, 지난 해 지출은 60억 달러였다고 말했다.", "60억 달러", sep, "2022", "지난 해"},
		// A month spaced from its number, as a corpus of words writes it
		// (6 월에), is the month, as 1970 년 is the year.
		{"누리회사는 6 월에 100만원의 자금이 부족하다.", "100만원", sep, "2023-06", "6 월"},
		{"누리회사는 6월에 100만원의 자금이 부족하다.", "100만원", sep, "2023-06", "6월"},
		// Near: a count of months is no month.
		{"누리회사는 6 개월 동안 100만원의 자금이 부족하다.", "100만원", sep, "", ""},
		// A span of years of account with 년도 written short (2018~2019도)
		// is the span, as 2025~2029 회계연도 is; degrees are no years.
		{"누리기구의 2018~2019도 예산이 2억 달러 이상 감축될 것이라고 전했다.", "2억 달러", sep, "2018/2019", "2018~2019도"},
		{"누리기구의 2018~2019년도 예산이 2억 달러 이상 감축될 것이라고 전했다.", "2억 달러", sep, "2018/2019", "2018~2019년도"},
		{"누리창고는 섭씨 18~19도를 지키는 데 2억 달러를 썼다.", "2억 달러", sep, "", ""},
		// K: a time whose first predicate is a deed of procedure going on
		// into the amount's clause (a report to an office), or an occasion
		// of saying in a sentence that ends by saying (a press conference,
		// E4), is that deed's: the amount after the verb is none of its
		// arguments.
		{"누리전자는 1월 초 부산에서 기자회견을 열고 다온주에 약 18억 달러를 투입한다고 발표했다.", "18억 달러", sep, "", ""},
		{"누리씨가 지난 2017년 매출액을 축소 신고해 국세청으로부터 2억 원을 추징당했다.", "2억 원", sep, "", ""},
		// Near: a year before a press conference is the deed's (E4 dates the
		// saying by a day or a month only).
		{"누리전자는 올해 기자회견을 열고 다온주에 약 18억 달러를 투입한다고 발표했다.", "18억 달러", sep, "2023", "올해"},
		// Near: a deed of money after the time keeps it.
		{"누리전자는 1월 초 서울에 공장을 열고 가나주에 약 25억 달러를 투자했다.", "25억 달러", sep, "2023-01", "1월 초"},
		// Near: a day is the news's, the main deed's (M7: the sentencing).
		{"누리법원은 3일 횡령 혐의로 기소된 누리씨에게 벌금 600만원을 선고했다.", "600만원", sep, "2023-09-03", "3일"},
		// Near: a verb of making known that modifies the amount's own noun
		// dates it (지난달 30일 공개한 지원금 20만원).
		{"이통사가 지난달 공시한 보조금 25만원에 15%를 더한다.", "25만원", sep, "2023-08", "지난달"},
		// Near: a clause of its own that heads the sentence frames it
		// (seventh round), and a suit's filing dates its amount
		// (sixteenth round, b6).
		{"누리국은 2021년 가나국을 상대로 제기한 소송에서 23억 달러의 배상 판결을 받았다.", "23억 달러", sep, "2021", "2021년"},
		// The guide's d14 decision: X에 이어 names the time of an earlier
		// instance, not the amount's.
		{"누리국의 교역액은 지난달에 이어 또다시 2억 달러에 근접했다.", "2억 달러", sep, "", ""},
		// Near: the amount's own time after it stays.
		{"누리국의 교역액은 작년에 이어 올해도 1억 달러를 넘겼다.", "1억 달러", sep, "2023", "올해"},
		{"누리국의 교역액은 지난달 또다시 2억 달러에 근접했다.", "2억 달러", sep, "2023-08", "지난달"},
	})
}

// TestFiscalSpanPurpose checks that a span of years of account read as a
// time stays in the purpose it names, as 2023회계연도 예산 does (P2).
func TestFiscalSpanPurpose(t *testing.T) {
	sep := time.Date(2023, 9, 21, 12, 0, 0, 0, kst)
	for _, tt := range []struct{ text, amount, want string }{
		{"누리기구의 2018~2019도 예산이 2억 달러 이상 감축될 것이라고 전했다.", "2억 달러", "2018~2019도 예산"},
		{"누리기구의 2023회계연도 예산이 2억 달러 이상 감축될 것이라고 전했다.", "2억 달러", "2023회계연도 예산"},
		{"누리기구의 2021년 예산이 2억 달러 이상 감축될 것이라고 전했다.", "2억 달러", "예산"},
	} {
		f, ok := explainOne(t, tt.text, tt.amount, sep)
		if ok && string(f.Purpose) != tt.want {
			t.Errorf("%s\n\t%s: purpose %q, want %q", tt.text, tt.amount, f.Purpose, tt.want)
		}
	}
}
