package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"golang.org/x/term"
)

// statusLine keeps a progress line at the bottom of a terminal: log lines,
// written through it, appear above. On anything but a terminal (a file, a
// pipe, /dev/null, a CI log) it passes log lines through and shows no
// progress. The line never reaches the terminal's last column, so that it
// never wraps and leaves a trail of stale lines behind.
type statusLine struct {
	w     io.Writer
	on    bool       // w is a terminal
	width func() int // the terminal's width in columns, asked each time: it may be resized
	mu    sync.Mutex
	line  string
}

// clearLine returns the cursor to the start of the line and erases it.
const clearLine = "\r\x1b[K"

func newStatusLine(w io.Writer) *statusLine {
	s := &statusLine{w: w, on: isTerminal(w), width: func() int { return 80 }}
	if f, ok := w.(*os.File); ok && s.on {
		s.width = func() int {
			if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
				return cols
			}
			return 80
		}
	}
	return s
}

// isTerminal reports whether w is a terminal, and not a dumb one.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	return term.IsTerminal(int(f.Fd()))
}

// Write writes a log line above the progress line.
func (s *statusLine) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.line == "" {
		return s.w.Write(p)
	}
	io.WriteString(s.w, clearLine)
	n, err := s.w.Write(p)
	io.WriteString(s.w, s.line)
	return n, err
}

// progress shows p as the progress line.
func (s *statusLine) progress(p crawl.Progress) {
	rate := 0.0
	if secs := p.Elapsed.Seconds(); secs > 0 {
		rate = float64(p.Fetched) / secs
	}
	line := fit(s.width()-1,
		fmt.Sprintf("%s  fetched %d  stored %d  unchanged %d  not modified %d  skipped %d  failed %d  queued %d  %s  %.1f/s",
			p.Elapsed.Round(time.Second), p.Fetched, p.Stored, p.Unchanged, p.NotModified, p.Skipped, p.Failed, p.Queued,
			size(p.Bytes), rate),
		fmt.Sprintf("%s  fetched %d  stored %d  failed %d  queued %d  %.1f/s",
			p.Elapsed.Round(time.Second), p.Fetched, p.Stored, p.Failed, p.Queued, rate),
		fmt.Sprintf("%s f%d s%d x%d q%d", p.Elapsed.Round(time.Second), p.Fetched, p.Stored, p.Failed, p.Queued))
	s.mu.Lock()
	defer s.mu.Unlock()
	s.line = line
	io.WriteString(s.w, clearLine+line)
}

// fit returns the first of lines, longest first, that fits in width
// columns, or the last one cut to width. The lines are ASCII: one byte,
// one column.
func fit(width int, lines ...string) string {
	width = max(width, 0)
	for _, l := range lines {
		if len(l) <= width {
			return l
		}
	}
	return lines[len(lines)-1][:width]
}

// clear removes the progress line.
func (s *statusLine) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.line != "" {
		io.WriteString(s.w, clearLine)
		s.line = ""
	}
}

// size formats a byte count for people.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
