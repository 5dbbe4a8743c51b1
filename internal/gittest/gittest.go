// Package gittest makes the fetched copies of repositories that the tests
// of the sets read from (facteval's sentences, eval's real pages): a git
// repository laid out as the fetch tool lays one out.
package gittest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Repo makes mirror/owner+name/repo, for repo "owner/name", a git
// repository holding files (path → content) in one commit, and returns
// the commit. It skips the test where git is not installed.
func Repo(t testing.TB, mirror, repo string, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := filepath.Join(mirror, strings.Replace(repo, "/", "+", 1), "repo")
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) string {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com"}, args...)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	run("init", "-q")
	run("add", ".")
	run("commit", "-q", "-m", "files")
	return run("rev-parse", "HEAD")
}
