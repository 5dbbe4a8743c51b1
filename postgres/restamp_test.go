package postgres_test

import (
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestRestampEditedArticle: an article whose columns an analyst changed
// with SQL loses its digest (articles_digest_stale), so that the next
// extraction, which makes the article as it stored it first, writes it
// again instead of stamping the edited row with its version; an UPDATE
// that sets no column the digest covers keeps it.
func TestRestampEditedArticle(t *testing.T) {
	ctx := t.Context()
	db := openDB(t)
	ids := fixture.Build(t, db, "v1")
	seed := fixture.Seed(t)
	id := ids[fixture.SeedURL]
	digested := func() bool {
		t.Helper()
		var ok bool
		if err := db.QueryRow(ctx, `SELECT digest IS NOT NULL FROM articles WHERE id = $1`, id).Scan(&ok); err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !digested() {
		t.Fatal("a saved article has no digest")
	}
	if err := db.Exec(ctx, `UPDATE articles SET extracted_at = extracted_at, lang = lang WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if !digested() {
		t.Error("an UPDATE that changed no column lost the digest")
	}
	if err := db.Exec(ctx, `UPDATE articles SET title = 'edited' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if digested() {
		t.Error("an edited article kept its digest")
	}

	var pageID int64
	if err := db.QueryRow(ctx, `SELECT page_id FROM articles WHERE id = $1`, id).Scan(&pageID); err != nil {
		t.Fatal(err)
	}
	end, err := db.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer end()
	if got, _, err := db.ClaimPages(ctx, "v2", pageID-1, 1); err != nil || len(got) != 1 {
		t.Fatalf("ClaimPages = %v, %v; want page %d", got, err, pageID)
	}
	a := *seed
	saved, err := db.SaveExtractions(ctx, "v2", []newsfacts.Extraction{{PageID: pageID, Article: &a}})
	if err != nil || saved[0].Err != nil {
		t.Fatalf("SaveExtractions = %+v, %v", saved, err)
	}
	var title, version string
	if err := db.QueryRow(ctx, `SELECT title, extractor_version FROM articles WHERE id = $1`, id).Scan(&title, &version); err != nil {
		t.Fatal(err)
	}
	if title != seed.Title || version != "v2" {
		t.Errorf("after a re-extraction: title %q by %s, want %q by v2", title, version, seed.Title)
	}
	if !digested() {
		t.Error("the article written again has no digest")
	}
}
