package storetest

import (
	"fmt"
	"testing"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// fixtureCounts returns the articles and facts the fixture documents hold.
func fixtureCounts(t *testing.T) (articles, allFacts, money int64) {
	for _, d := range fixture.Docs(t) {
		if d.Article == nil {
			continue
		}
		articles++
		for _, f := range d.Article.Facts {
			allFacts++
			if f.Kind == facts.KindMoney {
				money++
			}
		}
	}
	return articles, allFacts, money
}

// testExtractIdempotent: extracting the same pages again with the same
// version keeps the articles' IDs and never doubles a fact.
func testExtractIdempotent[F crawl.Frontier](t *testing.T, db DB[F]) {
	wantArticles, wantFacts, _ := fixtureCounts(t)
	ids := fixture.Build(t, db.Store, "v1")
	again := fixture.Build(t, db.Store, "v1")
	for url, id := range ids {
		if again[url] != id {
			t.Errorf("article %s: ID %d, then %d; want it kept", url, id, again[url])
		}
	}
	if n := count(t, db, `SELECT count(*) FROM articles`); n != wantArticles {
		t.Errorf("articles = %d, want %d", n, wantArticles)
	}
	if n := count(t, db, `SELECT count(*) FROM facts`); n != wantFacts {
		t.Errorf("facts = %d, want %d", n, wantFacts)
	}
	if got := pending(t, db, "v1"); len(got) != 0 {
		t.Errorf("pending for the version just run = %v, want none", got)
	}
	if got := pending(t, db, "v2"); int64(len(got)) != count(t, db, `SELECT count(*) FROM pages`) {
		t.Errorf("pending for a new version = %d pages, want every page", len(got))
	}
}

// testArticleReplaced: a new version's article replaces the old one and
// all its facts, keeping its ID; a page whose canonical URL changed does
// not keep the old URL's article.
func testArticleReplaced[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	ids := fixture.Build(t, db.Store, "v1")
	seed := fixture.Seed(t)
	pageID := count(t, db, `SELECT page_id FROM articles WHERE url = $1`, fixture.SeedURL)
	shorter := *seed
	shorter.Facts = seed.Facts[:2]
	id, err := db.Store.SaveArticle(ctx, pageID, &shorter, "v2")
	if err != nil {
		t.Fatal(err)
	}
	if id != ids[fixture.SeedURL] {
		t.Errorf("re-extracted article ID = %d, want %d kept", id, ids[fixture.SeedURL])
	}
	if n := count(t, db, `SELECT count(*) FROM facts WHERE article_id = $1`, id); n != 2 {
		t.Errorf("facts after re-extraction = %d, want 2", n)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE id = $1 AND extractor_version = 'v2'`, id); n != 1 {
		t.Errorf("article not recorded as extracted by v2")
	}
	moved := *seed
	moved.URL = "https://news.kbs.co.kr/news/pc/view/view.do?ncd=9999999"
	if _, err := db.Store.SaveArticle(ctx, pageID, &moved, "v3"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE url = $1`, fixture.SeedURL); n != 0 {
		t.Errorf("the old canonical URL's article is still there")
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE page_id = $1`, pageID); n != 1 {
		t.Errorf("articles of the page = %d, want 1", n)
	}
}

// testNoArticle: a page found to hold no article loses the article an
// older version took from it, and its facts.
func testNoArticle[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	ids := fixture.Build(t, db.Store, "v1")
	pageID := count(t, db, `SELECT page_id FROM articles WHERE url = $1`, fixture.SeedURL)
	if err := db.Store.MarkNoArticle(ctx, pageID, "v2", extract.ErrNoArticle.Error()); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE url = $1`, fixture.SeedURL); n != 0 {
		t.Errorf("article still there after MarkNoArticle")
	}
	if n := count(t, db, `SELECT count(*) FROM facts WHERE article_id = $1`, ids[fixture.SeedURL]); n != 0 {
		t.Errorf("%d facts left without their article", n)
	}
	if n := count(t, db, `SELECT count(*) FROM page_extractions WHERE page_id = $1 AND version = 'v2' AND error <> ''`, pageID); n != 1 {
		t.Errorf("page_extractions has no reason recorded for page %d", pageID)
	}
}

// testFactsDropped: the count of an article's facts not kept is saved with
// it, and a later save of the article replaces it, with money facts (a
// transaction for their claims) or without.
func testFactsDropped[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	fixture.Build(t, db.Store, "v1")
	seed := fixture.Seed(t)
	pageID := count(t, db, `SELECT page_id FROM articles WHERE url = $1`, fixture.SeedURL)
	noMoney := *seed
	noMoney.Facts = nil
	for i, tt := range []struct {
		a       extract.Article
		dropped int
	}{
		{*seed, 7}, {*seed, 0}, {noMoney, 12}, {*seed, 3}, {noMoney, 0},
	} {
		a := tt.a
		a.FactsDropped = tt.dropped
		id, err := db.Store.SaveArticle(ctx, pageID, &a, fmt.Sprintf("v%d", i+2))
		if err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, `SELECT facts_dropped FROM articles WHERE id = $1`, id); n != int64(tt.dropped) {
			t.Errorf("save %d: facts_dropped = %d, want %d", i, n, tt.dropped)
		}
	}
}
