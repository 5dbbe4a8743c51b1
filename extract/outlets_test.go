package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// reSourceName finds the name of each [[source]] in sources.toml.
var reSourceName = regexp.MustCompile(`(?m)^name\s*=\s*"([^"]+)"`)

// TestSourceOutlets checks that every outlet of the repository's
// sources.toml has at least two pages of its current layout under
// testdata/outlet-<name>-N (our own text in the outlet's structure, see
// SOURCES.md), and that each is extracted with its headline, a published
// time in KST, its reporter, a body and no furniture. TestGolden pins the
// exact output.
func TestSourceOutlets(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "sources.toml"))
	if err != nil {
		t.Fatal(err)
	}
	names := reSourceName.FindAllStringSubmatch(string(src), -1)
	if len(names) == 0 {
		t.Fatal("no [[source]] names in sources.toml")
	}
	for _, n := range names {
		name := n[1]
		dirs, _ := filepath.Glob(filepath.Join("testdata", "outlet-"+name+"-*"))
		if len(dirs) < 2 {
			t.Errorf("outlet %s: %d test pages, want at least 2 (testdata/outlet-%s-N)", name, len(dirs), name)
		}
		for _, dir := range dirs {
			t.Run(filepath.Base(dir), func(t *testing.T) {
				page, err := os.ReadFile(filepath.Join(dir, "input.html"))
				if err != nil {
					t.Fatal(err)
				}
				pageURL, _ := os.ReadFile(filepath.Join(dir, "url.txt"))
				a, err := FromHTML(page, Options{URL: strings.TrimSpace(string(pageURL))})
				if err != nil {
					t.Fatal(err)
				}
				if a.Title == "" || strings.ContainsAny(a.Title, "|:") {
					t.Errorf("title %q", a.Title)
				}
				if a.Published.IsZero() || a.Published.Location() != kst {
					t.Errorf("published %v, want a time in KST", a.Published)
				}
				if len(a.Authors) == 0 {
					t.Error("no reporter")
				}
				if len(a.Paragraphs) < 4 {
					t.Errorf("%d paragraphs, want the article's 4 or more", len(a.Paragraphs))
				}
				for _, f := range append(furniturePhrases, "구독", "후원", "광고", "다른 기사", "자료사진", "핫 클릭") {
					if strings.Contains(a.Text, f) {
						t.Errorf("furniture %q in text", f)
					}
				}
			})
		}
	}
}
