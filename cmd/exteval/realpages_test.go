package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealPagesMode runs -realpages on a set of one page kept in a git
// repository made for the test, then on a mirror without it.
func TestRealPagesMode(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	page := `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>시립도서관 밤 10시까지 연다 : 새벽일보</title>
<meta property="og:title" content="시립도서관 밤 10시까지 연다"><meta property="article:published_time" content="2024-05-02T08:15:00+09:00"></head>
<body><nav><a href="/">홈</a> <a href="/local">지역</a></nav><article><h1>시립도서관 밤 10시까지 연다</h1>
<p>시립도서관이 이달부터 평일 밤 10시까지 문을 연다고 2일 밝혔다. 시험 기간을 맞은 학생들이 늘어난 데 따른 조치다.</p>
<p>도서관은 열람실 좌석 120석을 밤에도 운영하고 사서 두 명을 더 배치한다.</p>
<p>주말 운영 시간은 지금처럼 오후 6시까지다.</p></article><footer>무단전재 및 재배포 금지</footer></body></html>`
	mirror := t.TempDir()
	dir := filepath.Join(mirror, "owner+pages", "repo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "page.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	git := func(args ...string) string {
		out, err := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "page")
	sum := sha256.Sum256([]byte(page))
	set := t.TempDir()
	manifest, _ := json.Marshal([]map[string]any{{
		"name": "library", "outlet": "새벽일보", "layout": "test", "year": 2024, "url": "https://news.example/1",
		"repo": "owner/pages", "commit": git("rev-parse", "HEAD"), "path": "page.html", "licence": "none stated",
		"cut": map[string]string{"kind": "file"}, "sha256": hex.EncodeToString(sum[:]),
	}})
	truth, _ := json.Marshal(map[string]any{
		"title": "시립도서관 밤 10시까지 연다", "published": "2024-05-02T08:15", "paragraphs": 3, "body_letters": 97,
		"phrases":   []string{"평일 밤 10시까지 문을 연다고", "사서 두 명을 더 배치한다", "오후 6시까지다"},
		"furniture": []string{"무단전재"},
	})
	for name, b := range map[string][]byte{"manifest.json": manifest, "library.truth.json": truth} {
		if err := os.WriteFile(filepath.Join(set, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := run(t.Context(), []string{"-realpages", "-pages", set, "-mirror", mirror}, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "right on all four (body, title, time, furniture): 1 of 1") {
		t.Errorf("output lacks the share:\n%s", out.String())
	}
	out.Reset()
	err := run(t.Context(), []string{"-realpages", "-pages", set, "-mirror", t.TempDir()}, &out)
	if err == nil || !strings.Contains(err.Error(), "no page") {
		t.Errorf("run without copies = %v, want an error saying no page has a copy", err)
	}
}

// TestRealPagesEmptySet runs -realpages on a set whose manifest lists no
// page (a pending set emptied as its pages move into the main set): it
// says so and succeeds.
func TestRealPagesEmptySet(t *testing.T) {
	set := t.TempDir()
	if err := os.WriteFile(filepath.Join(set, "manifest.json"), []byte("[]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(t.Context(), []string{"-realpages", "-pages", set, "-mirror", t.TempDir()}, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "none listed") {
		t.Errorf("output = %q, want it to say no page is listed", out.String())
	}
}
