package sqlite

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
)

// TestClaimSavedDuringRead: a claim that starts over from the first page
// (the feed's second pass) never hands out again a page that was saved
// after its snapshot was taken and let go of before the claim looked it
// up; it would be extracted and saved twice. Once a claim that began
// after that save has ended, the page is forgotten.
func TestClaimSavedDuringRead(t *testing.T) {
	ctx := t.Context()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "news.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for i := range 4 {
		u := fmt.Sprintf("https://a.kr/news/%d", i)
		if _, err := db.InsertPage(ctx, &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte("x")}); err != nil {
			t.Fatal(err)
		}
	}
	end, err := db.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer end()
	const version = "v1"
	first, _, err := db.ClaimPages(ctx, version, 0, 2)
	if err != nil || len(first) != 2 {
		t.Fatalf("ClaimPages = %v, %v; want 2 pages", first, err)
	}
	// A second pass from the first page, while the first page claimed is
	// saved: the save commits after the claim's snapshot, and lets go of
	// the page before the claim looks it up.
	db.extraction.afterRead = func() {
		if _, err := db.SaveExtractions(ctx, version, []newsfacts.Extraction{{PageID: first[0], Reason: "no article"}}); err != nil {
			t.Error(err)
		}
	}
	again, _, err := db.ClaimPages(ctx, version, 0, 4)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(again, first[0]) || slices.Contains(again, first[1]) || len(again) != 2 {
		t.Errorf("second pass claimed %v, first %v: want the 2 others, not the page saved during the claim nor the one held", again, first)
	}
	// Later claims read it processed: it is forgotten.
	for range 2 {
		if got, _, err := db.ClaimPages(ctx, version, 0, 4); err != nil || len(got) != 0 {
			t.Errorf("ClaimPages = %v, %v; want none", got, err)
		}
	}
	if n := len(db.extraction.saved); n != 0 {
		t.Errorf("%d pages saved are remembered after two claims that began after their save, want 0", n)
	}
}

// TestOverlappingClaims: a claim that ends before an older one still
// going on keeps the pages saved while the older one reads.
func TestOverlappingClaims(t *testing.T) {
	var x extraction
	c1 := x.beginClaim()
	x.release(5) // saved after c1's snapshot
	c2 := x.beginClaim()
	x.endClaim(c2)
	if !x.holds(5, c1) {
		t.Errorf("page 5, saved during claim %d, is handed out by it once claim %d has ended", c1, c2)
	}
	x.endClaim(c1)
	if len(x.saved) != 0 {
		t.Errorf("%d pages remembered with no claim going on, want 0", len(x.saved))
	}
}
