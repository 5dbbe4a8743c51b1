package storetest

import (
	"errors"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// testExtractClaims: an extraction is handed each pending page once,
// oldest first, from the ID it asks after; a saved page is pending no
// more. On a shared store two extractions at once are handed disjoint
// pages, each sees how many the other holds, and the pages one held
// and did not save come back to the other when it ends.
func testExtractClaims[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	var all []int64
	for _, d := range fixture.Docs(t) {
		p := d.Page
		insert(t, db, &p)
		all = append(all, p.ID)
	}
	slices.Sort(all)
	end, err := db.Store.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { end() }()
	claim := func(s Store[F], after int64, n int) ([]int64, int) {
		t.Helper()
		ids, held, err := s.ClaimPages(ctx, "v1", after, n)
		if err != nil {
			t.Fatalf("ClaimPages: %v", err)
		}
		return ids, held
	}
	first, _ := claim(db.Store, 0, 3)
	if !slices.Equal(first, all[:3]) {
		t.Fatalf("ClaimPages(after 0, 3) = %v, want the oldest three of %v", first, all)
	}
	if got, _ := claim(db.Store, 0, 2); !slices.Equal(got, all[3:5]) {
		t.Errorf("ClaimPages from the start again = %v, want %v: the first three are held", got, all[3:5])
	}
	if err := db.Store.MarkNoArticle(ctx, first[0], "v1", "no article"); err != nil {
		t.Fatal(err)
	}
	if got := pending(t, db, "v1"); slices.Contains(got, first[0]) {
		t.Errorf("a saved page is still pending: %v", got)
	}
	if !db.Shared {
		if got, held := claim(db.Store, all[4], 10); !slices.Equal(got, all[5:]) || held != 0 {
			t.Errorf("ClaimPages after %d = %v, %d held; want %v", all[4], got, held, all[5:])
		}
		return
	}

	other := db.Reopen(t)
	end2, err := other.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { end2() }()
	got, _ := claim(other, 0, 100)
	if !slices.Equal(got, all[5:]) {
		t.Errorf("second extraction's ClaimPages = %v, want the pages the first does not hold, %v", got, all[5:])
	}
	if more, held := claim(other, 0, 100); len(more) != 0 || held != 4 {
		t.Errorf("second extraction's next ClaimPages = %v, %d held; want none, 4 held by the first", more, held)
	}
	// The first saves a page the second holds: refused.
	if err := db.Store.MarkNoArticle(ctx, got[0], "v1", "no article"); err == nil {
		t.Errorf("MarkNoArticle of a page another extraction holds: no error")
	} else if !errors.Is(err, newsfacts.ErrClaimLost) {
		t.Errorf("MarkNoArticle of a page another extraction holds = %v, want ErrClaimLost", err)
	}
	if err := end(); err != nil {
		t.Fatal(err)
	}
	end = func() error { return nil }
	if back, held := claim(other, 0, 100); !slices.Equal(back, all[1:5]) || held != 0 {
		t.Errorf("ClaimPages after the first ended = %v, %d held; want the four it held, %v", back, held, all[1:5])
	}
}
