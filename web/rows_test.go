package web

import (
	"errors"
	"reflect"
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

// sliceRows is a result held in memory, for CollectSeries.
type sliceRows struct {
	rows [][3]any
	i    int
}

func (r *sliceRows) Next() bool { r.i++; return r.i <= len(r.rows) }
func (r *sliceRows) Err() error { return nil }
func (r *sliceRows) Scan(dest ...any) error {
	row := r.rows[r.i-1]
	*dest[0].(*string), *dest[1].(*string), *dest[2].(*float64) = row[0].(string), row[1].(string), row[2].(float64)
	return nil
}

func TestCollectSeries(t *testing.T) {
	rows := &sliceRows{rows: [][3]any{
		{"2025-04", "kbs", 1.0}, {"2025-04", "ytn", 2.0}, {"2025-05", "kbs", 3.0},
	}}
	got, err := CollectSeries(rows)
	if err != nil {
		t.Fatal(err)
	}
	want := []Series{
		{Name: "kbs", Points: []Point{{Label: "2025-04", Value: 1}, {Label: "2025-05", Value: 3}}},
		{Name: "ytn", Points: []Point{{Label: "2025-04", Value: 2}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CollectSeries = %+v, want %+v", got, want)
	}
}
