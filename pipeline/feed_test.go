package pipeline

import (
	"context"
	"slices"
	"testing"
)

// claimStore is a Store whose pending pages are 1..n, each handed out
// once by ClaimPages; nothing else of it is used.
type claimStore struct {
	Store
	n       int64
	claimed map[int64]bool
}

func (s *claimStore) ClaimPages(_ context.Context, _ string, after int64, n int) ([]int64, int, error) {
	var ids []int64
	for id := after + 1; id <= s.n && len(ids) < n; id++ {
		if !s.claimed[id] {
			s.claimed[id] = true
			ids = append(ids, id)
		}
	}
	return ids, 0, nil
}

// TestFeedEnd: the feed hands out readBatch pages at a time until a claim
// comes back short, then one at a time, and none once all are out.
func TestFeedEnd(t *testing.T) {
	f := &feed{db: &claimStore{n: claimBatch + 6, claimed: map[int64]bool{}}, version: "v"}
	var got [][]int64
	for {
		ids, _, held, err := f.next(t.Context(), readBatch)
		if err != nil || held {
			t.Fatalf("next: %v, held %v", err, held)
		}
		if len(ids) == 0 {
			break
		}
		got = append(got, ids)
	}
	var sizes []int
	for _, ids := range got {
		sizes = append(sizes, len(ids))
	}
	want := []int{readBatch, readBatch, readBatch, readBatch, readBatch, readBatch, readBatch, readBatch, 1, 1, 1, 1, 1, 1}
	if !slices.Equal(sizes, want) {
		t.Errorf("pages handed out at a time: %v, want %v", sizes, want)
	}
	if !f.ending() {
		t.Error("ending() = false after a short claim")
	}
}
