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
		// G1: 위해 after a noun with 을 (for it) and 가운데 after a bare noun
		// (among it) close no clause for a time: the time before them is the
		// amount's. After a verb they close the clause as before.
		{"누리은행 대표는 2019년부터 2023년까지 여러 은행을 위해 10억 달러의 결제를 도왔다.", "10억 달러", sep, "2019/2023", "2019년부터 2023년까지"},
		{"협정은 내년까지이며, 올해 주둔비용 가운데 누리국이 낼 몫은 1조원이다.", "1조원", sep, "2023", "올해"},
		{"누리시 대표는 은행에서 2019년 공장을 짓기 위해 10억원을 빌렸다.", "10억원", sep, "", ""},
		{"수출이 지난해 크게 늘어나는 가운데 누리국은 5억 달러를 빌렸다.", "5억 달러", sep, "", ""},
	})
}
