package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
)

// statusLine keeps a progress line at the bottom of a terminal: log lines,
// written through it, appear above. On anything but a terminal (a file, a
// pipe, a CI log) it passes log lines through and shows no progress.
type statusLine struct {
	w    io.Writer
	on   bool // w is a terminal
	mu   sync.Mutex
	line string
}

// clearLine returns the cursor to the start of the line and erases it.
const clearLine = "\r\x1b[K"

func newStatusLine(w io.Writer) *statusLine {
	return &statusLine{w: w, on: isTerminal(w)}
}

// isTerminal reports whether w is a character device, such as a terminal,
// and the terminal is not a dumb one.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
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
	line := fmt.Sprintf("%s  fetched %d  stored %d  unchanged %d  not modified %d  skipped %d  failed %d  queued %d  %s  %.1f/s",
		p.Elapsed.Round(time.Second), p.Fetched, p.Stored, p.Unchanged, p.NotModified, p.Skipped, p.Failed, p.Queued,
		size(p.Bytes), rate)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.line = line
	io.WriteString(s.w, clearLine+line)
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
