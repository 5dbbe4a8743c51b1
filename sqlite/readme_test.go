package sqlite_test

import (
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// readmeQueries returns the ```sql blocks of the README section "## Querying
// the database", in order.
func readmeQueries(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start := strings.Index(s, "\n## Querying the database\n")
	if start < 0 {
		t.Fatal("README.md has no section ## Querying the database")
	}
	s = s[start+1:]
	if end := strings.Index(s, "\n## "); end >= 0 {
		s = s[:end]
	}
	var queries []string
	for {
		i := strings.Index(s, "```sql\n")
		if i < 0 {
			return queries
		}
		s = s[i+len("```sql\n"):]
		j := strings.Index(s, "```")
		if j < 0 {
			t.Fatal("README.md: unterminated ```sql block")
		}
		queries = append(queries, s[:j])
		s = s[j+3:]
	}
}

// cell formats a value the way the sqlite3 shell does, except for REAL
// values, written without exponent and without a trailing ".0".
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []byte:
		return string(v)
	case string:
		return v
	default:
		return fmt.Sprint(v)
	}
}

// queryRows runs query and returns each row as its cells joined by "|".
func queryRows(t *testing.T, db *sql.DB, query string) []string {
	t.Helper()
	rows, err := db.QueryContext(t.Context(), query)
	if err != nil {
		t.Fatalf("query: %v\n%s", err, query)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		cells := make([]string, len(vals))
		for i, v := range vals {
			cells[i] = cell(v)
		}
		out = append(out, strings.Join(cells, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// matchRow reports whether got matches want cell by cell; a wanted cell
// ending in "..." matches any cell that starts with the rest.
func matchRow(got, want string) bool {
	g, w := strings.Split(got, "|"), strings.Split(want, "|")
	if len(g) != len(w) {
		return false
	}
	for i := range w {
		if p, ok := strings.CutSuffix(w[i], "..."); ok {
			if !strings.HasPrefix(g[i], p) {
				return false
			}
		} else if g[i] != w[i] {
			return false
		}
	}
	return true
}

// TestREADMEQueries runs every query of the README's "Querying the database"
// section on a read-only connection to a database built from the fixtures,
// and checks the rows each returns.
func TestREADMEQueries(t *testing.T) {
	const seedAI = "과학기술정보통신부가 인공지능(AI) 분야에 배정된 1조 8천억 원 규모의 추경예산안 가운데 80% 이상을 그래픽처리장치, GPU 확보에 쓰기로 했습니다."
	const fetched = "2025-04-18T03:00:08Z"
	tests := []struct {
		name string
		want []string
	}{
		{"largest amounts this week", []string{
			// 2025-04-15 < date <= 2025-04-22; the repeated 1조 8천억 원 and
			// the 300억~500억 원 range are left out; 2025-04-17T23:30Z is
			// 2025-04-18 in KST.
			"2025-04-18|www.yna.co.kr|2조 원|20000",
			"2025-04-18|news.kbs.co.kr|1조 8천억 원|18000",
			"2025-04-18|news.kbs.co.kr|1조 4,600억 원|14600",
			"2025-04-18|news.kbs.co.kr|1,936억 원|1936",
			"2025-04-18|news.kbs.co.kr|1,723억 원|1723",
			"2025-04-22|news.kbs.co.kr|최대 1,500억 원|1500",
			"2025-04-18|www.yna.co.kr|약 1,200억 원|1200",
			"2025-04-18|news.kbs.co.kr|최대 연 20억 원|20",
		}},
		{"totals by outlet and month", []string{
			// KRW only: 1조 엔 and the dollars are not in these sums.
			"2025-02|www.yna.co.kr|1|3000000000000|3",
			"2025-03|www.hankyung.com|1|730000000000|0.73",
			"2025-04|news.kbs.co.kr|6|3777900000000|3.78",
			"2025-04|www.yna.co.kr|2|2120000000000|2.12",
		}},
		{"AI money this quarter by outlet with sentences", []string{
			// The 2025-Q2 articles that mention 인공지능 or GPU; the data
			// centre article (AI only) and the 2025-Q1 GPU article are out.
			"news.kbs.co.kr|3627900000000|1800000000000|1조 8천억 원|" + seedAI,
			"news.kbs.co.kr|3627900000000|1460000000000|1조 4,600억 원|여기에는 이번 AI 분야 추경안의 81.1%인 1조 4,600억 원이 쓰입니다.",
			"news.kbs.co.kr|3627900000000|193600000000|1,936억 원|여기에는 1,936억 원이 소요됩니다.",
			"news.kbs.co.kr|3627900000000|172300000000|1,723억 원|또 당장 시급한 국내 AI 컴퓨팅 수요에 대응하기 위해 1,723억 원을...",
			"news.kbs.co.kr|3627900000000|2000000000|최대 연 20억 원|이 밖에도 세계 최고 수준의 AI 인재를...",
			"www.yna.co.kr|2120000000000|2000000000000|2조 원|정부가 인공지능(AI) 반도체 산업 육성을 위해 내년까지 2조 원을 투입한다.",
			"www.yna.co.kr|2120000000000|120000000000|약 1,200억 원|이 가운데 약 1,200억 원은 팹리스 기업의 시제품 제작에 쓰인다.",
		}},
		{"full-text search inside an eojeol joined with money", []string{
			// 과기정통부 stands only as 과기정통부는 / 과기정통부, in these
			// texts; the meeting article matches but has no money.
			"2025-03-28|www.hankyung.com|5억 달러|500000000|USD",
			"2025-03-28|www.hankyung.com|7,300억 원 안팎|730000000000|KRW",
			"2025-03-28|www.hankyung.com|2.75달러|2.75|USD",
			"2025-04-18|news.kbs.co.kr|1조 8천억 원|1800000000000|KRW",
			"2025-04-18|news.kbs.co.kr|1조 4,600억 원|1460000000000|KRW",
			"2025-04-18|news.kbs.co.kr|1,723억 원|172300000000|KRW",
			"2025-04-18|news.kbs.co.kr|1,936억 원|193600000000|KRW",
			"2025-04-18|news.kbs.co.kr|최대 연 20억 원|2000000000|KRW",
		}},
		{"search with a passage", []string{
			"2025-04-18|www.yna.co.kr|정부, AI 반도체 지원에 2조 원 투입…팹리스 육성|정부가 인공지능(AI) [반도체] 산업...",
			"2025-02-10|www.yna.co.kr|일본, 반도체 보조금 1조 엔 추가…한국 업계 긴장|일본 정부가 [반도체] 공장...",
		}},
		{"facts with their sentence and fetch", []string{
			"0|money|1조 8천억 원|" + seedAI + "|1|" + fetched,
			"1|percent|80% 이상|" + seedAI + "|1|" + fetched,
			"2|count|1만 장|올해 안에 첨단 GPU 1만 장을 확보해...|1|" + fetched,
			"3|money|1조 8천억 원|과기정통부는 오늘(18일) 국무회의에서 1조 8천억 원 규모의...|1|" + fetched,
			"4|count|1만 장|과기정통부는 먼저 AI 컴퓨팅 인프라를 조속히 확충하기 위해 첨단 GPU 1만 장을 연내 확보하기로 했습니다.|1|" + fetched,
			"5|percent|81.1%|여기에는 이번 AI 분야 추경안의 81.1%인 1조 4,600억 원이 쓰입니다.|1|" + fetched,
			"6|money|1조 4,600억 원|여기에는 이번 AI 분야 추경안의 81.1%인 1조 4,600억 원이 쓰입니다.|1|" + fetched,
			"7|money|1,723억 원|또 당장 시급한 국내 AI 컴퓨팅 수요에...|1|" + fetched,
			"8|count|2,600장|또 당장 시급한 국내 AI 컴퓨팅 수요에...|1|" + fetched,
			"9|money|1,936억 원|여기에는 1,936억 원이 소요됩니다.|1|" + fetched,
			"10|money|최대 연 20억 원|이 밖에도 세계 최고 수준의 AI 인재를...|1|" + fetched,
		}},
		{"amounts in a range", []string{
			"2025-04-18|news.kbs.co.kr|1,936억 원|193600000000||",
			"2025-04-18|news.kbs.co.kr|1,723억 원|172300000000||",
			"2025-04-22|news.kbs.co.kr|최대 1,500억 원|150000000000||",
			"2025-04-18|www.yna.co.kr|약 1,200억 원|120000000000||",
			"2025-04-22|news.kbs.co.kr|300억~500억 원||30000000000|50000000000",
		}},
		{"articles with no facts", []string{
			"2025-04-21|www.mbn.co.kr|과기정통부 장관, AI 연구자들과 간담회|" + fixture.MeetingURL,
		}},
		{"pages with no article", []string{
			fixture.IndexURL + "|no article text found|" + fixture.Version,
		}},
		{"two-character word", []string{
			"1|news.kbs.co.kr|“AI 분야 추경 81%는 GPU 구입에…연내 확보해 세계적 AI 개발”",
		}},
		{"sum claims, not facts", []string{
			// 2025-Q1: 7,300억 원 안팎 and 3조 원. 2025-Q2: the seed's
			// five amounts (1조 8천억 원 once), 2조 원, 약 1,200억 원 and
			// 최대 1,500억 원; the range has no amount.
			"2025-Q1|2|2|3730000000000|3.73",
			"2025-Q2|8|8|5897900000000|5.9",
		}},
	}

	queries := readmeQueries(t)
	if len(queries) != len(tests) {
		t.Fatalf("README.md has %d sql queries, this test knows %d: update the test with the README", len(queries), len(tests))
	}
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := queryRows(t, ro, queries[i])
			ok := len(got) == len(tt.want)
			for j := 0; ok && j < len(got); j++ {
				ok = matchRow(got[j], tt.want[j])
			}
			if !ok {
				t.Errorf("README query %d returned\n\t%s\nwant\n\t%s\nquery:\n%s", i+1,
					strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"), queries[i])
			}
		})
	}
}
