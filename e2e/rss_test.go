package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// measureEnv, when set in the environment of this test binary, makes it a
// launcher (measureMain) instead of running tests: it runs the command in
// its arguments and writes the command's peak RSS to the file the variable
// names.
//
// Why: the kernel counts in a child's peak RSS (rusage Maxrss) the pages
// of the process it was forked from, at the exec. A command started from
// this test binary, which holds the test sites' big bodies, would report
// this binary's peak as its own. Started from a fresh launcher, it reports
// at most the launcher's few MB on top of its own.
const measureEnv = "NEWSFACTS_E2E_MEASURE"

// measureMain runs os.Args[1:] with the launcher's standard files,
// forwards SIGINT and SIGTERM to it, writes its Maxrss in bytes to the
// file named by measureEnv and exits with its exit code. The command is
// killed if the launcher dies.
func measureMain() {
	out := os.Getenv(measureEnv)
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = slicesWithout(os.Environ(), measureEnv)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "launcher:", err)
		os.Exit(127)
	}
	// The command's pid, for a test that samples its RSS while it runs.
	os.WriteFile(out+".pid", []byte(strconv.Itoa(cmd.Process.Pid)), 0o644)
	go func() {
		for s := range sigs {
			cmd.Process.Signal(s)
		}
	}()
	cmd.Wait()
	var maxrss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		maxrss = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if err := os.WriteFile(out, []byte(strconv.FormatInt(maxrss, 10)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "launcher:", err)
		os.Exit(127)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		os.Exit(128 + int(ws.Signal()))
	}
	os.Exit(cmd.ProcessState.ExitCode())
}

func slicesWithout(env []string, name string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}

// startMeasured starts a built command through the launcher, so that
// peakRSS gives its own peak RSS. Signals sent to the returned process
// reach the command (SIGKILL ends the launcher, and with it the command).
func startMeasured(t *testing.T, name string, args ...string) *proc {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rss := filepath.Join(t.TempDir(), "maxrss")
	p := &proc{cmd: exec.Command(self, append([]string{filepath.Join(binaries(t), name)}, args...)...), done: make(chan struct{}), rssFile: rss}
	p.cmd.Env = append(os.Environ(), measureEnv+"="+rss)
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p.watch(t)
	return p
}

// peakRSS returns the ended command's peak resident set size in bytes, or
// 0 if it is not known.
func (p *proc) peakRSS() int64 {
	if p.rssFile == "" {
		return p.maxRSS()
	}
	b, err := os.ReadFile(p.rssFile)
	if err != nil {
		return 0
	}
	n, _ := strconv.ParseInt(string(b), 10, 64)
	return n
}

// pid returns the pid of the command: the launcher's child when the
// command was started through it (startMeasured), once it has started.
func (p *proc) pid() int {
	if p.rssFile == "" {
		return p.cmd.Process.Pid
	}
	for range 1000 {
		if b, err := os.ReadFile(p.rssFile + ".pid"); err == nil {
			if n, err := strconv.Atoi(string(b)); err == nil {
				return n
			}
		}
		select {
		case <-p.done:
			return 0
		case <-time.After(5 * time.Millisecond):
		}
	}
	return 0
}
