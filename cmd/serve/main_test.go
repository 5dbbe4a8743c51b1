package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/internal/cli"
	"github.com/newsfacts/newsfacts/internal/fixture"
)

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"help", []string{"-help"}, cli.ExitOK, "read-only"},
		{"no database", []string{}, cli.ExitUsage, "no -db"},
		{"arguments", []string{"-db", "x.db", "more"}, cli.ExitUsage, "unexpected"},
		{"missing database", []string{"-db", filepath.Join(t.TempDir(), "none.db")}, cli.ExitFatal, "no such file"},
		{"bad timeout", []string{"-db", "x.db", "-query-timeout", "0s"}, cli.ExitUsage, "-query-timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEWSFACTS_DB", "")
			var stdout, stderr bytes.Buffer
			err := run(t.Context(), tt.args, &stdout, &stderr, nil)
			if got := cli.Code(err); got != tt.code {
				t.Errorf("exit code %d (%v), want %d", got, err, tt.code)
			}
			if msg := stderr.String() + errText(err); !strings.Contains(msg, tt.msg) {
				t.Errorf("output %q does not say %q", msg, tt.msg)
			}
		})
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestServe serves a fixture database, with -db from NEWSFACTS_DB, on a
// free loopback port, answers a request and stops cleanly when its
// context ends.
func TestServe(t *testing.T) {
	db := fixture.OpenDB(t)
	fixture.Build(t, db, fixture.Version)
	t.Setenv("NEWSFACTS_DB", db.Path)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	var stdout, stderr bytes.Buffer
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-q"}, &stdout, &stderr, ready) }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v\n%s", err, stderr.String())
	}
	resp, err := http.Get("http://" + addr + "/facts?kind=money")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "1조 8천억 원") {
		t.Errorf("GET /facts = %d\n%s", resp.StatusCode, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve stopped with %v", err)
	}
	if strings.Contains(stderr.String(), "level=INFO") {
		t.Errorf("-q logged at info level:\n%s", stderr.String())
	}
}
