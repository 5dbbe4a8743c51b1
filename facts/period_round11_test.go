package facts

import (
	"testing"
	"time"
)

// TestTimeDecisions11 reads the period of amounts by the eleventh round's
// decisions of time (docs/meaning.md "Decisions, eleventh round (open
// questions)", E4 and E5), in sentences of our own, each beside a near
// case the rule must leave alone.
func TestTimeDecisions11(t *testing.T) {
	aug := time.Date(2024, 8, 20, 12, 0, 0, 0, kst)
	var none time.Time
	tests := []periodCase{
		// E5 (b): six months that make a half are the half, as three
		// that make a quarter are the quarter; other spans keep months.
		{"북한의 올해 1~6월 수입액은 월 평균 127만 달러였다.", "127만 달러", aug, "2024-H1", "올해 1~6월"},
		{"올해 1월부터 6월까지 양국의 무역 총액이 10억 달러로 집계됐다.", "10억 달러", aug, "2024-H1", "올해 1월부터 6월까지"},
		{"2019년 7~12월 교역액은 12억 달러였다.", "12억 달러", none, "2019-H2", "2019년 7~12월"},
		{"2019년 1~3월 교역액은 12억 달러였다.", "12억 달러", none, "2019-Q1", "2019년 1~3월"},
		{"2019년 1~5월 교역액은 12억 달러였다.", "12억 달러", none, "2019-01/2019-05", "2019년 1~5월"},
		{"2019년 2~7월 교역액은 12억 달러였다.", "12억 달러", none, "2019-02/2019-07", "2019년 2~7월"},
		// E4: a day before a verb of ordering or requesting whose object
		// holds the amount dates the order, not the amount; a sentence
		// imposed is dated by its own clause.
		{"누리지방법원은 24일 다온국이 피해자 가족에게 5억 달러를 배상하라고 판결했다.", "5억 달러", aug, "", ""},
		{"누리국 대통령은 오늘 회의에서 재건 자금으로 5백억 달러를 지원해줄 것을 국제사회에 요청했다.", "5백억 달러", aug, "", ""},
		{"누리지방법원은 14일 다온국에 벌금 5억 달러를 선고했다.", "5억 달러", aug, "2024-08-14", "14일"},
		{"누리국 대통령은 오늘 회의에서 재건 자금으로 5백억 달러를 지원했다.", "5백억 달러", aug, "2024-08-20", "오늘"},
		// E5 (c): X부터 최근까지 is an open span from X, its words whole;
		// a start alone and a closed span are read as before.
		{"박씨는 2019년 3월부터 최근까지 모두 9차례에 걸쳐 450만 원을 가로챘다.", "450만 원", aug, "", "2019년 3월부터 최근까지"},
		{"박씨는 지난해 5월부터 최근까지 상인들로부터 450만 원을 받아냈다.", "450만 원", aug, "", "지난해 5월부터 최근까지"},
		{"박씨는 2019년 3월부터 모두 9차례에 걸쳐 450만 원을 가로챘다.", "450만 원", aug, "", "2019년 3월부터"},
		{"박씨는 2019년 3월부터 2020년 5월까지 모두 450만 원을 가로챘다.", "450만 원", aug, "2019-03/2020-05", "2019년 3월부터 2020년 5월까지"},
		// A time right after X 등은 frames the clauses after it, as one
		// right after any topic does.
		{"검찰에 따르면 한씨 일당은 지난해 1월부터 최근까지 노인들을 속이고 그 대가로 모두 2억여원을 가로챘다.", "2억여원", aug, "", "지난해 1월부터 최근까지"},
		{"박씨 등은 지난해 상인들을 속이고 총 3억여원을 챙겼다.", "3억여원", aug, "2023", "지난해"},
		{"박씨 등은 상인들을 속이고 지난해 총 3억여원을 챙겼다.", "3억여원", aug, "2023", "지난해"},
	}
	checkPeriods(t, tests)
}
