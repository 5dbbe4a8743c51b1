package web

import "strings"

// factColumns gives the SQL each column name of Cond and FactQuery.Sort
// stands for, over facts f JOIN articles a. Both stores' schemas name
// their tables and columns alike (docs/schema.md), so one map serves both.
// A new column of the facts browser is one line here and one in
// factFilters.
var factColumns = map[string]string{
	"fact_id":     "f.id",
	"article_id":  "f.article_id",
	"seq":         "f.seq",
	"date":        "a.published_date_kst",
	"published":   "a.published_utc",
	"outlet":      "a.outlet",
	"outlet_name": "a.outlet_name",
	"kind":        "f.kind",
	"currency":    "f.currency",
	"unit":        "f.unit",
	"value":       "f.value",
	"approx":      "f.approx",
	"role":        "f.role",
	"agent":       "f.agent",
	"purpose":     "f.purpose",
	"per":         "f.per",
	"claim_id":    "f.claim_id",
	// A range's low and high ends, or the value itself: an amount filter
	// keeps the ranges that overlap it.
	"amount_lo": "coalesce(f.min, f.value)",
	"amount_hi": "coalesce(f.max, f.value)",
}

// listColumns are the list columns OpHas looks into: a JSON array in
// SQLite, jsonb in PostgreSQL.
var listColumns = map[string]string{
	"context_words": "f.context_words",
}

// FactColumn returns the SQL, over facts f JOIN articles a, of a column
// name of Cond or FactQuery.Sort, and false for any other name. Only
// these expressions reach a store's SQL text; values go as parameters.
func FactColumn(name string) (string, bool) {
	sql, ok := factColumns[name]
	return sql, ok
}

// ListColumn is FactColumn for the list columns that OpHas looks into.
func ListColumn(name string) (string, bool) {
	sql, ok := listColumns[name]
	return sql, ok
}

// OnArticle reports whether a condition is on a column of the article
// (an "a." column), so that a store can count facts without joining
// articles when none is.
func OnArticle(conds []Cond) bool {
	for _, c := range conds {
		if sql, ok := factColumns[c.Column]; ok && strings.HasPrefix(sql, "a.") {
			return true
		}
	}
	return false
}

// WonOnly returns conds narrowed to money facts in won, the facts the
// won charts sum, with those conditions first.
func WonOnly(conds []Cond) []Cond {
	return append([]Cond{
		{Column: "kind", Op: OpEq, Value: "money"},
		{Column: "currency", Op: OpEq, Value: "KRW"},
	}, conds...)
}
