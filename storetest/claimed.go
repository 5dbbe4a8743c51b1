package storetest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// testResavedClaimed: re-extractions as an extraction makes them, each
// page claimed first (BeginExtract, ClaimPages), where a store may save
// the unchanged articles of a batch a shorter way than the others: an
// article made again as stored keeps its row and facts and records the
// new version; one whose title or one of whose facts changed stores the
// change; one made as stored again after a change stores the change back.
// A page of the batch without an article, and another page's unchanged
// article, are saved alongside.
func testResavedClaimed[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	ids := fixture.Build(t, db.Store, "v1")
	seed := fixture.Seed(t)
	id := ids[fixture.SeedURL]
	pageID := count(t, db, `SELECT page_id FROM articles WHERE url = $1`, fixture.SeedURL)
	n := len(seed.Facts)
	money := slices.IndexFunc(seed.Facts, func(f facts.Fact) bool { return f.Kind == facts.KindMoney })
	if money < 0 {
		t.Fatal("the seed article has no money fact: the test no longer tests claims")
	}
	// Another page: saved without an article, then with none again.
	other := fixture.Docs(t)[0].Page
	other.URL += "?claimed"
	other.RequestedURL, other.FinalURL = other.URL, other.URL
	insert(t, db, &other)

	end, err := db.Store.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { end() }()
	save := func(version string, a *extract.Article) {
		t.Helper()
		for _, p := range []int64{pageID, other.ID} {
			if got, _, err := db.Store.ClaimPages(ctx, version, p-1, 1); err != nil || len(got) != 1 || got[0] != p {
				t.Fatalf("%s: ClaimPages = %v, %v; want page %d", version, got, err, p)
			}
		}
		xs := []newsfacts.Extraction{{PageID: other.ID, Reason: "no article"}, {PageID: pageID, Article: a}}
		saved, err := db.Store.SaveExtractions(ctx, version, xs)
		if err != nil || saved[0].Err != nil || saved[1].Err != nil || saved[1].ArticleID != id {
			t.Fatalf("%s: SaveExtractions = %+v, %v; want article %d", version, saved, err, id)
		}
		if n := count(t, db, `SELECT count(*) FROM articles WHERE id = $1 AND extractor_version = $2`, id, version); n != 1 {
			t.Errorf("%s: article %d not recorded as extracted by it", version, id)
		}
		if n := count(t, db, `SELECT count(*) FROM page_extractions WHERE page_id IN ($1, $2) AND version = $3`,
			pageID, other.ID, version); n != 2 {
			t.Errorf("%s: %d of the 2 pages recorded as processed by it", version, n)
		}
	}
	title := func(want string) {
		t.Helper()
		var got string
		if err := db.QueryRow(ctx, `SELECT title FROM articles WHERE id = $1`, id).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
	}

	before := factRowsOf(t, db, id, n)
	for i := range 2 {
		same := *seed
		save(fmt.Sprint("v2-", i), &same)
		if got := factRowsOf(t, db, id, n); !slices.Equal(got, before) {
			t.Errorf("facts after a re-extraction with the same output = %v, want %v kept", got, before)
		}
	}
	changed := *seed
	changed.Title += " (종합)"
	save("v3", &changed)
	title(seed.Title + " (종합)")
	back := *seed
	save("v4", &back)
	title(seed.Title)
	if got := factRowsOf(t, db, id, n); !slices.Equal(got, before) {
		t.Errorf("facts after the title changed and back = %v, want %v kept", got, before)
	}

	purpose := *seed
	purpose.Facts = slices.Clone(seed.Facts)
	purpose.Facts[money].Purpose = "바뀐 목적"
	save("v5", &purpose)
	after := factRowsOf(t, db, id, n)
	if after[money].id == before[money].id || after[money].claim == 0 {
		t.Errorf("the changed money fact %d = %v, want a new row with a claim (was %v)", money, after[money], before[money])
	}
	again := purpose
	save("v6", &again)
	if got := factRowsOf(t, db, id, n); !slices.Equal(got, after) {
		t.Errorf("facts after the same output again = %v, want %v kept", got, after)
	}
	var got string
	if err := db.QueryRow(ctx, `SELECT purpose FROM facts WHERE article_id = $1 AND seq = $2`, id, money).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != "바뀐 목적" {
		t.Errorf("the changed fact's purpose = %q, want the new one", got)
	}
	last := *seed
	save("v7", &last)
	factRowsOf(t, db, id, n)
	if err := db.QueryRow(ctx, `SELECT coalesce(purpose, '') FROM facts WHERE article_id = $1 AND seq = $2`, id, money).Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != string(seed.Facts[money].Purpose) {
		t.Errorf("the money fact's purpose changed back = %q, want %q", got, seed.Facts[money].Purpose)
	}
}
