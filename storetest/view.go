package storetest

import (
	"testing"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// testViews: the analysts' views have a row for each article and fact,
// and the money view's amounts are exact.
func testViews[F crawl.Frontier](t *testing.T, db DB[F]) {
	fixture.Build(t, db.Store, "v1")
	articles, allFacts, money := fixtureCounts(t)
	if n := count(t, db, `SELECT count(*) FROM articles_clean`); n != articles {
		t.Errorf("articles_clean = %d rows, want %d", n, articles)
	}
	if n := count(t, db, `SELECT count(*) FROM fact_provenance WHERE surface = text`); n != allFacts {
		t.Errorf("fact_provenance = %d rows whose surface is their text, want %d", n, allFacts)
	}
	if n := count(t, db, `SELECT count(*) FROM money`); n != money {
		t.Errorf("money = %d rows, want %d", n, money)
	}
	var want int64
	for _, d := range fixture.Docs(t) {
		if d.Article == nil {
			continue
		}
		for _, f := range d.Article.Facts {
			if f.Kind == "money" && f.Currency == "KRW" && f.Value != nil && f.Value.Scale == 0 {
				want += f.Value.Coef
			}
		}
	}
	if n := count(t, db, `SELECT CAST(sum(amount) AS BIGINT) FROM money WHERE currency = 'KRW'`); n != want {
		t.Errorf("sum of KRW amounts = %d, want %d", n, want)
	}
	claims := count(t, db, `SELECT count(DISTINCT claim_id) FROM facts WHERE kind = 'money' AND claim_id IS NOT NULL`)
	if claims == 0 {
		t.Errorf("no money fact has a claim")
	}
	if n := count(t, db, `SELECT count(*) FROM claims`); n != claims {
		t.Errorf("claims = %d rows, want one per claim, %d", n, claims)
	}
	if n := count(t, db, `SELECT count(*) FROM articles WHERE sketch IS NULL`); n != 0 {
		t.Errorf("%d articles without their text's sketch", n)
	}
	if n := count(t, db, `SELECT money_count FROM articles_clean WHERE url = $1`, fixture.SeedURL); n != 6 {
		t.Errorf("money_count of the seed article = %d, want 6", n)
	}
	testOutletNames(t, db)
}

// testOutletNames: the views name each outlet as the sources file did for
// the pages crawled for it (pages.source), and by its host otherwise.
func testOutletNames[F crawl.Frontier](t *testing.T, db DB[F]) {
	tests := []struct {
		query string
		arg   string
		want  string
	}{
		{`SELECT outlet || '|' || outlet_name FROM articles_clean WHERE url = $1`, fixture.SeedURL, "news.kbs.co.kr|KBS 뉴스"},
		{`SELECT outlet || '|' || outlet_name FROM articles_clean WHERE url = $1`, fixture.DollarURL, "www.hankyung.com|www.hankyung.com"},
		{`SELECT outlet || '|' || outlet_name FROM money WHERE url = $1 ORDER BY fact_id LIMIT 1`, fixture.ChipsURL, "www.yna.co.kr|연합뉴스"},
		{`SELECT outlet_names FROM claims WHERE first_url = $1 ORDER BY claim_id LIMIT 1`, fixture.SeedURL, "KBS 뉴스"},
		{`SELECT outlet_names FROM claims WHERE first_url = $1 ORDER BY claim_id LIMIT 1`, fixture.DollarURL, "www.hankyung.com"},
		{`SELECT outlet_name FROM outlet_health WHERE outlet = $1 ORDER BY day LIMIT 1`, "news.kbs.co.kr", "KBS 뉴스"},
		{`SELECT outlet_name FROM outlet_health WHERE outlet = $1 ORDER BY day LIMIT 1`, "www.mbn.co.kr", "www.mbn.co.kr"},
	}
	for _, tt := range tests {
		var got string
		if err := db.QueryRow(t.Context(), tt.query, tt.arg).Scan(&got); err != nil {
			t.Errorf("%s [%s]: %v", tt.query, tt.arg, err)
		} else if got != tt.want {
			t.Errorf("%s [%s] = %q, want %q", tt.query, tt.arg, got, tt.want)
		}
	}
}
