package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/sqlite"
)

func counts(t *testing.T, db *sqlite.DB) string {
	t.Helper()
	var s string
	err := db.QueryRow(t.Context(), `SELECT (SELECT count(*) FROM pages) || ' pages, ' ||
		(SELECT count(*) FROM articles) || ' articles, ' || (SELECT count(*) FROM facts) || ' facts'`).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCrawlExtractSeedSite(t *testing.T) {
	srv := serveSite(t)
	dbPath := filepath.Join(t.TempDir(), "news.db")
	if r := runCmd(t, "crawl", "-db", dbPath, "-delay", "0", srv.URL+"/index.html"); r.code != 0 {
		t.Fatalf("crawl exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runCmd(t, "extract", "-db", dbPath); r.code != 0 {
		t.Fatalf("extract exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	db := openDB(t, dbPath)
	const seedURL = "https://news.kbs.co.kr/news/pc/view/view.do?ncd=8230001"

	var title, byline, published, modified string
	err := db.QueryRow(t.Context(), `SELECT title, byline, published_at, modified_at FROM articles WHERE url = ?`, seedURL).
		Scan(&title, &byline, &published, &modified)
	if err != nil {
		t.Fatalf("seed article: %v", err)
	}
	if title != "“AI 분야 추경 81%는 GPU 구입에…연내 확보해 세계적 AI 개발”" || byline != "강나루" ||
		published != "2025-04-18T11:00:08+09:00" || modified != "2025-04-18T11:11:31+09:00" {
		t.Errorf("seed article = %q by %q, %s / %s", title, byline, published, modified)
	}

	var section, lang, authors, emails, captions, charset string
	err = db.QueryRow(t.Context(), `SELECT a.section, a.lang, a.authors, a.emails, a.captions, e.charset
		FROM articles a JOIN page_extractions e ON e.page_id = a.page_id WHERE a.url = ?`, seedURL).
		Scan(&section, &lang, &authors, &emails, &captions, &charset)
	if err != nil {
		t.Fatalf("seed metadata: %v", err)
	}
	if section != "IT·과학" || lang != "ko" || authors != `["강나루"]` || emails != `["naru@kbs.co.kr"]` ||
		captions != `["[사진 출처 : 연합뉴스 / 과학기술정보통신부 제공]"]` || charset != "utf-8" {
		t.Errorf("seed metadata = section %q, lang %q, authors %s, emails %s, captions %s, charset %q",
			section, lang, authors, emails, captions, charset)
	}

	rows := factRows(t, db, seedURL)
	want := []string{
		"money 1800000000000 KRW [\"규모\"]",
		"percent 80 % [\"이상\"]",
		"count 10000 장",
		"money 1800000000000 KRW [\"규모\"]",
		"count 10000 장",
		"percent 81.1 %",
		"money 1460000000000 KRW",
		"money 172300000000 KRW",
		"count 2600 장",
		"money 193600000000 KRW",
		"money 2000000000 KRW [\"최대\",\"연\"]",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("seed facts:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}

	// The sidebar's headlines carry amounts; none may become a fact.
	var leaked int
	err = db.QueryRow(t.Context(), `SELECT count(*) FROM facts WHERE kind = 'money' AND value IN
		(6600000000000, 1230000000, 33000000000000, 30000000000000, 1900000000000000, 1000000000000000)`).Scan(&leaked)
	if err != nil || leaked != 0 {
		t.Errorf("sidebar amounts stored as facts: %d, %v", leaked, err)
	}
	var sum int64
	if err := db.QueryRow(t.Context(), `SELECT sum(value) FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE a.url = ? AND kind = 'money' AND currency = 'KRW'`, seedURL).Scan(&sum); err != nil {
		t.Fatal(err)
	}
	if sum != 2*1_800_000_000_000+1_460_000_000_000+172_300_000_000+193_600_000_000+2_000_000_000 {
		t.Errorf("sum of the seed's KRW facts = %d", sum)
	}
	var mismatched int
	if err := db.QueryRow(t.Context(), `SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id
		WHERE substr(a.text, f.char_start + 1, f.char_end - f.char_start) <> f.text`).Scan(&mismatched); err != nil || mismatched != 0 {
		t.Errorf("facts whose offsets do not give back their text: %d, %v", mismatched, err)
	}

	before := counts(t, db)
	if r := runCmd(t, "crawl", "-db", dbPath, "-delay", "0", srv.URL+"/index.html"); r.code != 0 {
		t.Fatalf("second crawl exit %d\n%s", r.code, r.stderr)
	}
	if r := runCmd(t, "extract", "-db", dbPath); r.code != 0 {
		t.Fatalf("second extract exit %d\n%s", r.code, r.stderr)
	}
	if after := counts(t, db); after != before {
		t.Errorf("second run changed the database: %s, then %s", before, after)
	}
}

// factRows lists an article's facts as "kind value unit-or-currency [qualifiers]".
func factRows(t *testing.T, db *sqlite.DB, url string) []string {
	t.Helper()
	var s string
	err := db.QueryRow(t.Context(), `SELECT coalesce(group_concat(line, char(10)), '') FROM (
		SELECT f.kind || ' ' || coalesce(f.value_text, 'null') || ' ' || coalesce(f.currency, f.unit, '') ||
		       CASE WHEN f.qualifiers = '[]' THEN '' ELSE ' ' || f.qualifiers END AS line
		FROM facts f JOIN articles a ON a.id = f.article_id WHERE a.url = ? ORDER BY f.seq)`, url).Scan(&s)
	if err != nil {
		t.Fatal(err)
	}
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
