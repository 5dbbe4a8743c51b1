package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// runOnUnit is one row of a flattened table: amounts with no full stop,
// so that the whole page is one "sentence" of hundreds of thousands of
// facts. Each fact once carried that sentence whole.
const runOnUnit = "매출 1조 2천억 원 영업이익 3천억 원 순이익 2천억 원 부채 5조 원 "

// runOnPage writes an HTML page of about n bytes whose body is one
// paragraph of runOnUnit, and the same text as plain text, and returns
// their paths.
func runOnPage(t *testing.T, n int) (htmlPath, textPath string) {
	t.Helper()
	body := strings.Repeat(runOnUnit, n/len(runOnUnit))
	dir := t.TempDir()
	htmlPath, textPath = filepath.Join(dir, "page.html"), filepath.Join(dir, "page.txt")
	page := "<html><head><title>큰 표</title></head><body><article><h1>큰 표</h1><p>" + body + "</p></article></body></html>"
	if err := os.WriteFile(htmlPath, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(textPath, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return htmlPath, textPath
}

// lineCounter counts the bytes and lines written to it, keeping only the
// first line's first 4 KiB.
type lineCounter struct {
	bytes, lines int64
	head         bytes.Buffer
}

func (c *lineCounter) Write(p []byte) (int, error) {
	if c.lines == 0 && c.head.Len() < 4096 {
		c.head.Write(p[:min(len(p), 4096-c.head.Len())])
	}
	c.bytes += int64(len(p))
	c.lines += int64(bytes.Count(p, []byte("\n")))
	return len(p), nil
}

// extractPeak runs the built extract with args, standard input from
// stdin if not "", and returns its peak RSS in bytes and what it wrote.
func extractPeak(t *testing.T, stdin string, args ...string) (int64, *lineCounter) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), filepath.Join(binaries(t), "extract"), args...)
	out := &lineCounter{}
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &errb
	if stdin != "" {
		f, err := os.Open(stdin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	if err := cmd.Run(); err != nil {
		t.Fatalf("extract %v: %v\nstderr: %s", args, err, tail(errb.String(), 2000))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no rusage on this system")
	}
	return ru.Maxrss * 1024, out // kilobytes on Linux
}

// TestExtractMemoryRunOn runs extract -html and extract -text on a 10 MB
// page that is one punctuation-free run of amounts, 482,100 facts, and on
// a 1 MB one. Each fact carries a window of its sentence of at most 400
// code points (docs/facts.md), the meaning of a long sentence is read in
// blocks, and -html writes its facts one at a time: the peak RSS of the 10
// MB run must stay under 640 MB (once it was 24 GB for a 2.2 MB page) and
// under 12 times that of the 1 MB run, and the output under 60 bytes per
// byte of text. -text keeps every fact: some 130 MB live (a Fact is 272
// bytes), gathered in chunks and copied once into one slice, and Go's
// collector lets the heap grow to about twice what is live: 360 to 560
// MB, as the collector happens to run. -html keeps the first 20,000 facts
// of the article (-max-facts) and counts the others: some 130 MB.
func TestExtractMemoryRunOn(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: extracts a 10 MB page")
	}
	const (
		capRSS = 640 << 20
		perIn  = 60
	)
	binaries(t) // built before anything is measured
	smallHTML, smallText := runOnPage(t, 1<<20)
	bigHTML, bigText := runOnPage(t, 10<<20)
	for _, mode := range []string{"-html", "-text"} {
		t.Run(mode, func(t *testing.T) {
			run := func(htmlPath, textPath string) (int64, *lineCounter) {
				if mode == "-html" {
					return extractPeak(t, "", "-html", htmlPath)
				}
				return extractPeak(t, textPath, "-text")
			}
			smallPeak, _ := run(smallHTML, smallText)
			peak, out := run(bigHTML, bigText)
			fi, err := os.Stat(bigText)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("10 MB page: peak RSS %d MB (1 MB page: %d MB, ratio %.1f); output %d MB in %d lines",
				peak>>20, smallPeak>>20, float64(peak)/float64(smallPeak), out.bytes>>20, out.lines)
			if peak > capRSS {
				t.Errorf("peak RSS %d MB, want under %d MB", peak>>20, capRSS>>20)
			}
			if peak > 12*smallPeak {
				t.Errorf("peak RSS %d MB for 10 MB, %d MB for 1 MB: more than 12 times", peak>>20, smallPeak>>20)
			}
			if out.bytes > perIn*fi.Size() {
				t.Errorf("%d bytes of output for %d bytes of text, more than %d per byte", out.bytes, fi.Size(), perIn)
			}
			// The output is what it says: -html one article line, -text
			// one fact a line, each fact of the run at most 400 code
			// points of sentence.
			first, _, _ := bufio.NewReader(&out.head).ReadLine()
			want := int64(4 * ((10 << 20) / len(runOnUnit)))
			switch mode {
			case "-html":
				if out.lines != 1 || !bytes.HasPrefix(first, []byte(`{"file":`)) {
					t.Errorf("-html wrote %d lines starting %.40q, want one article", out.lines, first)
				}
			case "-text":
				var f struct{ Sentence string }
				if err := json.Unmarshal(first, &f); err != nil || len([]rune(f.Sentence)) > 400 {
					t.Errorf("first fact %.80q: %v, sentence of %d code points", first, err, len([]rune(f.Sentence)))
				}
				if out.lines != want {
					t.Errorf("-text wrote %d facts, want %d", out.lines, want)
				}
			}
		})
	}
}
