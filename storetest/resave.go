package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// testArticleResaved: a re-extraction whose article differs from the
// stored one in a single column stores the new value (a store may take a
// shorter way for an article saved again unchanged: it must not miss a
// change), and one that is the same keeps every column and records the
// new version. Each save is in a batch (SaveExtractions) and on its own
// (SaveArticle).
func testArticleResaved[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	ids := fixture.Build(t, db.Store, "v1")
	seed := fixture.Seed(t)
	id := ids[fixture.SeedURL]
	pageID := count(t, db, `SELECT page_id FROM articles WHERE url = $1`, fixture.SeedURL)
	published := seed.Published.Add(90 * time.Minute)
	for i, tt := range []struct {
		name   string
		change func(a *extract.Article)
		column string // what the article's column must then hold
		want   string
	}{
		{"same", func(a *extract.Article) {}, "title", seed.Title},
		{"title", func(a *extract.Article) { a.Title += " (종합)" }, "title", seed.Title + " (종합)"},
		{"byline", func(a *extract.Article) { a.Byline = "나새봄 기자" }, "byline", "나새봄 기자"},
		{"text", func(a *extract.Article) { a.Text += "\n덧붙인 문단." }, "text", seed.Text + "\n덧붙인 문단."},
		{"section", func(a *extract.Article) { a.Section = "경제" }, "section", "경제"},
		{"lang", func(a *extract.Article) { a.Lang = "ko-KR" }, "lang", "ko-KR"},
		{"published", func(a *extract.Article) { a.Published = published },
			"published_utc", published.UTC().Format("2006-01-02T15:04:05Z")},
		{"same again", func(a *extract.Article) {}, "title", seed.Title},
	} {
		for _, batch := range []bool{true, false} {
			version := fmt.Sprintf("v%d-%t", i+2, batch)
			a := *seed
			tt.change(&a)
			if batch {
				saved, err := db.Store.SaveExtractions(ctx, version, []newsfacts.Extraction{{PageID: pageID, Article: &a}})
				if err != nil || saved[0].Err != nil || saved[0].ArticleID != id {
					t.Fatalf("%s: SaveExtractions = %+v, %v; want article %d", tt.name, saved, err, id)
				}
			} else if got, err := db.Store.SaveArticle(ctx, pageID, &a, version); err != nil || got != id {
				t.Fatalf("%s: SaveArticle = %d, %v; want %d", tt.name, got, err, id)
			}
			var got string
			if err := db.QueryRow(ctx, `SELECT `+tt.column+` FROM articles WHERE id = $1`, id).Scan(&got); err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if got != tt.want {
				t.Errorf("%s (batch %t): %s = %q, want %q", tt.name, batch, tt.column, got, tt.want)
			}
			if n := count(t, db, `SELECT count(*) FROM articles WHERE id = $1 AND extractor_version = $2`, id, version); n != 1 {
				t.Errorf("%s (batch %t): article not recorded as extracted by %s", tt.name, batch, version)
			}
		}
		// The next case changes the seed in one column only.
		if tt.name != "same" {
			a := *seed
			if _, err := db.Store.SaveArticle(ctx, pageID, &a, fmt.Sprintf("v%d-back", i+2)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE url = $1`, fixture.SeedURL); n != 1 {
		t.Errorf("%d articles under %s, want 1", n, fixture.SeedURL)
	}
}
