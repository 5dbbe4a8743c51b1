package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestGolden extracts testdata/<case>/input.html (with the Options in
// url.txt and content-type.txt when present) and compares the result with
// testdata/<case>/want.txt. Run with -update to rewrite the want files.
func TestGolden(t *testing.T) {
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		input := filepath.Join("testdata", d.Name(), "input.html")
		if _, err := os.Stat(input); err != nil {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			page, err := os.ReadFile(input)
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{
				URL:         readOption(t, d.Name(), "url.txt"),
				ContentType: readOption(t, d.Name(), "content-type.txt"),
			}
			checkGolden(t, filepath.Join("testdata", d.Name(), "want.txt"), page, opt)
		})
	}
}

// checkGolden extracts page and compares the rendering with the file
// want, or rewrites it under -update.
func checkGolden(t *testing.T, want string, page []byte, opt Options) {
	t.Helper()
	a, err := FromHTML(page, opt)
	got := render(a, err)
	if *update {
		if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(w) {
		t.Errorf("FromHTML output differs from %s:\n%s", want, lineDiff(string(w), got))
	}
}

func readOption(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", dir, name))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// render prints an article as the golden files hold it: metadata lines,
// the captions, then the paragraphs one per line.
func render(a *Article, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "error: %v\n", err)
	}
	if a == nil {
		return b.String()
	}
	fmt.Fprintf(&b, "title: %s\n", a.Title)
	fmt.Fprintf(&b, "byline: %s\n", a.Byline)
	fmt.Fprintf(&b, "authors: %s\n", strings.Join(a.Authors, " | "))
	fmt.Fprintf(&b, "emails: %s\n", strings.Join(a.Emails, " | "))
	fmt.Fprintf(&b, "published: %s\n", formatTime(a.Published))
	fmt.Fprintf(&b, "modified: %s\n", formatTime(a.Modified))
	fmt.Fprintf(&b, "url: %s\n", a.URL)
	fmt.Fprintf(&b, "canonical: %s\n", a.Canonical)
	fmt.Fprintf(&b, "section: %s\n", a.Section)
	fmt.Fprintf(&b, "lang: %s\n", a.Lang)
	fmt.Fprintf(&b, "charset: %s\n", a.Charset)
	b.WriteString("captions:\n")
	for _, c := range a.Captions {
		fmt.Fprintf(&b, "- %s\n", c)
	}
	b.WriteString("text:\n")
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "%s\n", p)
	}
	return b.String()
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

// lineDiff lists the lines only one side has.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	inW := make(map[string]int)
	for _, l := range wl {
		inW[l]++
	}
	inG := make(map[string]int)
	for _, l := range gl {
		inG[l]++
	}
	var b strings.Builder
	for _, l := range wl {
		if inG[l] == 0 {
			fmt.Fprintf(&b, "-%s\n", l)
		}
	}
	for _, l := range gl {
		if inW[l] == 0 {
			fmt.Fprintf(&b, "+%s\n", l)
		}
	}
	if b.Len() == 0 {
		return "(same lines, different order or count)"
	}
	return b.String()
}
