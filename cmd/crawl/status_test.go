package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
)

// TestProgressFitsWidth draws the progress line on fake terminals of
// several widths: no line may reach the last column, where it would wrap.
func TestProgressFitsWidth(t *testing.T) {
	p := crawl.Progress{Fetched: 123456, Stored: 120000, Unchanged: 3000, NotModified: 456, Skipped: 7890,
		Failed: 12, Queued: 98765, Bytes: 3 << 30, Elapsed: 12*time.Hour + 34*time.Minute}
	for _, width := range []int{200, 120, 80, 60, 40, 20, 5, 1} {
		var b bytes.Buffer
		s := &statusLine{w: &b, on: true, width: func() int { return width }}
		s.progress(p)
		s.Write([]byte("a log line\n"))
		s.clear()
		out := strings.ReplaceAll(b.String(), "a log line\n", "")
		for _, line := range strings.Split(out, clearLine) {
			if len(line) >= width && width > 0 {
				t.Errorf("width %d: line of %d columns: %q", width, len(line), line)
			}
		}
		if width >= 80 && !strings.Contains(b.String(), "fetched 123456") {
			t.Errorf("width %d: %q does not say what was fetched", width, b.String())
		}
	}
}

// TestNotTerminal: a buffer, a file or /dev/null gets no progress line.
func TestNotTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer counts as a terminal")
	}
	f, err := openDevNull()
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("/dev/null counts as a terminal")
	}
}

func openDevNull() (*os.File, error) { return os.OpenFile(os.DevNull, os.O_WRONLY, 0) }
