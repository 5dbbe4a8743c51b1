package web

import (
	"fmt"
	"slices"
)

// FactChunk is how many facts a store reads in one query when it lists
// them by id.
const FactChunk = 500

// InChunks calls fn for ids in pieces of at most n, in order, and stops at
// the first error.
func InChunks(ids []int64, n int, fn func([]int64) error) error {
	for len(ids) > 0 {
		k := min(n, len(ids))
		if err := fn(ids[:k]); err != nil {
			return err
		}
		ids = ids[k:]
	}
	return nil
}

// ClaimIDs returns the distinct claims of rows, sorted, without the zero
// id of facts in no claim; nil when there are none.
func ClaimIDs(rows map[int64]FactRow) []int64 {
	var ids []int64
	for _, r := range rows {
		if r.ClaimID != 0 {
			ids = append(ids, r.ClaimID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// EachInOrder calls fn for the rows of ids in the order of ids, each with
// its claim's articles and outlets from claims. An id without a row (a
// fact re-extracted between a store's two reads) is skipped. It stops at
// fn's first error.
func EachInOrder(ids []int64, rows map[int64]FactRow, claims map[int64]Claim, fn func(FactRow) error) error {
	for _, id := range ids {
		r, ok := rows[id]
		if !ok {
			continue
		}
		c := claims[r.ClaimID]
		r.ClaimArticles, r.ClaimOutlets = c.Articles, c.Outlets
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// Rows is a query's result as CollectSeries reads it; *sql.Rows and
// pgx.Rows both are.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// CollectSeries reads rows of (label, series name, value), grouping them by
// series in order of first appearance. Closing rows is the caller's.
func CollectSeries(rows Rows) ([]Series, error) {
	var out []Series
	index := map[string]int{}
	for rows.Next() {
		var label, name string
		var v float64
		if err := rows.Scan(&label, &name, &v); err != nil {
			return nil, fmt.Errorf("chart: %w", err)
		}
		i, ok := index[name]
		if !ok {
			i = len(out)
			index[name] = i
			out = append(out, Series{Name: name})
		}
		out[i].Points = append(out[i].Points, Point{Label: label, Value: v})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	return out, nil
}

// CollectHits reads search results of (article id, date, outlet, outlet
// name, title, text, fact count), each with its passage around terms.
// Closing rows is the caller's.
func CollectHits(rows Rows, terms []string) ([]Hit, error) {
	var out []Hit
	for rows.Next() {
		var h Hit
		var text string
		if err := rows.Scan(&h.ArticleID, &h.Date, &h.Outlet, &h.OutletName, &h.Title, &text, &h.FactCount); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.Passage = Passage(text, terms, 60)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return out, nil
}
