package cli

import (
	"errors"
	"flag"
	"fmt"
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
