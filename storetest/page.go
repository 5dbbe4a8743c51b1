package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
)

// testPage returns a fetched page of url with body.
func testPage(url, body string, status int) *newsfacts.Page {
	return &newsfacts.Page{URL: url, RequestedURL: url, FinalURL: url, Status: status,
		ContentType: "text/html; charset=utf-8", Body: []byte(body)}
}

func insert[F crawl.Frontier](t *testing.T, db DB[F], p *newsfacts.Page) bool {
	t.Helper()
	inserted, err := db.Store.InsertPage(t.Context(), p)
	if err != nil {
		t.Fatalf("InsertPage(%s): %v", p.URL, err)
	}
	return inserted
}

func pending[F crawl.Frontier](t *testing.T, db DB[F], version string) []int64 {
	t.Helper()
	ids, err := db.Store.PendingPages(t.Context(), version)
	if err != nil {
		t.Fatalf("PendingPages(%q): %v", version, err)
	}
	return ids
}

// testPageStoredOnce: a page is one row per URL and content, however often
// it is stored; its hash is the SHA-256 of the raw body.
func testPageStoredOnce[F crawl.Frontier](t *testing.T, db DB[F]) {
	body := "<html><body><p>과기정통부는 1조 8천억 원을 쓴다.</p></body></html>"
	p := testPage("https://a.kr/1", body, 200)
	if !insert(t, db, p) || p.ID == 0 {
		t.Fatalf("first InsertPage: inserted = false or ID = 0 (%d)", p.ID)
	}
	sum := sha256.Sum256([]byte(body))
	if p.Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("Hash = %s, want the SHA-256 of the body", p.Hash)
	}
	again := testPage("https://a.kr/1", body, 200)
	if insert(t, db, again) || again.ID != p.ID {
		t.Errorf("same page again: inserted or ID %d, want not inserted, ID %d", again.ID, p.ID)
	}
	if n := count(t, db, `SELECT count(*) FROM pages`); n != 1 {
		t.Errorf("pages = %d, want 1", n)
	}
	if n := count(t, db, `SELECT count(*) FROM pages WHERE content_hash = $1`, p.Hash); n != 1 {
		t.Errorf("pages with content_hash %s = %d, want 1", p.Hash, n)
	}
}

// testPageCompressed: a page body is stored compressed, and read back as
// received.
func testPageCompressed[F crawl.Frontier](t *testing.T, db DB[F]) {
	body := "<html><body>" + strings.Repeat("<p>과기정통부는 1조 8천억 원 규모의 추경예산안 가운데 80% 이상을 GPU 확보에 쓰기로 했습니다.</p>\n", 100) + "</body></html>"
	p := testPage("https://a.kr/big", body, 200)
	insert(t, db, p)
	if n := count(t, db, `SELECT length(body) FROM pages WHERE id = $1 AND body_encoding = 'zstd'`, p.ID); n == 0 || n*4 > int64(len(body)) {
		t.Errorf("stored body of %d bytes takes %d; want zstd, under a quarter", len(body), n)
	}
	got, err := db.Store.Page(t.Context(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Body) != body {
		t.Errorf("Page body = %d bytes, want the %d bytes stored", len(got.Body), len(body))
	}
}

// testPageRoundTrip: Page returns what InsertPage stored, and ErrNotFound
// for an ID that is not there.
func testPageRoundTrip[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	body := []byte("<html><body><p>본문</p>\x00\xff</body></html>")
	fetched := time.Date(2025, 4, 18, 2, 0, 8, 0, time.UTC)
	p := &newsfacts.Page{URL: "https://a.kr/news/1", RequestedURL: "https://a.kr/news/1?x=1", FinalURL: "https://a.kr/news/1",
		FoundURL: "https://a.kr/news/1?utm=x", Status: 200, ContentType: "text/html", ETag: `"v1"`,
		LastModified: "Fri, 18 Apr 2025 02:00:08 GMT", Headers: map[string]string{"Content-Type": "text/html"},
		FetchedAt: fetched, Body: body, Source: "에이 뉴스"}
	insert(t, db, p)
	got, err := db.Store.Page(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != p.ID || got.URL != p.URL || got.RequestedURL != p.RequestedURL || got.FinalURL != p.FinalURL ||
		got.FoundURL != p.FoundURL || got.Status != p.Status || got.ContentType != p.ContentType || got.ETag != p.ETag ||
		got.LastModified != p.LastModified || got.Hash != p.Hash || got.RunID != 0 || got.Source != p.Source ||
		got.Headers["Content-Type"] != "text/html" || len(got.Headers) != 1 || !got.FetchedAt.Equal(fetched) {
		t.Errorf("Page = %+v\nwant %+v", got, p)
	}
	if string(got.Body) != string(body) {
		t.Errorf("Page body = %q, want %q", got.Body, body)
	}
	if _, err := db.Store.Page(ctx, p.ID+1000); !errors.Is(err, newsfacts.ErrNotFound) {
		t.Errorf("Page(missing) error = %v, want ErrNotFound", err)
	}
}

// testPageCurrentVersion: extract reads the content last fetched with
// success, and a page back to an earlier content is extracted again.
func testPageCurrentVersion[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	a := testPage("https://a.kr/2", "<p>first</p>", 200)
	insert(t, db, a)
	if got := pending(t, db, "v1"); !slices.Equal(got, []int64{a.ID}) {
		t.Fatalf("pending = %v, want [%d]", got, a.ID)
	}
	if err := db.Store.MarkNoArticle(ctx, a.ID, "v1", "no article"); err != nil {
		t.Fatal(err)
	}
	if got := pending(t, db, "v1"); len(got) != 0 {
		t.Errorf("pending after marking = %v, want none", got)
	}
	if got := pending(t, db, "v2"); !slices.Equal(got, []int64{a.ID}) {
		t.Errorf("pending for another version = %v, want [%d]", got, a.ID)
	}
	b := testPage("https://a.kr/2", "<p>second</p>", 200)
	if !insert(t, db, b) || b.ID == a.ID {
		t.Fatalf("changed content: want a new row")
	}
	if got := pending(t, db, "v1"); !slices.Equal(got, []int64{b.ID}) {
		t.Errorf("pending after a change = %v, want only the new version [%d]", got, b.ID)
	}
	// A failed fetch is stored, but never the version extract reads.
	failed := testPage("https://a.kr/2", "busy", 503)
	if !insert(t, db, failed) {
		t.Errorf("a failed fetch's page was not stored")
	}
	if got := pending(t, db, "v1"); !slices.Equal(got, []int64{b.ID}) {
		t.Errorf("pending after a 503 = %v, want [%d]", got, b.ID)
	}
	if err := db.Store.MarkNoArticle(ctx, b.ID, "v1", "no article"); err != nil {
		t.Fatal(err)
	}
	back := testPage("https://a.kr/2", "<p>first</p>", 200)
	if insert(t, db, back) || back.ID != a.ID {
		t.Fatalf("back to the first content: inserted or ID %d, want the first row %d", back.ID, a.ID)
	}
	if got := pending(t, db, "v1"); !slices.Equal(got, []int64{a.ID}) {
		t.Errorf("pending after going back = %v, want the first version again [%d]", got, a.ID)
	}
}
