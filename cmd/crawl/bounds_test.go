package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/cli"
)

// TestRunFlagBounds: values no crawl needs, which a typo or a hostile
// config makes (issue 17: -depth 1000000, -parallel 100000, -retries
// 1000000 and delay = "1000000h" were accepted), are usage errors that
// say the range.
func TestRunFlagBounds(t *testing.T) {
	db := t.TempDir() + "/news.db"
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"-depth", "1000000"}, "-depth 1000000: want 0 to 20"},
		{[]string{"-parallel", "100000"}, "-parallel 100000: want 1 to 32"},
		{[]string{"-retries", "1000000"}, "-retries 1000000: want 0 to 10"},
		{[]string{"-delay", "1000000h"}, "-delay 1000000h0m0s: want 0s to 10m0s"},
		{[]string{"-delay", "5m"}, "-delay 5m0s: want at most -max-retry-after (2m0s)"},
		{[]string{"-request-timeout", "100h"}, "-request-timeout 100h0m0s: want more than 0s, up to 10m0s"},
		{[]string{"-max-body", "1000000000"}, "-max-body 1000000000: want 1 to 67108864 bytes"},
		{[]string{"-backoff", "100h"}, "-backoff 100h0m0s: want 0s to 10m0s"},
		{[]string{"-max-retry-after", "1000h"}, "-max-retry-after 1000h0m0s: want 0s to 1h0m0s"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(t.Context(), append([]string{"-db", db}, append(tt.args, "x")...), &stdout, &stderr)
			if cli.Code(err) != cli.ExitUsage || !strings.Contains(errString(err), tt.msg) {
				t.Errorf("run: exit %d, %v; want a usage error saying %q", cli.Code(err), err, tt.msg)
			}
		})
	}
}
