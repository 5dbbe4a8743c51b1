package e2e

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	binOnce sync.Once
	binDir  string
	binErr  error
)

// TestBadInput checks that every kind of bad input ends in a clear message
// and a non-zero exit, never a panic.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.html", nil)
	garbage := write("garbage.html", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x00, 0x13})
	pdf := write("report.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))
	notDB := write("notes.db", []byte(strings.Repeat("not a database ", 100)))

	dead := httptest.NewServer(nil)
	deadURL := dead.URL
	dead.Close()

	tests := []struct {
		name     string
		cmd      string
		args     []string
		wantCode int
		wantMsg  string
	}{
		{"unreadable db path", "extract", []string{"-db", filepath.Join(dir, "no", "such", "dir", "x.db")}, 1, "no such file or directory"},
		{"db path is a directory", "crawl", []string{"-db", dir, empty}, 1, "is a directory"},
		{"not a database", "extract", []string{"-db", notDB}, 1, "not a database"},
		{"non-html file", "extract", []string{"-html", pdf}, 1, "report.pdf"},
		{"empty page", "extract", []string{"-html", empty}, 1, "empty.html"},
		{"binary garbage", "extract", []string{"-html", garbage}, 1, "garbage.html"},
		{"missing file", "extract", []string{"-html", filepath.Join(dir, "missing.html")}, 1, "no such file"},
		{"crawl non-html file", "crawl", []string{"-db", filepath.Join(dir, "a.db"), pdf}, 1, "not an html page"},
		{"crawl binary garbage", "crawl", []string{"-db", filepath.Join(dir, "a.db"), garbage}, 1, "not an html page"},
		{"unreachable url", "crawl", []string{"-db", filepath.Join(dir, "a.db"), "-delay", "0", deadURL + "/"}, 3, "connection refused"},
		{"no mode", "extract", nil, 2, "exactly one of"},
		{"no target", "crawl", []string{"-db", filepath.Join(dir, "a.db")}, 2, "no TARGET"},
		{"bad flag", "crawl", []string{"-depht", "2", "x"}, 2, "depht"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.cmd, tt.args...)
			if r.code != tt.wantCode {
				t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.wantCode, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.wantMsg) {
				t.Errorf("stderr does not say %q:\n%s", tt.wantMsg, r.stderr)
			}
			if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
				t.Errorf("command panicked:\n%s", r.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, name := range []string{"crawl", "extract"} {
		r := runCmd(t, name, "-help")
		if r.code != 0 || !strings.Contains(r.stderr, "Usage:") || !strings.Contains(r.stderr, "Exit codes") {
			t.Errorf("%s -help: exit %d, output:\n%s", name, r.code, r.stderr)
		}
	}
}
