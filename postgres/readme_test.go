package postgres_test

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestREADMEQueries runs every query of the README's "Querying the database"
// section, in PostgreSQL's form, on a database built from the fixtures, and
// checks that each returns the rows it returns on SQLite
// (internal/fixture/readme.go).
func TestREADMEQueries(t *testing.T) {
	queries := fixture.ReadmeQueries(t, fixture.Postgres)
	db := openDB(t)
	fixture.Build(t, db, fixture.Version)
	for i, q := range queries {
		t.Run(q.Name, func(t *testing.T) {
			rows, err := db.Query(t.Context(), q.SQL)
			if err != nil {
				t.Fatalf("query: %v\n%s", err, q.SQL)
			}
			var got []string
			for rows.Next() {
				vals, err := rows.Values()
				if err != nil {
					t.Fatal(err)
				}
				cells := make([]string, len(vals))
				for i, v := range vals {
					cells[i] = cell(v)
				}
				got = append(got, strings.Join(cells, "|"))
			}
			if err := rows.Err(); err != nil {
				t.Fatalf("query: %v\n%s", err, q.SQL)
			}
			if !fixture.MatchRows(got, q.Want) {
				t.Errorf("README query %d returned\n\t%s\nwant\n\t%s\nquery:\n%s", i+1,
					strings.Join(got, "\n\t"), strings.Join(q.Want, "\n\t"), q.SQL)
			}
		})
	}
}

// cell formats a value as the SQLite test does: numbers without exponent,
// a numeric without the zeros after its point, booleans 1 or 0.
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int16:
		return strconv.FormatInt(int64(v), 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		if v {
			return "1"
		}
		return "0"
	case string:
		return v
	case pgtype.Numeric:
		if !v.Valid {
			return ""
		}
		r := new(big.Rat).SetInt(v.Int)
		exp := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(v.Exp))), nil))
		if v.Exp < 0 {
			r.Quo(r, exp)
		} else {
			r.Mul(r, exp)
		}
		s := r.FloatString(int(max(-v.Exp, 0)))
		if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return s
	default:
		return fmt.Sprint(v)
	}
}

func abs(n int32) int32 {
	if n < 0 {
		return -n
	}
	return n
}
