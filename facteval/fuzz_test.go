package facteval

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzRead checks that Read never panics, that what it refuses it refuses
// with ErrFormat (or a reading error), and that every fact it accepts
// stands in its sentence.
func FuzzRead(f *testing.F) {
	b, err := os.ReadFile("testdata/sample.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f.Add(line)
	}
	f.Add(`{"id":"a","text":"-153명","trap":true,"facts":[{"kind":"count","text":"-153명","value":-153,"unit":"명"}]}`)
	f.Fuzz(func(t *testing.T, line string) {
		set, err := Read(strings.NewReader(line), "f.jsonl")
		if err != nil {
			if !errors.Is(err, ErrFormat) && !strings.Contains(err.Error(), "f.jsonl") {
				t.Fatalf("Read(%q): %v, want ErrFormat or a located error", line, err)
			}
			return
		}
		for _, s := range set {
			for _, g := range s.Facts {
				if !strings.Contains(s.Text, g.Text) || g.Text == "" {
					t.Errorf("Read(%q) accepted fact %q outside its sentence", line, g.Text)
				}
			}
		}
	})
}
