package extract_test

import (
	"os"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
	"github.com/newsfacts/newsfacts/extract"
)

func TestZZDump(t *testing.T) {
	pages, _ := eval.LoadRealPages(realPagesDir)
	for _, p := range pages {
		if p.Name != os.Getenv("ZZ") {
			continue
		}
		page, _ := p.HTML(mirrorDir())
		text, _, _ := extract.Decode(page, "")
		changed, _ := eval.Perturb([]byte(text), eval.Prettified)
		os.WriteFile("/tmp/zz_pretty.html", changed, 0o644)
		os.WriteFile("/tmp/zz_orig.html", []byte(text), 0o644)
	}
}
