// Package e2e runs the built crawl and extract commands end to end against
// a test site served on loopback and a real SQLite file.
package e2e

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/sqlite"
)

// buildTags is the project's one set of build tags.
const buildTags = "sqlite_fts5"

// binaries builds the commands once per test binary run into a temporary
// directory and returns it.
func binaries(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newsfacts-bin-")
		if binErr != nil {
			return
		}
		// -buildvcs=auto: the build records the VCS revision that -version
		// prints, even where GOFLAGS says -buildvcs=false.
		cmd := exec.Command("go", "build", "-buildvcs=auto", "-tags", buildTags, "-o", binDir+string(os.PathSeparator), "./cmd/...")
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = errors.New("go build: " + err.Error() + "\n" + string(out))
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binDir
}

// result is what a command run left behind.
type result struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, name string, args ...string) result {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), filepath.Join(binaries(t), name), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	code := 0
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return result{code, out.String(), errb.String()}
}

func serveSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join("..", "testdata", "site"))))
	t.Cleanup(srv.Close)
	return srv
}

func openDB(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestMain(m *testing.M) {
	if os.Getenv(measureEnv) != "" {
		measureMain() // a launcher, not a test run: see measureEnv
	}
	code := pgtest.Main(m)
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}
