package e2e

import "os"

// hostileLong reports whether the hostile-input suite runs its long form
// (NEWSFACTS_HOSTILE=long): bigger inputs, longer crawls. Without it the
// suite stays fast enough for every CI run.
func hostileLong() bool { return os.Getenv("NEWSFACTS_HOSTILE") == "long" }
