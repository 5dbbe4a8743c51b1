package storetest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// fingerprint sums up what an extraction left in a store, whatever IDs
// its rows got: the articles and facts, the claims and which facts share
// one, the pages processed.
func fingerprint[F crawl.Frontier](t *testing.T, db DB[F]) [7]int64 {
	return [7]int64{
		count(t, db, `SELECT count(*) FROM articles`),
		count(t, db, `SELECT count(*) FROM facts`),
		count(t, db, `SELECT count(DISTINCT claim_id) FROM facts`),
		count(t, db, `SELECT count(*) FROM facts f JOIN facts g ON g.claim_id = f.claim_id`),
		count(t, db, `SELECT count(*) FROM facts f JOIN facts g ON g.claim_id = f.claim_id AND g.article_id <> f.article_id`),
		count(t, db, `SELECT count(*) FROM page_extractions WHERE error IS NULL`),
		count(t, db, `SELECT coalesce(sum(length(text)), 0) FROM articles`),
	}
}

// testSaveExtractions: saving the fixture's extractions in batches, one
// transaction each, leaves what saving them one by one leaves (other
// articles' claims included, those of the same batch too); the article
// of a page that names a canonical URL another page's different article
// holds is saved under its page's URL, in its place in the batch.
func testSaveExtractions[F crawl.Frontier](t *testing.T, one, batched DB[F]) {
	ctx := t.Context()
	fixture.Build(t, one.Store, "v1")
	want := fingerprint(t, one)

	var xs []newsfacts.Extraction
	for i, d := range fixture.Docs(t) {
		p := d.Page
		insert(t, batched, &p)
		x := newsfacts.Extraction{PageID: p.ID, Reason: "no article"}
		if d.Article != nil {
			a := *d.Article
			x.Article, x.Reason = &a, ""
			if i%2 == 0 { // the store sketches the others itself
				s := facts.SketchOf(a.Text)
				x.Sketch = &s
			}
		}
		xs = append(xs, x)
	}
	for len(xs) > 0 {
		n := min(3, len(xs))
		saved, err := batched.Store.SaveExtractions(ctx, "v1", xs[:n])
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range saved {
			if s.Err != nil || s.Shared || (s.ArticleID != 0) != (xs[i].Article != nil) {
				t.Errorf("SaveExtractions of page %d = %+v, want its article's ID, or 0 without one", xs[i].PageID, s)
			}
		}
		xs = xs[n:]
	}
	if got := fingerprint(t, batched); got != want {
		t.Errorf("saved in batches: %v (articles, facts, claims, pairs in a claim, across articles, pages, text); one by one: %v", got, want)
	}
	if got := pending(t, batched, "v1"); len(got) != 0 {
		t.Errorf("pending after the batches: %v, want none", got)
	}

	// Three reports of one amount in one batch: two of one story, which
	// make one claim, and another story. Saved one by one, each sees the
	// claims of those before it; in one batch too.
	story := []*extract.Article{
		claimArticle(t, "https://a.example.kr/1", "정부는 반도체 지원 예산으로 1조 8천억 원을 편성했다고 밝혔다. 지원은 내년부터 시작된다고 덧붙였다.", 0),
		claimArticle(t, "https://b.example.kr/1", "정부는 반도체 지원 예산으로 1조 8천억 원을 편성했다고 밝혔다. 지원은 내년부터 시작된다고 설명했다.", time.Hour),
		claimArticle(t, "https://c.example.kr/1", "시는 도로 정비 사업에 1조 8천억 원을 쓰겠다고 발표했다. 공사는 다음 달에 시작한다.", 2*time.Hour),
	}
	xs = nil
	for _, a := range story {
		for _, db := range []DB[F]{one, batched} {
			p := newsfacts.Page{URL: a.URL, RequestedURL: a.URL, FinalURL: a.URL, Status: 200, Body: []byte(a.Text)}
			insert(t, db, &p)
			if db.Store == one.Store {
				if _, err := one.Store.SaveArticle(ctx, p.ID, a, "v1"); err != nil {
					t.Fatal(err)
				}
				continue
			}
			xs = append(xs, newsfacts.Extraction{PageID: p.ID, Article: a})
		}
	}
	if _, err := batched.Store.SaveExtractions(ctx, "v1", xs); err != nil {
		t.Fatal(err)
	}
	want = fingerprint(t, one)
	if got := fingerprint(t, batched); got != want {
		t.Errorf("one story's reports saved in one batch: %v (articles, facts, claims, pairs in a claim, across articles, pages, text); one by one: %v", got, want)
	}
	if want[4] != 2 {
		t.Errorf("one by one, %d pairs of facts of two articles share a claim, want 2: the test no longer tests claims", want[4])
	}

	// One canonical URL named by three pages: the first's article, the
	// same article from a second page, and a different one.
	const shared = "https://news.example.kr/view?id=100"
	page := func(u string) int64 {
		p := &newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte(u)}
		insert(t, batched, p)
		return p.ID
	}
	const textA = "시는 항만 사업 예산으로 모두 11억 원을 확정했다고 밝혔다. 사업은 올해 하반기에 시작한다."
	p1, p2, p3 := page("https://news.example.kr/1"), page("https://news.example.kr/1?m=1"), page("https://news.example.kr/2")
	xs = []newsfacts.Extraction{
		{PageID: p1, Article: &extract.Article{URL: shared, Title: "항만 예산 확정", Text: textA}},
		{PageID: p2, Article: &extract.Article{URL: shared, Title: "항만 예산 확정", Text: textA + " 모바일 덧붙임"}},
		{PageID: p3, Article: &extract.Article{URL: shared, Title: "급식실 환기 개선", Text: "교육청은 급식실 환기 설비를 바꾸는 데 22억 원을 쓴다고 밝혔다."}},
	}
	saved, err := batched.Store.SaveExtractions(ctx, "v1", xs)
	if err != nil {
		t.Fatal(err)
	}
	if saved[0].ArticleID == 0 || saved[1].ArticleID != saved[0].ArticleID || saved[0].Shared || saved[1].Shared {
		t.Errorf("the same article from two pages = %+v, %+v; want one article", saved[0], saved[1])
	}
	if s := saved[2]; s.Err != nil || !s.Shared || s.ArticleID == 0 || s.ArticleID == saved[0].ArticleID {
		t.Errorf("a different article under the taken URL = %+v, want saved apart, Shared", s)
	}
	if u := xs[2].Article.URL; u != "https://news.example.kr/2" {
		t.Errorf("the different article's URL = %q, want its page's", u)
	}
	if n := count(t, batched, `SELECT count(*) FROM articles WHERE url = $1`, "https://news.example.kr/2"); n != 1 {
		t.Errorf("%d articles under the page's URL, want 1", n)
	}
}

// claimArticle is an article of the given text stating 1조 8천억 원,
// published after a fixed time.
func claimArticle(t *testing.T, url, text string, after time.Duration) *extract.Article {
	return &extract.Article{URL: url, Title: text[:strings.Index(text, " ")], Text: text,
		Published: time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC).Add(after),
		Facts:     fixture.Facts(t, text, fixture.Money("1조 8천억 원", 1_800_000_000_000))}
}

// testSaveExtractionsClaimLost: in a batch, a page that another
// extraction took over is not saved, and the others are.
func testSaveExtractionsClaimLost[F crawl.Frontier](t *testing.T, db DB[F]) {
	if !db.Shared {
		t.Skip("one extraction at a time: no claim to lose")
	}
	ctx := t.Context()
	var ids []int64
	for _, d := range fixture.Docs(t)[:3] {
		p := d.Page
		insert(t, db, &p)
		ids = append(ids, p.ID)
	}
	end, err := db.Store.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { end() }()
	if got, _, err := db.Store.ClaimPages(ctx, "v1", 0, 2); err != nil || len(got) != 2 {
		t.Fatalf("ClaimPages = %v, %v; want the first two", got, err)
	}
	other := db.Reopen(t)
	end2, err := other.BeginExtract(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { end2() }()
	if got, _, err := other.ClaimPages(ctx, "v1", 0, 10); err != nil || len(got) != 1 || got[0] != ids[2] {
		t.Fatalf("the other's ClaimPages = %v, %v; want the third page", got, err)
	}
	xs := []newsfacts.Extraction{{PageID: ids[0], Reason: "no article"}, {PageID: ids[2], Reason: "no article"}, {PageID: ids[1], Reason: "no article"}}
	saved, err := db.Store.SaveExtractions(ctx, "v1", xs)
	if err != nil {
		t.Fatal(err)
	}
	if saved[0].Err != nil || saved[2].Err != nil || !errors.Is(saved[1].Err, newsfacts.ErrClaimLost) {
		t.Errorf("SaveExtractions = %+v; want the page the other holds lost, the others saved", saved)
	}
	if n := count(t, db, `SELECT count(*) FROM page_extractions`); n != 2 {
		t.Errorf("%d pages processed, want 2", n)
	}
}

// testPages: Pages reads pages in the order asked, and refuses an ID that
// no page has.
func testPages[F crawl.Frontier](t *testing.T, db DB[F]) {
	var ids []int64
	for _, d := range fixture.Docs(t)[:3] {
		p := d.Page
		insert(t, db, &p)
		ids = append(ids, p.ID)
	}
	order := []int64{ids[2], ids[0], ids[1]}
	got, err := db.Store.Pages(t.Context(), order)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range got {
		if p.ID != order[i] || len(p.Body) == 0 {
			t.Errorf("Pages(%v)[%d] = page %d of %d bytes, want page %d with its body", order, i, p.ID, len(p.Body), order[i])
		}
	}
	if _, err := db.Store.Pages(t.Context(), []int64{ids[0], 1 << 40}); !errors.Is(err, newsfacts.ErrNotFound) {
		t.Errorf("Pages of a missing ID = %v, want ErrNotFound", err)
	}
}
