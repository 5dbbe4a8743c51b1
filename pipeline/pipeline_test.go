package pipeline_test

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/pipeline"
	"github.com/newsfacts/newsfacts/sqlite"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// storePages puts the fixture pages in db, unextracted.
func storePages(t testing.TB, db fixture.Store) {
	t.Helper()
	for _, d := range fixture.Docs(t) {
		p := d.Page
		if _, err := db.InsertPage(t.Context(), &p); err != nil {
			t.Fatal(err)
		}
	}
}

// rules returns a FromHTML that answers by page URL from the given articles,
// like a version of the extractor; a URL it lacks holds no article.
func rules(articles map[string]*extract.Article) func([]byte, extract.Options) (*extract.Article, error) {
	return func(_ []byte, opt extract.Options) (*extract.Article, error) {
		a, ok := articles[opt.URL]
		if !ok {
			return nil, extract.ErrNoArticle
		}
		return a, nil
	}
}

// TestReextraction extracts the fixture pages with version 1 of the rules,
// then with version 2, which finds fewer facts in the seed article, a new
// fact in another and no article at all in a third, and checks with SQL that
// nothing is orphaned, duplicated or left from version 1.
func TestReextraction(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	storePages(t, db)

	v1 := make(map[string]*extract.Article)
	for _, d := range fixture.Docs(t) {
		if d.Article != nil {
			v1[d.Article.URL] = d.Article
		}
	}
	res, err := (&pipeline.Extractor{Version: "1", FromHTML: rules(v1), Log: quiet}).Extract(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if want := (pipeline.Result{Pages: 7, Articles: 6, NoArticle: 1, Facts: 23}); res != want {
		t.Errorf("version 1: %+v, want %+v", res, want)
	}
	idsBefore := articleIDs(t, db)

	// Version 2 of the rules.
	v2 := make(map[string]*extract.Article)
	for u, a := range v1 {
		b := *a
		v2[u] = &b
	}
	v2[fixture.SeedURL].Facts = v1[fixture.SeedURL].Facts[5:]
	chips := v2[fixture.ChipsURL]
	chips.Facts = fixture.Facts(t, chips.Text,
		fixture.Money("2조 원", 2_000_000_000_000),
		fixture.Money("약 1,200억 원", 120_000_000_000, "약"),
		fixture.Count("3,000명", 3_000, "명"),
		fixture.Count("2030년", 2030, "년"), // version 2 reads years as counts
		fixture.Percent("20%", fixture.Dec(20, 0)))
	delete(v2, fixture.DollarURL)

	e2 := &pipeline.Extractor{Version: "2", FromHTML: rules(v2), Log: quiet}
	res, err = e2.Extract(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if want := (pipeline.Result{Pages: 7, Articles: 5, NoArticle: 2, Facts: 6 + 5 + 3 + 0 + 2}); res != want {
		t.Errorf("version 2: %+v, want %+v", res, want)
	}

	checks := []struct {
		name  string
		query string
		want  int
	}{
		{"facts", `SELECT count(*) FROM facts`, 16},
		{"orphaned facts", `SELECT count(*) FROM facts f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL`, 0},
		{"foreign keys pointing nowhere", `SELECT count(*) FROM pragma_foreign_key_check`, 0},
		{"duplicated positions", `SELECT count(*) FROM (SELECT 1 FROM facts GROUP BY article_id, seq HAVING count(*) > 1)`, 0},
		{"duplicated facts", `SELECT count(*) FROM (SELECT 1 FROM facts GROUP BY article_id, kind, char_start, char_end HAVING count(*) > 1)`, 0},
		{"articles of version 1", `SELECT count(*) FROM articles WHERE extractor_version <> '2'`, 0},
		{"pages not processed by version 2", `SELECT count(*) FROM pages p LEFT JOIN page_extractions e ON e.page_id = p.id WHERE e.version IS NOT '2'`, 0},
		{"the dropped article", `SELECT count(*) FROM articles WHERE url = ?`, 0},
		{"its facts in the views", `SELECT count(*) FROM money WHERE url = ?`, 0},
		{"its text in the full-text index", `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '엔비디아'`, 0},
		{"seed facts", `SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.url = ?`, 6},
		{"seq runs 0..n-1 per article", `SELECT count(*) FROM (SELECT 1 FROM facts GROUP BY article_id HAVING max(seq) <> count(*) - 1)`, 0},
		{"surface text from offsets", `SELECT count(*) FROM fact_provenance WHERE surface <> text`, 0},
	}
	for _, c := range checks {
		var args []any
		switch c.name {
		case "the dropped article", "its facts in the views":
			args = []any{fixture.DollarURL}
		case "seed facts":
			args = []any{fixture.SeedURL}
		}
		if got := fixture.Int(t, db, c.query, args...); got != c.want {
			t.Errorf("%s: %d, want %d\n%s", c.name, got, c.want, c.query)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
	idsAfter := articleIDs(t, db)
	for u, id := range idsAfter {
		if idsBefore[u] != id {
			t.Errorf("article %s changed ID %d to %d on re-extraction", u, idsBefore[u], id)
		}
	}

	// Nothing is left to do for version 2.
	res, err = e2.Extract(ctx, db)
	if err != nil || res != (pipeline.Result{}) {
		t.Errorf("version 2 again: %+v, %v; want nothing done", res, err)
	}
}

// TestReextractionInterrupted stops a re-extraction half way: the articles
// already saved have the new facts, the others still the old, all whole.
func TestReextractionInterrupted(t *testing.T) {
	ctx := t.Context()
	db := fixture.OpenDB(t)
	fixture.Build(t, db, "1")

	v2 := make(map[string]*extract.Article)
	for _, d := range fixture.Docs(t) {
		if d.Article != nil {
			a := *d.Article
			a.Facts = a.Facts[:len(a.Facts)/2]
			v2[a.URL] = &a
		}
	}
	stopCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	seen := 0
	next := rules(v2)
	stopAfter3 := func(page []byte, opt extract.Options) (*extract.Article, error) {
		if seen++; seen == 3 {
			cancel()
		}
		return next(page, opt)
	}
	res, err := (&pipeline.Extractor{Version: "2", FromHTML: stopAfter3, Log: quiet}).Extract(stopCtx, db)
	if err == nil || res.Pages > 3 {
		t.Fatalf("interrupted extraction: %+v, %v; want at most 3 pages and an error", res, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
	// Each article has either all of version 1's facts or all of version 2's.
	for _, d := range fixture.Docs(t) {
		if d.Article == nil {
			continue
		}
		var version string
		if err := db.QueryRow(ctx, `SELECT extractor_version FROM articles WHERE url = ?`, d.Article.URL).Scan(&version); err != nil {
			t.Fatal(err)
		}
		want := len(d.Article.Facts)
		if version == "2" {
			want = len(v2[d.Article.URL].Facts)
		}
		if got := fixture.Int(t, db, `SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.url = ?`, d.Article.URL); got != want {
			t.Errorf("%s (version %s) has %d facts, want %d", d.Article.URL, version, got, want)
		}
	}
	// The pages saved are those counted; the rest wait for the next run.
	if got := fixture.Int(t, db, `SELECT count(*) FROM page_extractions WHERE version = '2'`); got != res.Pages {
		t.Errorf("%d pages marked with version 2, want the %d processed", got, res.Pages)
	}
	if pending, _ := db.PendingPages(ctx, "2"); len(pending) != 7-res.Pages {
		t.Errorf("pending pages for version 2 after the interruption = %d, want %d", len(pending), 7-res.Pages)
	}
}

func articleIDs(t *testing.T, db *sqlite.DB) map[string]int64 {
	t.Helper()
	ids := make(map[string]int64)
	for _, u := range []string{fixture.SeedURL, fixture.ChipsURL, fixture.DataCenterURL, fixture.MeetingURL, fixture.YenURL} {
		var id int64
		if err := db.QueryRow(t.Context(), `SELECT id FROM articles WHERE url = ?`, u).Scan(&id); err != nil {
			t.Fatalf("article %s: %v", u, err)
		}
		ids[u] = id
	}
	return ids
}
