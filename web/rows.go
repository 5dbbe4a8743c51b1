package web

import "slices"

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
