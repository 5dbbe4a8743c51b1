package sqlite_test

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
	"github.com/parquet-go/parquet-go"
)

// xcell is one value read back from an export: nil for NULL.
type xcell = *string

func str(s string) xcell { return &s }

// wantRows reads the database with its own query and writes each value as
// the exports promise: integers with every digit, a REAL as its shortest
// decimal literal in the *_text columns and as NULL in the integer ones,
// booleans as true or false.
func wantRows(t *testing.T, db *sql.DB, query string, cols []string, realNull map[string]bool, bools map[string]bool) []map[string]xcell {
	t.Helper()
	rows, err := db.QueryContext(t.Context(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got, err := rows.Columns()
	if err != nil || !reflect.DeepEqual(got, cols) {
		t.Fatalf("columns %v, %v; want %v", got, err, cols)
	}
	var out []map[string]xcell
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		m := map[string]xcell{}
		for i, c := range cols {
			switch v := vals[i].(type) {
			case nil:
				m[c] = nil
			case int64:
				if bools[c] {
					m[c] = str(strconv.FormatBool(v != 0))
				} else {
					m[c] = str(strconv.FormatInt(v, 10))
				}
			case float64:
				if realNull[c] || math.IsInf(v, 0) {
					m[c] = nil
				} else {
					m[c] = str(strconv.FormatFloat(v, 'f', -1, 64))
				}
			case string:
				m[c] = str(v)
			case []byte:
				m[c] = str(string(v))
			default:
				t.Fatalf("column %s: %T", c, v)
			}
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func readCSV(t *testing.T, b []byte) []map[string]xcell {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]xcell
	for _, r := range recs[1:] {
		m := map[string]xcell{}
		for i, c := range recs[0] {
			m[c] = str(r[i])
		}
		out = append(out, m)
	}
	return out
}

func readJSONL(t *testing.T, b []byte) []map[string]xcell {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out []map[string]xcell
	for {
		var obj map[string]any
		if err := dec.Decode(&obj); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		m := map[string]xcell{}
		for k, v := range obj {
			switch v := v.(type) {
			case nil:
				m[k] = nil
			case json.Number:
				m[k] = str(v.String())
			case bool:
				m[k] = str(strconv.FormatBool(v))
			case string:
				m[k] = str(v)
			default:
				t.Fatalf("key %s: %T", k, v)
			}
		}
		out = append(out, m)
	}
	return out
}

// readParquet reads the rows back as the record type T and writes their
// fields as text.
func readParquet[T any](t *testing.T, b []byte) []map[string]xcell {
	t.Helper()
	recs, err := parquet.Read[T](bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	typ := reflect.TypeFor[T]()
	var out []map[string]xcell
	for _, r := range recs {
		v := reflect.ValueOf(r)
		m := map[string]xcell{}
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("parquet"), ",")
			f := v.Field(i)
			if f.Kind() == reflect.Pointer {
				if f.IsNil() {
					m[name] = nil
					continue
				}
				f = f.Elem()
			}
			m[name] = str(fmt.Sprint(f.Interface()))
		}
		out = append(out, m)
	}
	return out
}

func TestExportRoundTrip(t *testing.T) {
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()

	factCols := []string{"fact_id", "article_id", "published_date_kst", "outlet", "outlet_name", "url", "seq", "kind", "text",
		"value", "value_text", "currency", "unit", "min", "min_text", "max", "max_text", "approx", "qualifiers",
		"char_start", "char_end", "sentence", "role", "agent", "purpose", "period", "period_text", "per", "claim_id"}
	facts := wantRows(t, ro, `
		SELECT f.id AS fact_id, f.article_id, a.published_date_kst, a.outlet, a.outlet_name, a.url, f.seq, f.kind, f.text,
		       f.value, f.value_text, f.currency, f.unit, f.min, f.min AS min_text, f.max, f.max AS max_text,
		       f.approx, f.qualifiers, f.char_start, f.char_end, f.sentence,
		       f.role, f.agent, f.purpose, f.period, f.period_text, f.per, f.claim_id
		FROM facts f JOIN articles a ON a.id = f.article_id ORDER BY a.published_utc, f.article_id, f.seq`,
		factCols, map[string]bool{"value": true, "min": true, "max": true}, map[string]bool{"approx": true})
	articleCols := []string{"article_id", "page_id", "url", "outlet", "outlet_name", "title", "byline", "published_at",
		"published_utc", "published_date_kst", "modified_at", "section", "lang", "authors", "emails", "captions", "text",
		"fact_count", "extractor_version", "extracted_at"}
	articles := wantRows(t, ro, `
		SELECT id AS article_id, page_id, url, outlet, outlet_name, title, byline, published_at, published_utc,
		       published_date_kst, modified_at, section, lang, authors, emails, captions, text,
		       (SELECT count(*) FROM facts f WHERE f.article_id = articles.id) AS fact_count, extractor_version, extracted_at
		FROM articles ORDER BY published_utc, id`, articleCols, nil, nil)
	if len(facts) != 23 || len(articles) != 6 {
		t.Fatalf("fixture has %d facts and %d articles, want 23 and 6", len(facts), len(articles))
	}
	if v := facts[0]["value"]; v == nil {
		t.Fatalf("first fact's value is NULL: %v", facts[0])
	}

	tests := []struct {
		table, format string
		want          []map[string]xcell
		read          func(*testing.T, []byte) []map[string]xcell
	}{
		{sqlite.Facts, sqlite.CSV, facts, readCSV},
		{sqlite.Facts, sqlite.JSONL, facts, readJSONL},
		{sqlite.Facts, sqlite.Parquet, facts, readParquet[sqlite.FactRecord]},
		{sqlite.Articles, sqlite.CSV, articles, readCSV},
		{sqlite.Articles, sqlite.JSONL, articles, readJSONL},
		{sqlite.Articles, sqlite.Parquet, articles, readParquet[sqlite.ArticleRecord]},
	}
	for _, tt := range tests {
		t.Run(tt.table+"."+tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := sqlite.Export(t.Context(), ro, &b, tt.table, tt.format); err != nil {
				t.Fatal(err)
			}
			got := tt.read(t, b.Bytes())
			if len(got) != len(tt.want) {
				t.Fatalf("%d rows, want %d", len(got), len(tt.want))
			}
			csvNulls := tt.format == sqlite.CSV // CSV writes NULL as an empty field
			for i, w := range tt.want {
				if len(got[i]) != len(w) {
					t.Errorf("row %d: %d columns, want %d", i, len(got[i]), len(w))
				}
				for col, wv := range w {
					gv, ok := got[i][col]
					if !ok {
						t.Errorf("row %d: no column %s", i, col)
						continue
					}
					if wv == nil && csvNulls {
						wv = str("")
					}
					if (gv == nil) != (wv == nil) || (gv != nil && *gv != *wv) {
						t.Errorf("row %d column %s = %s, want %s", i, col, show(gv), show(wv))
					}
				}
			}
		})
	}
	if err := sqlite.Export(t.Context(), ro, io.Discard, sqlite.Money, sqlite.Parquet); !errors.Is(err, sqlite.ErrFormat) {
		t.Errorf("Export(money, parquet) error = %v, want ErrFormat", err)
	}
	if err := sqlite.Export(t.Context(), ro, io.Discard, "pages", sqlite.CSV); !errors.Is(err, sqlite.ErrTable) {
		t.Errorf("Export(pages) error = %v, want ErrTable", err)
	}
}

func show(c xcell) string {
	if c == nil {
		return "NULL"
	}
	return strconv.Quote(*c)
}
