// Package cli holds what the commands share: logger set-up and exit codes.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

// Exit codes shared by the commands, documented in their -help.
const (
	ExitOK          = 0 // everything done
	ExitFatal       = 1 // stopped by an error; nothing or part done
	ExitUsage       = 2 // bad flags or arguments
	ExitPartial     = 3 // finished, but some items failed (see the log and the database)
	ExitLocked      = 4 // not started: another instance holds the lock
	ExitInterrupted = 5 // stopped early by a signal or the time limit; what was done is kept
	ExitDegraded    = 6 // finished, but an outlet's extraction looks broken (see the log)
)

// Errors that map to their own exit codes; wrap them with %w.
var (
	ErrPartial     = errors.New("finished with failures")
	ErrLocked      = errors.New("not started")
	ErrInterrupted = errors.New("stopped early")
	ErrDegraded    = errors.New("finished, but an outlet's extraction looks broken")
)

// UsageError is a mistake in the command line.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef returns a *UsageError with a formatted message.
func Usagef(format string, args ...any) error { return &UsageError{Msg: fmt.Sprintf(format, args...)} }

// Code maps an error returned by a command's run function to its exit code.
func Code(err error) int {
	var ue *UsageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.As(err, &ue):
		return ExitUsage
	case errors.Is(err, ErrPartial):
		return ExitPartial
	case errors.Is(err, ErrLocked):
		return ExitLocked
	case errors.Is(err, ErrInterrupted):
		return ExitInterrupted
	case errors.Is(err, ErrDegraded):
		return ExitDegraded
	default:
		return ExitFatal
	}
}

// Exit prints err for an operator, unless it is nil or a request for help,
// and exits with its code.
func Exit(name string, err error) {
	code := Code(err)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		if code == ExitUsage {
			fmt.Fprintf(os.Stderr, "run '%s -help' for usage\n", name)
		}
	}
	os.Exit(code)
}

// NewLogger builds the command's logger: text (the default) or JSON lines,
// at info level or debug when verbose.
func NewLogger(w io.Writer, format string, verbose bool) (*slog.Logger, error) {
	return NewLevelLogger(w, format, Level(false, verbose))
}

// Level is the log level of the flags -q (warnings and errors only) and -v
// (everything, per page or request); -v wins over -q.
func Level(quiet, verbose bool) slog.Level {
	switch {
	case verbose:
		return slog.LevelDebug
	case quiet:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// NewLevelLogger builds the command's logger: text (the default) or JSON
// lines, at the given level.
func NewLevelLogger(w io.Writer, format string, level slog.Level) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(format) {
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	default:
		return nil, Usagef("-log-format %q: want text or json", format)
	}
}

// ParseInterspersed parses flags that may stand after arguments too
// ("extract -html a.html -url U", "crawl -db x.db DIR -timeout 1m") and
// returns the arguments; "--" ends the flags.
func ParseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		for len(args) > 0 && (!strings.HasPrefix(args[0], "-") || args[0] == "-") {
			rest = append(rest, args[0])
			args = args[1:]
		}
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
	}
}

// Getenv returns the environment variable name, or def when it is unset or
// empty: the commands take their flags' defaults from NEWSFACTS_*
// variables, so that a deployment sets them once.
func Getenv(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
