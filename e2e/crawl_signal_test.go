package e2e

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrawlSIGTERM stops a crawl with SIGTERM, as systemd and Kubernetes
// do: it exits 5, records the run as interrupted with its counts, records
// no failure for the requests it cancelled, and the next run finishes the
// job.
func TestCrawlSIGTERM(t *testing.T) {
	const n = 200
	site := newBigSite(t, n, 20*time.Millisecond)
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"-db", db, "-delay", "0", "-parallel", "2", site.URL + "/"}

	p := start(t, "crawl", args...)
	waitFor(t, 60*time.Second, "20 articles served", func() bool { return site.served.Load() >= 20 })
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := p.wait(t, 30*time.Second); code != 5 {
		t.Fatalf("exit %d after SIGTERM, want 5\nstderr: %s", code, p.stderr.String())
	}
	if !strings.Contains(p.stderr.String(), "stopped early") || !strings.Contains(p.stdout.String(), "interrupted") {
		t.Errorf("stdout %q, stderr tail %q: want the summary and why it stopped", p.stdout.String(), tail(p.stderr.String(), 300))
	}

	d := openDB(t, db)
	ctx := t.Context()
	var (
		status, errText         string
		fetched, stored, failed int
		queued, pages, failures int
	)
	d.QueryRow(ctx, `SELECT status, coalesce(error, ''), fetched, stored, failed FROM crawl_runs WHERE id = 1`).
		Scan(&status, &errText, &fetched, &stored, &failed)
	d.QueryRow(ctx, `SELECT count(*) FROM crawl_queue`).Scan(&queued)
	d.QueryRow(ctx, `SELECT count(*) FROM pages`).Scan(&pages)
	d.QueryRow(ctx, `SELECT count(*) FROM fetch_failures`).Scan(&failures)
	if status != "interrupted" || errText == "" || fetched == 0 || stored != pages || failed != 0 {
		t.Errorf("run = %s (%q), %d fetched, %d stored, %d failed; %d pages in the table; want interrupted with its counts and no failures",
			status, errText, fetched, stored, failed, pages)
	}
	if queued == 0 || failures != 0 {
		t.Errorf("%d URLs queued, %d failures recorded; want the rest queued and no failure", queued, failures)
	}
	// Responses the server had fully sent were stored, but for the few
	// whose transfer was cut by the signal.
	if served := int(site.served.Load()); pages < served-2 {
		t.Errorf("%d pages stored, %d served before the signal", pages, served)
	}

	again := start(t, "crawl", args...)
	if code := again.wait(t, 60*time.Second); code != 0 {
		t.Fatalf("next run: exit %d\nstderr: %s", code, tail(again.stderr.String(), 2000))
	}
	var total, distinct int
	d.QueryRow(ctx, `SELECT count(*), count(DISTINCT url) FROM pages`).Scan(&total, &distinct)
	if total != n+1 || distinct != n+1 {
		t.Errorf("pages = %d rows, %d URLs; want %d, each once", total, distinct, n+1)
	}
}
