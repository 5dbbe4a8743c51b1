package web_test

import (
	"crypto/sha256"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
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

// fixtureDB writes the fixture database to a new file, closes the writer,
// and returns the file's path and the seed article's ID.
func fixtureDB(t *testing.T) (path string, ids map[string]int64) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "news.db")
	db, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	ids = fixture.Build(t, db, fixture.Version)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, ids
}

// serve starts the view over the database at path, opened read-only.
func serve(t testing.TB, path string) *httptest.Server {
	t.Helper()
	ro, err := sqlite.OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() }) // after the store's Close: cleanups run last first
	store := sqlite.NewWebStore(ro)
	t.Cleanup(func() { store.Close() })
	h, err := web.New(store, web.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, method, u string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, u, strings.NewReader("x=1"))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestPages requests every page of the view on each store and checks what
// it shows.
func TestPages(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			srv, ids, _ := b.open(t)
			testPages(t, srv.URL, ids)
		})
	}
}

func testPages(t *testing.T, base string, ids map[string]int64) {
	seed := ids[fixture.SeedURL]
	tests := []struct {
		path   string
		status int
		want   []string // in the body
		not    []string
	}{
		{"/", 200, []string{"Won per month", "<svg", "KBS 뉴스", "연합뉴스", "www.hankyung.com", "2025-04", "Outlet health", "no article text found (1)"}, nil},
		{"/search?q=" + url.QueryEscape("반도체"), 200, []string{"정부, AI 반도체 지원에 2조 원 투입", "<mark>반도체</mark>", "일본, 반도체 보조금"}, []string{"데이터센터"}},
		{"/search?q=" + url.QueryEscape("추경"), 200, []string{"AI 분야 추경 81%", "<mark>추경</mark>", "shorter than three"}, nil},
		{"/search?q=" + url.QueryEscape(`"반도체 OR x* NEAR(`), 200, []string{"No article contains"}, nil},
		{"/search?q=zzzzzz", 200, []string{"No article contains zzzzzz"}, nil},
		{"/facts", 200, []string{"1조 8천억 원", "1800000000000", "3,000명", "Download this selection as CSV"}, nil},
		{"/facts?kind=money&currency=krw&min=" + url.QueryEscape("1조") + "&sort=value&order=asc", 200,
			[]string{"1조 4,600억 원", "3조 원", "2조 원"}, []string{"1,723억 원", "5억 달러", "3,000명"}},
		{"/facts?min=400%EC%96%B5&max=2000%EC%96%B5&currency=KRW", 200, []string{"300억~500억 원", "30000000000–50000000000", "1,723억 원"}, []string{"3조 원"}},
		{"/facts?outlet=www.yna.co.kr&from=2025-04-01&to=2025-04-30", 200, []string{"약 1,200억 원", "3,000명"}, []string{"1조 엔", "1조 8천억 원"}},
		{"/facts?word=" + url.QueryEscape("무려"), 200, []string{"7,300억 원 안팎", `<div class="words">무려</div>`}, []string{"1조 8천억 원", "2.75달러", "3,000명"}},
		{"/facts?word=" + url.QueryEscape("무려") + "&kind=count", 200, []string{"0 facts"}, []string{"7,300억 원 안팎"}},
		{"/facts?claims=1", 200, []string{"each claim counted once", "claim ", "1 article in KBS 뉴스"}, nil},
		{"/facts?claim=0", 400, []string{"claim"}, nil},
		{"/facts?claims=yes", 400, []string{"claims"}, nil},
		{"/articles/" + strconv.FormatInt(seed, 10), 200, []string{`class="fact money" id="f0"`, `class="fact percent"`, `class="fact count"`, "1조 8천억 원", "/fetches/", "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001"}, nil},
		{"/fetches/1", 200, []string{"SHA-256", "news.kbs.co.kr"}, nil},
		{"/articles/999999", 404, []string{"no such page"}, nil},
		{"/articles/x", 400, nil, nil},
		{"/facts?kind=weird", 400, []string{"kind"}, nil},
		{"/facts?sort=" + url.QueryEscape("value; DROP TABLE facts"), 400, nil, nil},
		{"/facts?page=100000", 400, nil, nil},
		{"/facts?min=lots", 400, nil, nil},
		{"/nothing", 404, nil, nil},
		{"/style.css", 200, []string{"font"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			status, body := get(t, http.MethodGet, base+tt.path)
			if status != tt.status {
				t.Fatalf("GET %s = %d, want %d\n%s", tt.path, status, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("GET %s: body lacks %q", tt.path, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(body, w) {
					t.Errorf("GET %s: body has %q", tt.path, w)
				}
			}
		})
	}
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestChartsFollowChanges: the charts and the outlet list, kept between
// requests, show an article that extract commits after the first request,
// on each store.
func TestChartsFollowChanges(t *testing.T) {
	stores := []struct {
		name string
		open func(t *testing.T) (*httptest.Server, saver)
	}{
		{"sqlite", func(t *testing.T) (*httptest.Server, saver) {
			path, _ := fixtureDB(t)
			srv := serve(t, path)
			db, err := sqlite.Open(t.Context(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return srv, db
		}},
		{"postgres", func(t *testing.T) (*httptest.Server, saver) {
			u := pgtest.NewDB(t)
			db, err := postgres.Open(t.Context(), u)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			fixture.Build(t, db, fixture.Version)
			store, err := postgres.OpenWeb(t.Context(), u)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { store.Close() })
			h, err := web.New(store, web.Options{})
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(h)
			t.Cleanup(srv.Close)
			return srv, db
		}},
	}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			srv, db := st.open(t)
			for _, route := range []string{"/", "/facts"} {
				if _, body := get(t, http.MethodGet, srv.URL+route); strings.Contains(body, "news.example.kr") {
					t.Fatalf("GET %s: the fixture has news.example.kr already", route)
				}
			}
			u := "https://news.example.kr/news/1"
			p := newsfacts.Page{URL: u, RequestedURL: u, FinalURL: u, Status: 200, Body: []byte("<p>x</p>"), FetchedAt: time.Now()}
			if _, err := db.InsertPage(t.Context(), &p); err != nil {
				t.Fatal(err)
			}
			text := "정부는 5억 원을 투입한다."
			a := &extract.Article{URL: u, Title: "새 기사", Published: time.Date(2025, 4, 20, 9, 0, 0, 0, time.UTC), Text: text,
				Paragraphs: []string{text}, Facts: facts.Facts(text)}
			if _, err := db.SaveArticle(t.Context(), p.ID, a, fixture.Version); err != nil {
				t.Fatal(err)
			}
			if _, body := get(t, http.MethodGet, srv.URL+"/"); !strings.Contains(body, "news.example.kr") {
				t.Error("the overview's charts do not show the article committed after the first request")
			}
			if _, body := get(t, http.MethodGet, srv.URL+"/facts"); !strings.Contains(body, `<option value="news.example.kr"`) {
				t.Error("the facts browser's outlets do not show the outlet of the article committed after the first request")
			}
		})
	}
}
