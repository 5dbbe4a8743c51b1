package facteval

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/gittest"
)

// tinyRepo makes a git repository under mirror/owner+name/repo holding
// path with content, and returns its commit.
func tinyRepo(t *testing.T, mirror, repo, path, content string) string {
	t.Helper()
	return gittest.Repo(t, mirror, repo, map[string]string{path: content})
}

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestMirrorText(t *testing.T) {
	mirror := t.TempDir()
	content := "id,body\n1,\"삼성전자는 1조원을 벌었다. 2조원은 \"\"아니다\"\".\"\n"
	commit := tinyRepo(t, mirror, "o/r", "news.csv", content)
	sentence := "삼성전자는 1조원을 벌었다."
	start := strings.Index(content, sentence)
	ok := From{Repo: "o/r", Commit: commit, Path: "news.csv", Start: start, End: start + len(sentence), SHA256: sum(sentence)}
	for _, tc := range []struct {
		name   string
		f      From
		want   string
		noCopy bool
		errHas string
	}{
		{"the sentence", ok, sentence, false, ""},
		{"no copy", func() From { f := ok; f.Repo = "o/absent"; return f }(), "", true, "o/absent"},
		{"hash mismatch", func() From { f := ok; f.SHA256 = sum("x"); return f }(), "", false, "sha256"},
		{"outside the file", func() From { f := ok; f.End = len(content) + 5; return f }(), "", false, "outside"},
		{"no such path", func() From { f := ok; f.Path = "none.csv"; return f }(), "", false, "git show"},
		{"cut inside a rune", func() From {
			f := ok
			f.End = f.Start + 1
			f.SHA256 = sum(content[f.Start:f.End])
			return f
		}(), "", false, "UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := NewMirror(mirror).Text(tc.f)
			if tc.want != "" {
				if err != nil || got != tc.want {
					t.Fatalf("Text = %q, %v; want %q", got, err, tc.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Text = %q, want an error", got)
			}
			if errors.Is(err, ErrNoCopy) != tc.noCopy {
				t.Errorf("errors.Is(%v, ErrNoCopy) = %v, want %v", err, !tc.noCopy, tc.noCopy)
			}
			if !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("error %q does not say %q", err, tc.errHas)
			}
		})
	}
}

func TestFill(t *testing.T) {
	mirror := t.TempDir()
	content := "x 삼성전자는 1조원을 벌었다. y"
	commit := tinyRepo(t, mirror, "o/r", "a.txt", content)
	sentence := "삼성전자는 1조원을 벌었다."
	start := strings.Index(content, sentence)
	from := `"from":{"repo":"o/r","commit":"` + commit + `","path":"a.txt","start":` +
		itoa(start) + `,"end":` + itoa(start+len(sentence)) + `,"sha256":"` + sum(sentence) + `"}`
	for _, tc := range []struct {
		name, line, errHas string
	}{
		{"filled and checked", `{"id":"a-1","text":"",` + from + `,"facts":[{"kind":"money","text":"1조원","value":"1000000000000","currency":"KRW"}]}`, ""},
		{"fact not in the text read", `{"id":"a-2","text":"",` + from + `,"facts":[{"kind":"money","text":"2조원","value":"2000000000000","currency":"KRW"}]}`, "a-2"},
		{"repository absent", `{"id":"a-3","text":"",` + strings.Replace(from, "o/r", "o/gone", 1) + `,"facts":[]}`, "o/gone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set, err := Read(strings.NewReader(tc.line), "set.jsonl")
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			err = Fill(set, NewMirror(mirror))
			if tc.errHas == "" {
				if err != nil || set[0].Text != sentence {
					t.Fatalf("Fill: %v, text %q", err, set[0].Text)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.errHas) || !strings.Contains(err.Error(), "set.jsonl:1") {
				t.Fatalf("Fill error %v, want one naming set.jsonl:1 and %q", err, tc.errHas)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
