package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBench writes a benchmark folder of two pages to dir.
func writeBench(t *testing.T, dir string) {
	t.Helper()
	pages := map[string]string{
		"good": `<html><body><nav><a href="/">Home</a></nav><article><p>The river path got twenty new lamps on Friday evening, two months early.</p><p>Officials said the lamps dim when nobody is near.</p></article></body></html>`,
		"bad":  `<html><body><p>Short.</p></body></html>`,
	}
	truth := map[string]map[string]string{
		"good": {"articleBody": "The river path got twenty new lamps on Friday evening, two months early.\nOfficials said the lamps dim when nobody is near.", "url": "https://example.com/good"},
		"bad":  {"articleBody": "A long true body that the page does not show at all, so recall is zero.", "url": "https://example.com/bad"},
	}
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for id, page := range pages {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(page))
		zw.Close()
		if err := os.WriteFile(filepath.Join(dir, "html", id+".html.gz"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, _ := json.Marshal(truth)
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	writeBench(t, dir)
	out := filepath.Join(dir, "pred.json")
	var stdout bytes.Buffer
	if err := run(t.Context(), []string{"-bench", dir, "-out", out}, &stdout); err != nil {
		t.Fatal(err)
	}
	got := stdout.String()
	for _, want := range []string{"pages 2", "recall 0.5000", "pages below F1 0.80: 1", "bad"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	var pred map[string]map[string]string
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &pred); err != nil || !strings.Contains(pred["good"]["articleBody"], "twenty new lamps") {
		t.Errorf("predictions = %v, %v", pred, err)
	}
}

func TestRunMissingFolder(t *testing.T) {
	var stdout bytes.Buffer
	if err := run(t.Context(), []string{"-bench", filepath.Join(t.TempDir(), "nope")}, &stdout); err == nil {
		t.Error("run with a missing folder succeeded")
	}
}

func TestRunFacts(t *testing.T) {
	var stdout bytes.Buffer
	if err := run(t.Context(), []string{"-facts", filepath.Join("..", "..", "facteval", "testdata")}, &stdout); err != nil {
		t.Fatal(err)
	}
	got := stdout.String()
	for _, want := range []string{"facts: 12 sentences (6 traps)", "money ", "count ", "percent ",
		"bar: money precision 1.0000 >= 0.99 met", "misses: 0"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestRunFactsMisses(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"x1","text":"예산 3조 원과 구조 작업","facts":[{"kind":"money","text":"3조 원","value":"2000000000000","currency":"KRW"}]}`
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	if err := run(t.Context(), []string{"-facts", dir}, &stdout); err != nil {
		t.Fatal(err)
	}
	got := stdout.String()
	for _, want := range []string{"bar: money precision 0.0000 >= 0.99 NOT MET", "misses: 1",
		"wrong\tx1", "value 2000000000000 ≠ 3000000000000", "예산 3조 원과 구조 작업"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if err := run(t.Context(), []string{"-facts", t.TempDir()}, &stdout); err == nil {
		t.Error("run -facts on an empty folder succeeded")
	}
}

func TestRunMeaningAndClaims(t *testing.T) {
	var stdout bytes.Buffer
	sets := filepath.Join("..", "..", "eval", "testdata", "meaning", "*.jsonl")
	if err := run(t.Context(), []string{"-meaning", "-sets", sets}, &stdout); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"money facts", "role", "agent exact", "purpose lenient", "per", "misses:"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("-meaning output lacks %q:\n%s", want, stdout.String())
		}
	}
	stdout.Reset()
	if err := run(t.Context(), []string{"-claims", "-stories", filepath.Join("..", "..", "testdata", "claims", "articles.jsonl")}, &stdout); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), "precision") || !strings.Contains(stdout.String(), "stories 32") {
		t.Errorf("-claims output:\n%s", stdout.String())
	}
	if err := run(t.Context(), []string{"-meaning", "-sets", filepath.Join(t.TempDir(), "*.jsonl")}, &stdout); err == nil {
		t.Error("-meaning with no set succeeded")
	}
}

func TestRunMeaningAgree(t *testing.T) {
	own := filepath.Join("..", "..", "eval", "testdata", "meaning", "own.jsonl")
	var stdout bytes.Buffer
	if err := run(t.Context(), []string{"-meaning", "-agree", own, own}, &stdout); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	for _, want := range []string{"B against A", "extractor against A:", "extractor against B:",
		"role             1.000", "purpose exact    1.000", "disagreements of B with A: 0", "period_text only in B: 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("-meaning -agree output lacks %q:\n%s", want, out)
		}
	}
	for _, args := range [][]string{
		{"-meaning", "-agree", own},
		{"-agree", own, own},
		{"-meaning", "-agree", own, filepath.Join(t.TempDir(), "none.jsonl")},
	} {
		if err := run(t.Context(), args, &stdout); err == nil {
			t.Errorf("run %q succeeded", args)
		}
	}
}
