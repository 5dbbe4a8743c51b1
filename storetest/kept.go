package storetest

import (
	"slices"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// factRow is what the test reads of a stored fact: its id and claim.
type factRow struct{ id, claim int64 }

// factRowsOf returns the facts of article id, by seq, and fails the test if
// their seqs are not 0 to n-1 or n is not want.
func factRowsOf[F crawl.Frontier](t *testing.T, db DB[F], id int64, want int) []factRow {
	t.Helper()
	if n := count(t, db, `SELECT count(*) FROM facts WHERE article_id = $1`, id); n != int64(want) {
		t.Fatalf("article %d has %d facts, want %d", id, n, want)
	}
	out := make([]factRow, want)
	for seq := range out {
		err := db.QueryRow(t.Context(), `SELECT id, coalesce(claim_id, 0) FROM facts WHERE article_id = $1 AND seq = $2`, id, seq).
			Scan(&out[seq].id, &out[seq].claim)
		if err != nil {
			t.Fatalf("fact %d of article %d: %v", seq, id, err)
		}
	}
	return out
}

// testFactsKept: a re-extraction by a new version whose output did not
// change keeps every fact row, its id and its claim, whether the article
// is saved on its own (SaveArticle) or in a batch (SaveExtractions); one
// that changed one fact gives that fact a new row and keeps the others';
// one that drops the last fact deletes that row only. Each save leaves the
// article's facts exactly once, and the article recorded with the new
// version.
func testFactsKept[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	ids := fixture.Build(t, db.Store, "v1")
	seed := fixture.Seed(t)
	id := ids[fixture.SeedURL]
	pageID := count(t, db, `SELECT page_id FROM articles WHERE url = $1`, fixture.SeedURL)
	n := len(seed.Facts)
	before := factRowsOf(t, db, id, n)
	money := slices.IndexFunc(seed.Facts, func(f facts.Fact) bool { return f.Kind == facts.KindMoney })
	if money < 0 || before[money].claim == 0 {
		t.Fatalf("the seed article's first money fact (%d) has no claim: the test no longer tests claims", money)
	}
	version := func(v string) {
		t.Helper()
		if n := count(t, db, `SELECT count(*) FROM articles WHERE id = $1 AND extractor_version = $2`, id, v); n != 1 {
			t.Errorf("article %d not recorded as extracted by %s", id, v)
		}
	}

	// The same output, on its own and in a batch.
	same := *seed
	if got, err := db.Store.SaveArticle(ctx, pageID, &same, "v2"); err != nil || got != id {
		t.Fatalf("SaveArticle = %d, %v; want %d", got, err, id)
	}
	if got := factRowsOf(t, db, id, n); !slices.Equal(got, before) {
		t.Errorf("facts after a re-extraction with the same output = %v, want %v kept", got, before)
	}
	version("v2")
	same = *seed
	if _, err := db.Store.SaveExtractions(ctx, "v3", []newsfacts.Extraction{{PageID: pageID, Article: &same}}); err != nil {
		t.Fatal(err)
	}
	if got := factRowsOf(t, db, id, n); !slices.Equal(got, before) {
		t.Errorf("facts after a batched re-extraction with the same output = %v, want %v kept", got, before)
	}
	version("v3")

	// One money fact reads differently.
	changed := *seed
	changed.Facts = slices.Clone(seed.Facts)
	changed.Facts[money].Purpose = "바뀐 목적"
	if _, err := db.Store.SaveExtractions(ctx, "v4", []newsfacts.Extraction{{PageID: pageID, Article: &changed}}); err != nil {
		t.Fatal(err)
	}
	after := factRowsOf(t, db, id, n)
	for seq := range after {
		switch {
		case seq == money && after[seq].id == before[seq].id:
			t.Errorf("the changed fact %d kept its row %d", seq, before[seq].id)
		case seq == money && after[seq].claim == 0:
			t.Errorf("the changed money fact %d has no claim", seq)
		case seq != money && after[seq] != before[seq]:
			t.Errorf("fact %d = %v, want %v kept: only fact %d changed", seq, after[seq], before[seq], money)
		}
	}
	var purpose string
	if err := db.QueryRow(ctx, `SELECT purpose FROM facts WHERE article_id = $1 AND seq = $2`, id, money).Scan(&purpose); err != nil {
		t.Fatal(err)
	}
	if purpose != "바뀐 목적" {
		t.Errorf("the changed fact's purpose = %q, want the new one", purpose)
	}
	version("v4")

	// The last fact gone.
	shorter := changed
	shorter.Facts = changed.Facts[:n-1]
	if _, err := db.Store.SaveArticle(ctx, pageID, &shorter, "v5"); err != nil {
		t.Fatal(err)
	}
	if got := factRowsOf(t, db, id, n-1); !slices.Equal(got, after[:n-1]) {
		t.Errorf("facts after the last was dropped = %v, want %v kept", got, after[:n-1])
	}
	version("v5")
}

// testFactsTwiceInBatch: the same article from two pages in one batch is
// saved once, with the facts of the last of them, each once.
func testFactsTwiceInBatch[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	const (
		canonical = "https://news.example.kr/view?id=200"
		text      = "정부는 반도체 지원에 1조 8천억 원을 쓰기로 했다. 모두 3,000명이 참여한다."
	)
	var pages []int64
	for _, u := range []string{"https://news.example.kr/200", "https://news.example.kr/200?m=1"} {
		p := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte(u)}
		insert(t, db, p)
		pages = append(pages, p.ID)
	}
	first := claimArticle(t, canonical, text, 0)
	last := *first
	last.Facts = fixture.Facts(t, text, fixture.Money("1조 8천억 원", 1_800_000_000_000), fixture.Count("3,000명", 3_000, "명"))
	saved, err := db.Store.SaveExtractions(ctx, "v1", []newsfacts.Extraction{
		{PageID: pages[0], Article: first}, {PageID: pages[1], Article: &last}})
	if err != nil {
		t.Fatal(err)
	}
	if saved[0].ArticleID == 0 || saved[1].ArticleID != saved[0].ArticleID {
		t.Fatalf("the same article from two pages = %+v, %+v; want one article", saved[0], saved[1])
	}
	factRowsOf(t, db, saved[0].ArticleID, len(last.Facts))
	if n := count(t, db, `SELECT count(*) FROM facts WHERE article_id = $1 AND kind = 'count'`, saved[0].ArticleID); n != 1 {
		t.Errorf("%d count facts, want the last page's 1", n)
	}
}
