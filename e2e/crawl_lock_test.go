package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCrawlConcurrent starts two crawls of one database at the same time:
// one crawls, the other exits at once with code 4 and says why. A third,
// told to wait, runs after the first and stores nothing twice.
func TestCrawlConcurrent(t *testing.T) {
	const n = 60
	site := newBigSite(t, n, 20*time.Millisecond)
	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"-db", db, "-delay", "0", "-parallel", "2", site.URL + "/"}

	a, b := start(t, "crawl", args...), start(t, "crawl", args...)
	var winner, loser *proc
	select {
	case <-a.done:
		winner, loser = b, a
	case <-b.done:
		winner, loser = a, b
	case <-time.After(30 * time.Second):
		t.Fatal("neither crawl gave way")
	}
	if code := loser.wait(t, time.Second); code != 4 {
		t.Fatalf("second crawl: exit %d, want 4\nstderr: %s", code, loser.stderr.String())
	}
	msg := loser.stderr.String()
	if !strings.Contains(msg, "another crawl is running on this database") || !strings.Contains(msg, "pid ") || !strings.Contains(msg, "-wait") {
		t.Errorf("second crawl's message does not say what holds the lock and what to do:\n%s", msg)
	}
	if strings.Contains(loser.stdout.String(), "crawl run") {
		t.Errorf("the crawl that did not start reported a run: %s", loser.stdout.String())
	}

	// A third crawl waits for the first to finish, then finds nothing new.
	waiter := start(t, "crawl", append([]string{"-wait", "2m"}, args...)...)
	if code := winner.wait(t, 60*time.Second); code != 0 {
		t.Fatalf("first crawl: exit %d\nstderr: %s", code, winner.stderr.String())
	}
	if code := waiter.wait(t, 60*time.Second); code != 0 {
		t.Fatalf("waiting crawl: exit %d\nstderr: %s", code, waiter.stderr.String())
	}

	d := openDB(t, db)
	var runs, total, distinct int
	d.QueryRow(t.Context(), `SELECT count(*) FROM crawl_runs`).Scan(&runs)
	d.QueryRow(t.Context(), `SELECT count(*), count(DISTINCT url) FROM pages`).Scan(&total, &distinct)
	if runs != 2 || total != n+1 || distinct != n+1 {
		t.Errorf("%d runs, %d pages, %d URLs; want 2 runs and %d pages, each once", runs, total, distinct, n+1)
	}
	var overlap int
	d.QueryRow(t.Context(), `SELECT count(*) FROM crawl_runs a JOIN crawl_runs b ON a.id < b.id WHERE b.started_at < a.finished_at`).Scan(&overlap)
	if overlap != 0 {
		t.Error("the waiting crawl started before the first had finished")
	}
	for id := range n {
		if h := site.hitsOf(id); h != 1 {
			t.Errorf("article %d fetched %d times, want 1", id, h)
		}
	}
}
