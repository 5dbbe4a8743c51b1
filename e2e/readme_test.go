package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/sqlite"
)

// TestQuickStartQueries runs the README's quick start (crawl the sample
// pages, extract) with the built commands, then every query of the README's
// "Querying the database": each must give rows, so that a newcomer sees
// what each query is for.
func TestQuickStartQueries(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	if !strings.Contains(readme, "cmd/crawl -db news.db testdata/site/news testdata/samples") {
		t.Fatal("the README's quick start no longer crawls testdata/site/news testdata/samples: update this test")
	}
	db := filepath.Join(t.TempDir(), "news.db")
	if r := runCmd(t, "crawl", "-db", db, "../testdata/site/news", "../testdata/samples"); r.code != 0 {
		t.Fatalf("crawl: exit %d\n%s", r.code, r.stderr)
	}
	if r := runCmd(t, "extract", "-db", db); r.code != 0 {
		t.Fatalf("extract: exit %d\n%s", r.code, r.stderr)
	}
	i := strings.Index(readme, "\n## Querying the database")
	if i < 0 {
		t.Fatal("README.md has no section ## Querying the database")
	}
	section := readme[i+1:]
	if j := strings.Index(section[3:], "\n## "); j >= 0 {
		section = section[:j+3]
	}
	ro, err := sqlite.OpenReadOnly(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	n := 0
	for {
		k := strings.Index(section, "```sql\n")
		if k < 0 {
			break
		}
		section = section[k+len("```sql\n"):]
		end := strings.Index(section, "```")
		query := section[:end]
		section = section[end+3:]
		n++
		rows, err := ro.QueryContext(t.Context(), query)
		if err != nil {
			t.Errorf("query %d: %v\n%s", n, err, query)
			continue
		}
		got := 0
		for rows.Next() {
			got++
		}
		rows.Close()
		if got == 0 {
			t.Errorf("query %d gives no rows on the quick-start database:\n%s", n, query)
		}
	}
	if n == 0 {
		t.Fatal("no sql blocks found in the README")
	}
}
