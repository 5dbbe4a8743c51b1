package cli

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Version describes the running binary for -version: the command's name,
// the module's version, and the VCS revision and time the build recorded,
// with "+dirty" when the work tree had changes. go build records the
// revision; go run and go test may not, and then it says "unknown".
func Version(name string) string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return name + " (no build information)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	rev, when, dirty := "unknown", "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s revision %s", name, version, rev)
	if dirty {
		b.WriteString("+dirty")
	}
	if when != "" {
		fmt.Fprintf(&b, " (%s)", when)
	}
	fmt.Fprintf(&b, " %s", info.GoVersion)
	return b.String()
}
