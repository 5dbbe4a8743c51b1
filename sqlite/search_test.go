package sqlite_test

import (
	"database/sql"
	"errors"
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

// matches returns the URLs of the articles articles_fts finds for query, in
// article ID order.
func matches(t *testing.T, db *sqlite.DB, query string) []string {
	t.Helper()
	ro, err := sqlite.OpenReadOnly(t.Context(), db.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	rows, err := ro.QueryContext(t.Context(), `
		SELECT a.url FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
		WHERE articles_fts MATCH ? ORDER BY a.id`, query)
	if err != nil {
		t.Fatalf("MATCH %q: %v", query, err)
	}
	defer rows.Close()
	var urls []string
	for rows.Next() {
		var u string
		if err := rows.Scan(&u); err != nil {
			t.Fatal(err)
		}
		urls = append(urls, u)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return urls
}

func TestFullTextSearch(t *testing.T) {
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	tests := []struct {
		query string
		want  []string
	}{
		// A word inside an eojeol: the texts have 과기정통부는, 과기정통부가
		// is nowhere, 과기정통부 stands alone only in the meeting article.
		{"과기정통부", []string{fixture.SeedURL, fixture.DollarURL, fixture.MeetingURL}},
		{"과기정통부는", []string{fixture.SeedURL, fixture.DollarURL}},
		{"gpu", []string{fixture.SeedURL, fixture.DollarURL}}, // case-insensitive
		{`"AI 반도체"`, []string{fixture.ChipsURL}},
		{"반도체 NOT 보조금", []string{fixture.ChipsURL}},
		{"title:데이터센터", []string{fixture.DataCenterURL}},
		{"1조 8천억", []string{fixture.SeedURL}},
		// Fewer than three characters find nothing with the trigram
		// tokenizer: the README says to use instr() for these.
		{"추경", nil},
		{"AI", nil},
		{"반도체 NOT 일본", []string{fixture.ChipsURL, fixture.YenURL}}, // NOT excludes nothing
	}
	for _, tt := range tests {
		if got := matches(t, db, tt.query); !slices.Equal(got, tt.want) {
			t.Errorf("MATCH %q = %v, want %v", tt.query, got, tt.want)
		}
	}
}

// TestFullTextSearchFollowsWrites checks that the triggers keep the index in
// step with inserts, re-extractions (an upsert: UPDATE), MarkNoArticle and
// pages deleted with their articles (ON DELETE CASCADE).
func TestFullTextSearchFollowsWrites(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	check := func(step string) {
		t.Helper()
		if err := db.Check(ctx); err != nil {
			t.Fatalf("after %s: %v", step, err)
		}
	}
	check("build")

	// Re-extraction with a new title and text.
	a := fixture.Seed(t)
	a.Title = "GPU 1만 장 확보 계획 발표"
	a.Text = "정부는 엔비디아 GPU를 연내 도입하기로 했습니다."
	a.Facts = nil
	pageID := fixture.SeedPageID(t, db)
	if _, err := db.SaveArticle(ctx, pageID, a, "v2"); err != nil {
		t.Fatal(err)
	}
	check("re-extraction")
	if got := matches(t, db, "과기정통부는"); !slices.Equal(got, []string{fixture.DollarURL}) {
		t.Errorf("after re-extraction MATCH 과기정통부는 = %v, want only %s", got, fixture.DollarURL)
	}
	if got := matches(t, db, "엔비디아"); !slices.Equal(got, []string{fixture.SeedURL, fixture.DollarURL}) {
		t.Errorf("after re-extraction MATCH 엔비디아 = %v, want the seed and %s", got, fixture.DollarURL)
	}

	// The extractor finds no article any more.
	if err := db.MarkNoArticle(ctx, pageID, "v3", "no article text found"); err != nil {
		t.Fatal(err)
	}
	check("MarkNoArticle")
	if got := matches(t, db, "엔비디아"); !slices.Equal(got, []string{fixture.DollarURL}) {
		t.Errorf("after MarkNoArticle MATCH 엔비디아 = %v, want only %s", got, fixture.DollarURL)
	}

	// A page deleted by hand takes its article along (ON DELETE CASCADE),
	// and the delete trigger fires for it too.
	raw, err := sql.Open("sqlite3", "file:"+db.Path+"?_foreign_keys=on&_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.ExecContext(ctx, `DELETE FROM pages WHERE url = ?`, fixture.DollarURL); err != nil {
		t.Fatal(err)
	}
	check("deleting a page")
	if got := matches(t, db, "엔비디아"); got != nil {
		t.Errorf("after deleting its page MATCH 엔비디아 = %v, want none", got)
	}
}

func TestCheckFindsBrokenOffsets(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	p := fixture.Docs(t)[0].Page
	if _, err := db.InsertPage(ctx, &p); err != nil {
		t.Fatal(err)
	}
	a := fixture.Seed(t)
	a.Facts[0].Start++ // the span no longer covers the fact's text
	if _, err := db.SaveArticle(ctx, p.ID, a, "v1"); err != nil {
		t.Fatal(err)
	}
	if err := db.Check(ctx); !errors.Is(err, sqlite.ErrInconsistent) {
		t.Errorf("Check = %v, want ErrInconsistent", err)
	}
}

// TestFTSAutomerge: the full-text index merges its segments eight at a
// time (migration 0018), not FTS5's default four, which made a first
// extraction spend 7% of its CPU merging.
func TestFTSAutomerge(t *testing.T) {
	db := fixture.OpenDB(t)
	if got := fixture.Int(t, db, `SELECT v FROM articles_fts_config WHERE k = 'automerge'`); got != 8 {
		t.Errorf("articles_fts automerge = %d, want 8", got)
	}
}
