package sqlite_test

import (
	"database/sql"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/facts"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

// TestFactContextWords saves the facts of a text and reads their
// qualifiers and context words back from the facts table and the money
// view; a row whose context words are no JSON array is refused.
func TestFactContextWords(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	p := &newsfacts.Page{URL: "file:///c.html", RequestedURL: "file:///c.html", FinalURL: "file:///c.html", Status: 200, Body: []byte("x")}
	if _, err := db.InsertPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	text := "최대 1인당 평균 3,500만 원을 받는다."
	a := &extract.Article{URL: "https://news.example.kr/c", Title: "제목", Text: text, Facts: facts.Facts(text)}
	if len(a.Facts) != 1 {
		t.Fatalf("Facts(%q) = %d facts, want 1", text, len(a.Facts))
	}
	id, err := db.SaveArticle(ctx, p.ID, a, "v1")
	if err != nil {
		t.Fatal(err)
	}
	var quals, words string
	if err := db.QueryRow(ctx, `SELECT qualifiers, context_words FROM facts WHERE article_id = ?`, id).Scan(&quals, &words); err != nil {
		t.Fatal(err)
	}
	if quals != `["최대"]` || words != `["1인당","평균"]` {
		t.Errorf("facts row: qualifiers %s, context_words %s; want [\"최대\"], [\"1인당\",\"평균\"]", quals, words)
	}
	if err := db.QueryRow(ctx, `SELECT qualifiers, context_words FROM money WHERE article_id = ?`, id).Scan(&quals, &words); err != nil {
		t.Fatal(err)
	}
	if quals != "최대" || words != "1인당 평균" {
		t.Errorf("money row: qualifiers %q, context_words %q; want %q, %q", quals, words, "최대", "1인당 평균")
	}
	raw, err := sql.Open("sqlite3", "file:"+db.Path+"?_foreign_keys=on&_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, bad := range []string{`{"a":1}`, `"평균"`, `not json`} {
		if _, err := raw.ExecContext(ctx, `UPDATE facts SET context_words = ? WHERE article_id = ?`, bad, id); err == nil {
			t.Errorf("context_words set to %s: no error", bad)
		}
	}
}
