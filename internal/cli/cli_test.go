package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"strings"
	"testing"
)

func TestCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, ExitOK},
		{flag.ErrHelp, ExitOK},
		{Usagef("bad flag"), ExitUsage},
		{fmt.Errorf("crawl: %w", ErrPartial), ExitPartial},
		{fmt.Errorf("%w: another crawl is running", ErrLocked), ExitLocked},
		{fmt.Errorf("%w: run timeout 1m reached", ErrInterrupted), ExitInterrupted},
		{fmt.Errorf("2 outlet figures fell: %w", ErrDegraded), ExitDegraded},
		{errors.New("disk full"), ExitFatal},
	}
	for _, tt := range tests {
		if got := Code(tt.err); got != tt.want {
			t.Errorf("Code(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestNewLoggerFormat(t *testing.T) {
	for _, f := range []string{"", "text", "json", "JSON"} {
		if _, err := NewLogger(nil, f, false); err != nil {
			t.Errorf("NewLogger(%q) error = %v", f, err)
		}
	}
	if _, err := NewLogger(nil, "xml", false); Code(err) != ExitUsage {
		t.Errorf("NewLogger(xml) error = %v, want a usage error", err)
	}
}

func TestRouteStdLog(t *testing.T) {
	var buf bytes.Buffer
	logger, err := NewLogger(&buf, "json", false)
	if err != nil {
		t.Fatal(err)
	}
	restore := RouteStdLog(logger)
	log.Printf("Unsolicited response received on idle HTTP channel starting with %q", "x")
	restore()
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil || rec["level"] != "WARN" || !strings.HasPrefix(rec["msg"].(string), "Unsolicited") {
		t.Errorf("standard log line = %q (%v), want one JSON warning", buf.String(), err)
	}
}
