package cli

import (
	"log"
	"log/slog"
	"strings"
)

// RouteStdLog sends what the standard library prints with package log
// through logger, at warning level, so that every line of a command's log
// has the format the user chose: net/http prints there, for one, when a
// server sends more bytes than the length it declared ("Unsolicited
// response received on idle HTTP channel"). It returns the function that
// puts the standard logger back as it was.
func RouteStdLog(logger *slog.Logger) (restore func()) {
	w, flags, prefix := log.Writer(), log.Flags(), log.Prefix()
	log.SetOutput(stdLogWriter{logger})
	log.SetFlags(0)
	log.SetPrefix("")
	return func() {
		log.SetOutput(w)
		log.SetFlags(flags)
		log.SetPrefix(prefix)
	}
}

// stdLogWriter writes each line the standard logger prints as a record.
type stdLogWriter struct{ l *slog.Logger }

func (s stdLogWriter) Write(p []byte) (int, error) {
	s.l.Warn(strings.TrimSpace(string(p)), "logger", "stdlib")
	return len(p), nil
}
