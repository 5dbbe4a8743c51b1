package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

func TestExportMoney(t *testing.T) {
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	ctx := t.Context()
	cols := queryRows(t, mustReadOnly(t, db), `SELECT group_concat(name, ',') FROM pragma_table_info('money')`)[0]

	var out bytes.Buffer
	if err := db.ExportMoney(ctx, &out, sqlite.CSV); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "e+") {
		t.Errorf("CSV has a number with an exponent:\n%s", out.String())
	}
	records, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(records[0], ","); got != cols {
		t.Errorf("CSV header = %s, want the money view's columns %s", got, cols)
	}
	if len(records) != 1+15 {
		t.Fatalf("CSV has %d rows, want a header and the 15 money facts", len(records))
	}
	head := records[0]
	field := func(rec []string, name string) string { return rec[slices.Index(head, name)] }
	// Oldest first: the yen article of 2025-02-10.
	if got := field(records[1], "amount") + " " + field(records[1], "currency"); got != "1000000000000 JPY" {
		t.Errorf("first CSV row amount = %s, want 1000000000000 JPY", got)
	}
	var seen int
	for _, rec := range records[1:] {
		if field(rec, "text") == "1조 8천억 원" {
			seen++
			if field(rec, "amount") != "1800000000000" || field(rec, "amount_eok") != "18000" || field(rec, "amount_jo") != "1.8" {
				t.Errorf("1조 8천억 원 exported as amount %s, eok %s, jo %s", field(rec, "amount"), field(rec, "amount_eok"), field(rec, "amount_jo"))
			}
		}
		if field(rec, "text") == "2.75달러" && field(rec, "amount") != "2.75" {
			t.Errorf("2.75달러 exported as %s", field(rec, "amount"))
		}
	}
	if seen != 2 {
		t.Errorf("1조 8천억 원 exported %d times, want 2", seen)
	}

	out.Reset()
	if err := db.ExportMoney(ctx, &out, sqlite.JSONL); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 15 {
		t.Fatalf("JSONL has %d lines, want 15", len(lines))
	}
	for _, line := range lines {
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("JSONL line %s: %v", line, err)
		}
		if len(m) != len(head) {
			t.Errorf("JSONL line has %d keys, want %d: %s", len(m), len(head), line)
		}
		if m["text"] == "최대 연 20억 원" && (m["amount"] != json.Number("2000000000") || m["qualifiers"] != "최대 연") {
			t.Errorf("JSONL line for 최대 연 20억 원 = %s", line)
		}
		if m["text"] == "300억~500억 원" && (m["amount"] != nil || m["min"] != json.Number("30000000000")) {
			t.Errorf("JSONL line for the range = %s", line)
		}
	}
	if !strings.HasPrefix(lines[0], `{"fact_id":`) {
		t.Errorf("JSONL keys are not in column order: %s", lines[0])
	}

	if err := db.ExportMoney(ctx, &out, "xlsx"); !errors.Is(err, sqlite.ErrFormat) {
		t.Errorf("ExportMoney(xlsx) error = %v, want ErrFormat", err)
	}
}

func mustReadOnly(t *testing.T, db *sqlite.DB) *sql.DB {
	t.Helper()
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	return ro
}

func ExampleDB_ExportMoney() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "news.db"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer db.Close()

	page := &newsfacts.Page{URL: "https://news.example.kr/1", RequestedURL: "https://news.example.kr/1",
		FinalURL: "https://news.example.kr/1", Status: 200, Body: []byte("<p>…</p>")}
	if _, err := db.InsertPage(ctx, page); err != nil {
		fmt.Println(err)
		return
	}
	text := "정부는 1조 8천억 원을 배정했다."
	article := &extract.Article{URL: page.URL, Title: "AI 추경", Text: text,
		Published: time.Date(2025, 4, 17, 23, 30, 0, 0, time.UTC),
		Facts: []facts.Fact{{Kind: facts.KindMoney, Text: "1조 8천억 원",
			Value: &facts.Decimal{Coef: 1_800_000_000_000}, Currency: "KRW",
			Start: 4, End: 12, Sentence: text, Role: facts.RoleLevel, Agent: "정부"}}}
	if _, err := db.SaveArticle(ctx, page.ID, article, "v1"); err != nil {
		fmt.Println(err)
		return
	}
	if err := db.ExportMoney(ctx, os.Stdout, sqlite.CSV); err != nil {
		fmt.Println(err)
	}
	// Output:
	// fact_id,article_id,published_date_kst,month_kst,quarter_kst,published_at,outlet,outlet_name,title,url,amount,currency,amount_eok,amount_jo,min,max,approx,qualifiers,context_words,repeated,text,sentence,char_start,char_end,role,agent,purpose,period,period_text,per,claim_id
	// 1,1,2025-04-18,2025-04,2025-Q2,2025-04-17T23:30:00Z,news.example.kr,news.example.kr,AI 추경,https://news.example.kr/1,1800000000000,KRW,18000,1.8,,,0,,,0,1조 8천억 원,정부는 1조 8천억 원을 배정했다.,4,12,level,정부,,,,,1
}
