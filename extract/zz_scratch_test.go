package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/eval"
)

func TestZZBare(t *testing.T) {
	pat := os.Getenv("ZZ")
	files, _ := filepath.Glob(filepath.Join(testpagesDir, "*", pat+".html"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text, _, _ := Decode(b, "")
		pt := eval.Bare
		if os.Getenv("ZZP") == "none" {
			pt = eval.Unchanged
		}
		c, _ := eval.Perturb([]byte(text), pt)
		if os.Getenv("ZZDUMP") != "" {
			os.WriteFile("/tmp/zzb_"+filepath.Base(f), c, 0o644)
		}
		a, err := FromHTML(c, Options{})
		if err != nil {
			t.Log(err)
			continue
		}
		body := a.Text
		if len(body) > 400 && os.Getenv("ZZFULL") == "" {
			body = body[:400]
		}
		t.Logf("%s\nTITLE %q\nPUB %v\nBY %v\n%s\n", filepath.Base(f), a.Title, a.Published, a.Authors, strings.ReplaceAll(body, "\n", "¶\n"))
	}
}
