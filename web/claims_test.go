package web_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/postgres"
	"github.com/newsfacts/newsfacts/sqlite"
	"github.com/newsfacts/newsfacts/web"
)

// claimArticle is an article of testdata/claims/articles.jsonl, our own
// cross-outlet set: stories each carried by two or three outlets.
type claimArticle struct {
	URL        string   `json:"url"`
	Published  string   `json:"published"`
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
}

// saver is what the cross-outlet set is saved into: either store.
type saver interface {
	InsertPage(ctx context.Context, p *newsfacts.Page) (inserted bool, err error)
	SaveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error)
}

// saveClaimSet saves every article of the cross-outlet set into db through
// the production path, its facts found by the fact extractor, its pages
// named after their outlets as fixture.Sources names them.
func saveClaimSet(t *testing.T, db saver) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "claims", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c claimArticle
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		published, err := time.Parse(time.RFC3339, c.Published)
		if err != nil {
			t.Fatal(err)
		}
		u, err := url.Parse(c.URL)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(c.Paragraphs, "\n")
		p := newsfacts.Page{URL: c.URL, RequestedURL: c.URL, FinalURL: c.URL, Status: 200,
			Body: []byte("<p>" + text + "</p>"), FetchedAt: published.Add(time.Hour), Source: fixture.Sources[u.Host]}
		if _, err := db.InsertPage(t.Context(), &p); err != nil {
			t.Fatal(err)
		}
		a := &extract.Article{URL: c.URL, Title: c.Title, Published: published, Text: text,
			Paragraphs: c.Paragraphs, Facts: facts.Facts(text)}
		if _, err := db.SaveArticle(t.Context(), p.ID, a, fixture.Version); err != nil {
			t.Fatal(err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// claimStores open a new database of either store holding the
// cross-outlet set, and return its read-only web store and a function
// that reads one number with SQL.
var claimStores = []struct {
	name string
	open func(t *testing.T) (web.Store, func(query string) float64)
}{
	{"sqlite", func(t *testing.T) (web.Store, func(string) float64) {
		path := filepath.Join(t.TempDir(), "claims.db")
		db, err := sqlite.Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		saveClaimSet(t, db)
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		ro, err := sqlite.OpenReadOnly(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ro.Close() })
		store := sqlite.NewWebStore(ro)
		t.Cleanup(func() { store.Close() })
		return store, func(q string) float64 {
			var v float64
			if err := ro.QueryRowContext(t.Context(), q).Scan(&v); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			return v
		}
	}},
	{"postgres", func(t *testing.T) (web.Store, func(string) float64) {
		u := pgtest.NewDB(t)
		db, err := postgres.Open(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		saveClaimSet(t, db)
		store, err := postgres.OpenWeb(t.Context(), u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		return store, func(q string) float64 {
			var v float64
			if err := db.QueryRow(t.Context(), q).Scan(&v); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			return v
		}
	}},
}

func total(series []web.Series) float64 {
	var sum float64
	for _, s := range series {
		for _, p := range s.Points {
			sum += p.Value
		}
	}
	return sum
}

// claimLink finds a fact's claim on a page of the view.
var claimLink = regexp.MustCompile(`href="/facts\?claim=(\d+)"[^>]*>claim \d+</a>: (\d+) articles in ([^<]*)<`)

// TestWonPerClaim: on stories carried by several outlets, the won chart
// that counts each claim once adds up what the claims view does, less than
// the chart that counts each article's amounts; the facts browser shows a
// fact's claim with its outlets, and lists a claim's facts.
func TestWonPerClaim(t *testing.T) {
	for _, cs := range claimStores {
		t.Run(cs.name, func(t *testing.T) {
			store, number := cs.open(t)
			perFact, err := store.WonByMonth(t.Context(), nil, false)
			if err != nil {
				t.Fatal(err)
			}
			perClaim, err := store.WonByMonth(t.Context(), nil, true)
			if err != nil {
				t.Fatal(err)
			}
			wantFact := number(`SELECT CAST(sum(amount) AS DOUBLE PRECISION) FROM money
				WHERE currency = 'KRW' AND amount IS NOT NULL AND published_date_kst IS NOT NULL AND NOT repeated`)
			wantClaim := number(`SELECT CAST(sum(amount) AS DOUBLE PRECISION) FROM claims
				WHERE currency = 'KRW' AND amount IS NOT NULL AND first_published_date_kst IS NOT NULL`)
			if got := total(perFact); math.Abs(got-wantFact) > 1 {
				t.Errorf("won per fact = %.0f, want the money view's %.0f", got, wantFact)
			}
			if got := total(perClaim); math.Abs(got-wantClaim) > 1 {
				t.Errorf("won per claim = %.0f, want the claims view's %.0f", got, wantClaim)
			}
			if wantClaim >= wantFact {
				t.Errorf("claims add up to %.0f, no less than the facts' %.0f: the set has no claim of several articles", wantClaim, wantFact)
			}
			// Within a selection, a claim counts in the outlet that
			// carries it there.
			yna := []web.Cond{{Column: "outlet", Op: web.OpEq, Value: "www.yna.co.kr"}}
			ynaFacts, err := store.WonByMonth(t.Context(), yna, false)
			if err != nil {
				t.Fatal(err)
			}
			ynaClaims, err := store.WonByMonth(t.Context(), yna, true)
			if err != nil {
				t.Fatal(err)
			}
			if len(ynaClaims) != 1 || ynaClaims[0].Name != "www.yna.co.kr" || total(ynaClaims) > total(ynaFacts) || total(ynaClaims) == 0 {
				t.Errorf("won per claim of www.yna.co.kr = %+v, want its own series, at most its facts' %.0f", ynaClaims, total(ynaFacts))
			}

			h, err := web.New(store, web.Options{})
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			defer srv.Close()
			status, body := get(t, http.MethodGet, srv.URL+"/facts?claims=1&kind=money")
			if status != 200 || !strings.Contains(body, "each claim counted once") || !strings.Contains(body, `value="1" checked`) {
				t.Fatalf("GET /facts?claims=1 = %d: no chart per claim, or the box unchecked", status)
			}
			var id, articles string
			for _, m := range claimLink.FindAllStringSubmatch(body, -1) {
				if m[2] == "3" {
					id, articles = m[1], m[3]
					break
				}
			}
			if id == "" {
				t.Fatalf("GET /facts?claims=1: no fact shows a claim of 3 articles")
			}
			if articles != "KBS 뉴스, www.hankyung.com, 연합뉴스" {
				t.Errorf("claim %s carried by %q, want KBS 뉴스, www.hankyung.com, 연합뉴스", id, articles)
			}
			_, body = get(t, http.MethodGet, srv.URL+"/facts?claim="+id)
			rows := claimLink.FindAllStringSubmatch(body, -1)
			if len(rows) < 3 {
				t.Errorf("GET /facts?claim=%s lists %d facts, want its 3 or more", id, len(rows))
			}
			for _, m := range rows {
				if m[1] != id {
					t.Errorf("GET /facts?claim=%s lists a fact of claim %s", id, m[1])
				}
			}
			if !strings.Contains(body, `name="claim" value="`+id+`"`) {
				t.Errorf("GET /facts?claim=%s: the form does not show the filter", id)
			}
		})
	}
}
