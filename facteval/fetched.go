package facteval

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// From says where an annotated sentence's text is when the set may not
// hold it (third-party text whose licence does not let us commit it): a
// file of a public repository at a commit, the byte offsets of the
// sentence in that file, and the SHA-256 of those bytes. The text is read
// from a fetched copy of the repository (see Mirror).
type From struct {
	Repo   string `json:"repo"`   // owner/name on GitHub
	Commit string `json:"commit"` // 40 hex digits
	Path   string `json:"path"`   // the file in the repository
	Start  int    `json:"start"`  // byte offset of the sentence's first byte
	End    int    `json:"end"`    // byte offset just past its last byte
	SHA256 string `json:"sha256"` // of the bytes Start..End
}

// ErrNoCopy reports that the fetched copy of a repository is not on this
// machine (as in CI), so a sentence read from it cannot be filled.
var ErrNoCopy = errors.New("no fetched copy of the repository")

// Mirror reads files from repositories fetched under Dir
// (Dir/owner+name/repo, a bare repository or one with a .git folder), as
// the real-page set does, keeping each file once read.
type Mirror struct {
	Dir   string
	files map[string][]byte
}

// NewMirror returns a Mirror of the fetched repositories under dir.
func NewMirror(dir string) *Mirror { return &Mirror{Dir: dir, files: map[string][]byte{}} }

// Text returns the sentence f points at. It returns an error wrapping
// ErrNoCopy when the repository is not fetched, and another error, naming
// the repository, when git fails, the offsets do not fit the file, the
// bytes are not UTF-8 or their SHA-256 is not f's.
func (m *Mirror) Text(f From) (string, error) {
	file, err := m.file(f)
	if err != nil {
		return "", err
	}
	if f.Start < 0 || f.End <= f.Start || f.End > len(file) {
		return "", fmt.Errorf("%s %s:%s: bytes %d–%d outside the file (%d bytes)", f.Repo, f.Commit, f.Path, f.Start, f.End, len(file))
	}
	b := file[f.Start:f.End]
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != f.SHA256 {
		return "", fmt.Errorf("%s %s:%s: bytes %d–%d have sha256 %s, the set says %s", f.Repo, f.Commit, f.Path, f.Start, f.End, got, f.SHA256)
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%s %s:%s: bytes %d–%d are not UTF-8", f.Repo, f.Commit, f.Path, f.Start, f.End)
	}
	return string(b), nil
}

// file returns the file f names, from the cache or from git show.
func (m *Mirror) file(f From) ([]byte, error) {
	key := f.Repo + "@" + f.Commit + ":" + f.Path
	if b, ok := m.files[key]; ok {
		return b, nil
	}
	b, err := ShowFile(m.Dir, f.Repo, f.Commit, f.Path)
	if err != nil {
		return nil, err
	}
	if m.files == nil {
		m.files = map[string][]byte{}
	}
	m.files[key] = b
	return b, nil
}

// ShowFile returns the file path of repository repo (owner/name) at
// commit from its fetched copy under mirror (mirror/owner+name/repo, a
// bare repository or one with a .git folder; git show COMMIT:PATH). It
// returns an error wrapping ErrNoCopy when the copy is absent, and
// another error, naming the repository, when git fails. The real-page set
// (eval) reads its pages the same way.
func ShowFile(mirror, repo, commit, path string) ([]byte, error) {
	dir := filepath.Join(mirror, strings.Replace(repo, "/", "+", 1), "repo")
	if fi, err := os.Stat(filepath.Join(dir, ".git")); err == nil && fi.IsDir() {
		dir = filepath.Join(dir, ".git")
	} else if _, err := os.Stat(filepath.Join(dir, "HEAD")); err != nil {
		return nil, fmt.Errorf("%s under %s: %w", repo, mirror, ErrNoCopy)
	}
	var stderr bytes.Buffer
	cmd := exec.Command("git", "--git-dir", dir, "show", commit+":"+path)
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git show %s:%s in %s: %w: %s", commit, path, repo, err, strings.TrimSpace(stderr.String()))
	}
	return b, nil
}

// Fill gives each sentence of set that is read from a fetched copy (From
// set, no text) its text from m, then checks it as Read checks a line. It
// returns the first error, naming the sentence's file, line and id: a
// missing repository is an error here, never a skip.
func Fill(set []Sentence, m *Mirror) error {
	for i := range set {
		s := &set[i]
		if s.From == nil || s.Text != "" {
			continue
		}
		text, err := m.Text(*s.From)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", s.File, s.ID, err)
		}
		s.Text = text
		if err := s.check(); err != nil {
			return fmt.Errorf("%s: %s: %w", s.File, s.ID, err)
		}
	}
	return nil
}
