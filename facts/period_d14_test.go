package facts

import (
	"testing"
	"time"
)

// TestTimeClassesD14 reads the period of amounts in the time classes of
// d14 (docs/meaning.md "Decisions, fourteenth round (d14)"), each with a
// near case it must leave alone. The sentences are our own.
func TestTimeClassesD14(t *testing.T) {
	sep := time.Date(2023, 9, 21, 12, 0, 0, 0, kst)
	aug := time.Date(2023, 8, 3, 12, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// M2: a span of quarters joined by 부터 … 까지 is its months, as
		// 1~3분기 is; a half made of two quarters stays a half.
		{"누리국의 교역액은 지난해 2분기부터 올해 1분기까지 1억 파운드를 기록했다.", "1억 파운드", aug, "2022-04/2023-03", "지난해 2분기부터 올해 1분기까지"},
		{"누리국의 교역액은 올해 1~3분기 2억 달러였다.", "2억 달러", aug, "2023-01/2023-09", "올해 1~3분기"},
		// M6: the time right before the first end of a change is that
		// end's; the second end has none of its own here.
		{"누리국의 수출액은 4월 300만 달러에서 200만 달러로 떨어졌다.", "200만 달러", sep, "", ""},
		{"누리국의 수출액은 4월 300만 달러에서 200만 달러로 떨어졌다.", "300만 달러", sep, "2023-04", "4월"},
		{"누리국의 수출액은 4월 300만 달러에서 5월 200만 달러로 떨어졌다.", "200만 달러", sep, "2023-05", "5월"},
		{"현재 국회에는 자본금 한도를 25조원에서 35조원으로 늘리는 법안이 올라 있다.", "35조원", sep, "2023-09-21", "현재"},
		{"누리시는 지난해 50만원에서 100만원에 팔리던 자전거를 샀다.", "100만원", sep, "2022", "지난해"},
		// M5: an open span since a start keeps its words glued or spaced;
		// a record's frame stays no time.
		{"누리회사는 2019년 설립이래 70억 달러가 넘는 돈을 벌었다.", "70억 달러", sep, "", "2019년 설립이래"},
		{"누리회사는 2019년 설립 이래 70억 달러가 넘는 돈을 벌었다.", "70억 달러", sep, "", "2019년 설립 이래"},
		// M8: 전달 before a figure's noun and its amount is the month before
		// the month the sentence before names; as a delivery it is none.
		{"누리국의 8월 쌀 수입액은 700만 달러였다.\n전달 수입액 500만 달러에 비해 40% 늘어난 수치다.", "500만 달러", sep, "2023-07", "전달"},
		{"누리재단은 구호품 전달 비용 500만 달러를 모았다.", "500만 달러", sep, "", ""},
		// M8: 이 기간 points to a period, not to the day a document was
		// released; it takes the month the sentence before names.
		{"5월 누리국과 가나국의 무역 총액이 2억 달러로 집계됐다.\n19일 가나국 세관이 발표한 자료에 따르면 가나국은 이 기간 누리국에 1억 달러를 수출했다.", "1억 달러", sep, "2023-05", "이 기간"},
		{"가나국 세관은 19일 누리국에 1억 달러를 돌려줬다.", "1억 달러", sep, "2023-09-19", "19일"},
	})
}
