package extract_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
)

func TestZZReal(t *testing.T) {
	pages, _ := eval.LoadRealPages(realPagesDir)
	for _, p := range pages {
		if !strings.Contains(p.Name, os.Getenv("ZZ")) {
			continue
		}
		page, err := p.HTML(mirrorDir())
		if err != nil {
			t.Log(err)
			continue
		}
		if os.Getenv("ZZDUMP") != "" {
			os.WriteFile("/tmp/zz_"+p.Name+".html", page, 0o644)
		}
		text, _, _ := extract.Decode(page, "")
		pt := eval.Bare
		if os.Getenv("ZZP") == "none" {
			pt = eval.Unchanged
		}
		c, _ := eval.Perturb([]byte(text), pt)
		a, err := extract.FromHTML(c, extract.Options{URL: p.URL})
		r := eval.CheckRealPage(realOutput(a, err), p.Truth)
		t.Logf("%s right=%v %q\nTITLE %q\nPUB %v\nBY %v\n%s\n", p.Name, r.Right(), r.Problems, a.Title, a.Published, a.Authors, strings.ReplaceAll(a.Text, "\n", "¶\n"))
	}
}
