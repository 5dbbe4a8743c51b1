// Package shared finds the third-party test material (saved news pages, a
// benchmark) that lives in the shared folder beside the repository, never
// in it, and says what to do when it is missing.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvDir names the environment variable that points at the shared folder
// when it is not ../shared beside the repository.
const EnvDir = "NEWSFACTS_SHARED"

// Path returns the path of rel inside the shared folder: $NEWSFACTS_SHARED
// when set, else the folder shared beside the repository root (the first
// folder upwards from the working directory that holds go.mod).
func Path(rel string) string {
	if dir := os.Getenv(EnvDir); dir != "" {
		return filepath.Join(dir, rel)
	}
	wd, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", rel)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared", rel)
		}
		if filepath.Dir(dir) == dir {
			return filepath.Join("..", "shared", rel)
		}
	}
}

// Missing ends a test that needs path, which is not there: in CI (CI or
// NEWSFACTS_CI set) it fails, elsewhere it skips; either way it says how
// to point the tests at another copy.
func Missing(tb testing.TB, path string, err error) {
	tb.Helper()
	msg := "shared test material missing: " + path
	if err != nil {
		msg += " (" + err.Error() + ")"
	}
	msg += "; it lives in the folder shared beside the repository, or set " + EnvDir + " to another copy"
	if os.Getenv("CI") != "" || os.Getenv("NEWSFACTS_CI") != "" {
		tb.Fatal(msg)
	}
	tb.Skip(msg)
}
