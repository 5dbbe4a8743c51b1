package facts

import (
	"testing"
	"time"
)

// TestSpansRound19 reads every form of "Decisions, nineteenth round:
// spans (Sp1–Sp10)" (docs/meaning.md): an open span of the amount's
// clause keeps its words with no period, two ends or an end and a
// duration close it, a duration alone is no time, 들어 closes a span from
// the start of its year or month, 지금까지 alone names no time, an event
// with no time written is none, a record's frame is none, and a time as of
// is the amount's. The sentences are our own.
func TestSpansRound19(t *testing.T) {
	jun := time.Date(2025, 6, 10, 9, 0, 0, 0, kst)
	checkPeriods(t, []periodCase{
		// Sp1: a deadline or a start of the amount's clause.
		{"조합은 2027년까지 300억 원을 모으기로 했다.", "300억 원", jun, "", "2027년까지"},
		{"수수료는 9월부터 건당 500원으로 오른다.", "500원", jun, "", "9월부터"},
		{"2020년 이후 모인 기부금은 40억 원이다.", "40억 원", jun, "", "2020년 이후"},
		{"재단은 2015년 창립 이래 12억 원을 지원했다.", "12억 원", jun, "", "2015년 창립 이래"},
		{"최저임금은 현행 5천 원에서 2030년까지 7천 원으로 오른다.", "7천 원", jun, "", "2030년까지"},
		{"9월부터 3천억 원어치 제품의 관세가 오른다.", "3천억 원", jun, "", "9월부터"},
		// Sp1, near: a span of another noun's clause or of a clause the
		// amount does not share.
		{"2020년부터 시행된 법에 따라 벌금 300만 원이 부과된다.", "300만 원", jun, "", ""},
		{"신청은 17일까지이며 5만 달러가 배정됐다.", "5만 달러", jun, "", ""},
		// Sp1, near: the amount heads the relative clause, or is the
		// noun its clause measures: the start stays.
		{"재단이 2020년부터 지원한 5억 원은 장학금으로 쓰였다.", "5억 원", jun, "", "2020년부터"},
		// Sp2: two ends.
		{"누리사는 2021년부터 2024년까지 80억 원을 썼다.", "80억 원", jun, "2021/2024", "2021년부터 2024년까지"},
		{"누리사는 1월부터 6월까지 8억 원을 벌었다.", "8억 원", jun, "2025-H1", "1월부터 6월까지"},
		// Sp3: an end or a start with a duration.
		{"누리사는 2022년부터 3년간 60억 원을 투자했다.", "60억 원", jun, "2022/2024", "2022년부터 3년간"},
		{"누리사는 2026년까지 5년간 10억 원을 투자한다.", "10억 원", jun, "2022/2026", "2026년까지 5년간"},
		// Sp4: a duration alone.
		{"누리사는 지난 5년간 70억 원을 벌었다.", "70억 원", jun, "", ""},
		// Sp5: 들어.
		{"올해 들어 4월까지 수출액은 9억 원이다.", "9억 원", jun, "2025-01/2025-04", "올해 들어 4월까지"},
		{"올해 들어 수출액은 9억 원이다.", "9억 원", jun, "2025", "올해 들어"},
		// Sp6: 지금까지 alone; a start and 최근까지.
		{"그는 지금까지 3억 원을 냈다.", "3억 원", jun, "", ""},
		{"정부가 현재까지 기여한 규모는 5억 원에 달한다.", "5억 원", jun, "", ""},
		{"재단은 2017년 시작된 장학금으로 지금까지 30만 원을 줬다.", "30만 원", jun, "", ""},
		{"그는 지난해 3월부터 최근까지 5억 원을 챙겼다.", "5억 원", jun, "", "지난해 3월부터 최근까지"},
		// Sp7: an event with no time written.
		{"전쟁 발발 이후 보낸 지원은 40억 원이다.", "40억 원", jun, "", ""},
		// Sp8: a record's frame.
		{"쌀값이 6천 원을 넘은 것은 2012년 이후 10년 만에 처음이다.", "6천 원", jun, "", ""},
		// Sp9: 까지만 해도.
		{"2019년까지만 해도 월 2억 원이던 매출은 크게 줄었다.", "2억 원", jun, "", "2019년까지"},
		// Sp10: as of.
		{"6월 말 기준 잔액은 3억 원이다.", "3억 원", jun, "2025-06", "6월 말"},
	})
}
