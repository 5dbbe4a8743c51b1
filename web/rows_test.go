package web

import (
	"errors"
	"slices"
	"testing"
)

func TestInChunks(t *testing.T) {
	ids := []int64{1, 2, 3, 4, 5}
	var got [][]int64
	if err := InChunks(ids, 2, func(c []int64) error { got = append(got, slices.Clone(c)); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := [][]int64{{1, 2}, {3, 4}, {5}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("chunks %v, want %v", got, want)
	}
	stop := errors.New("stop")
	calls := 0
	if err := InChunks(ids, 2, func([]int64) error { calls++; return stop }); err != stop || calls != 1 {
		t.Errorf("err %v after %d calls, want stop after 1", err, calls)
	}
	if err := InChunks(nil, 2, func([]int64) error { t.Error("called on no ids"); return nil }); err != nil {
		t.Fatal(err)
	}
}

func TestClaimIDs(t *testing.T) {
	rows := map[int64]FactRow{1: {ClaimID: 7}, 2: {ClaimID: 3}, 3: {}, 4: {ClaimID: 7}}
	if got, want := ClaimIDs(rows), []int64{3, 7}; !slices.Equal(got, want) {
		t.Errorf("ClaimIDs = %v, want %v", got, want)
	}
	if got := ClaimIDs(map[int64]FactRow{1: {}}); len(got) != 0 {
		t.Errorf("ClaimIDs of no claims = %v", got)
	}
}

func TestEachInOrder(t *testing.T) {
	rows := map[int64]FactRow{10: {FactID: 10, ClaimID: 1}, 20: {FactID: 20}, 30: {FactID: 30, ClaimID: 1}}
	claims := map[int64]Claim{1: {Articles: 3, Outlets: "kbs,ytn"}}
	var got []FactRow
	err := EachInOrder([]int64{30, 99, 20, 10}, rows, claims, func(r FactRow) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	var order []int64
	for _, r := range got {
		order = append(order, r.FactID)
	}
	if want := []int64{30, 20, 10}; !slices.Equal(order, want) {
		t.Fatalf("order %v, want %v (99 has no row)", order, want)
	}
	if got[0].ClaimArticles != 3 || got[0].ClaimOutlets != "kbs,ytn" || got[1].ClaimArticles != 0 {
		t.Errorf("claims not carried: %+v", got)
	}
}
