package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/facteval"
)

// TestFillMeaning fills a case's text and context from a tiny repository
// made here, and fails with the line and repository named when the copy
// is absent or the bytes changed.
func TestFillMeaning(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git on this machine")
	}
	mirror := t.TempDir()
	dir := filepath.Join(mirror, "o+r", "repo")
	content := "시는 올해 예산을 늘렸다. 예산은 1조원이다."
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	var commit string
	for _, args := range [][]string{{"init", "-q"}, {"add", "a.txt"}, {"commit", "-q", "-m", "c"}, {"rev-parse", "HEAD"}} {
		out, err := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@t"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v: %s", args, err, out)
		}
		commit = strings.TrimSpace(string(out))
	}
	span := func(s, sum string) *facteval.From {
		i := strings.Index(content, s)
		if sum == "" {
			h := sha256.Sum256([]byte(s))
			sum = hex.EncodeToString(h[:])
		}
		return &facteval.From{Repo: "o/r", Commit: commit, Path: "a.txt", Start: i, End: i + len(s), SHA256: sum}
	}
	ctx, text := "시는 올해 예산을 늘렸다.", "예산은 1조원이다."
	fact := []MeaningFact{{Text: "1조원", Value: "1000000000000", Currency: "KRW"}}
	for _, tc := range []struct {
		name   string
		c      MeaningCase
		errHas string
	}{
		{"text and context", MeaningCase{ID: "x-1", File: "s.jsonl:1", From: span(text, ""), ContextFrom: span(ctx, ""), Facts: fact}, ""},
		{"no context", MeaningCase{ID: "x-2", File: "s.jsonl:2", From: span(text, ""), Facts: fact}, ""},
		{"changed bytes", MeaningCase{ID: "x-3", File: "s.jsonl:3", From: span(text, strings.Repeat("0", 64)), Facts: fact}, "sha256"},
		{"absent copy", MeaningCase{ID: "x-4", File: "s.jsonl:4", From: func() *facteval.From { f := span(text, ""); f.Repo = "o/gone"; return f }(), Facts: fact}, "o/gone"},
		{"fact not in the text", MeaningCase{ID: "x-5", File: "s.jsonl:5", From: span(ctx, ""), Facts: fact}, "not in the sentence"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cases := []MeaningCase{tc.c}
			err := FillMeaning(cases, facteval.NewMirror(mirror))
			if tc.errHas == "" {
				if err != nil || cases[0].Text != text || (tc.c.ContextFrom != nil) != (cases[0].Context == ctx) {
					t.Fatalf("FillMeaning: %v; text %q context %q", err, cases[0].Text, cases[0].Context)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errHas) || !strings.Contains(err.Error(), tc.c.File) {
				t.Fatalf("FillMeaning error %v, want one naming %s and %q", err, tc.c.File, tc.errHas)
			}
		})
	}
}
