package e2e

import (
	"os"
	"os/exec"
	"regexp"
	"testing"
)

// TestVersion runs -version on every command: each prints its name, the
// module version and the VCS revision the build recorded.
func TestVersion(t *testing.T) {
	// In a git clone (CI's) the build must have recorded the commit. Go
	// records none in a linked worktree, whose .git is a file.
	fi, err := os.Stat("../.git")
	wantRev := err == nil && fi.IsDir() && exec.Command("git", "-C", "..", "rev-parse", "HEAD").Run() == nil
	line := regexp.MustCompile(`^(\w+) (\S+) revision ([0-9a-f]{40}(\+dirty)?|unknown)( \(\S+\))? go\S+\n$`)
	for _, name := range []string{"crawl", "extract", "serve", "exteval"} {
		if _, err := os.Stat("../cmd/" + name); err != nil {
			continue
		}
		r := runCmd(t, name, "-version")
		m := line.FindStringSubmatch(r.stdout)
		switch {
		case r.code != 0 || m == nil || m[1] != name:
			t.Errorf("%s -version: exit %d, stdout %q, stderr %q", name, r.code, r.stdout, r.stderr)
		case wantRev && m[3] == "unknown":
			t.Errorf("%s -version = %q: no revision, though built in a git checkout", name, r.stdout)
		}
	}
}
