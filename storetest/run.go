package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
)

// startRun records a new run and returns it.
func startRun[F crawl.Frontier](t *testing.T, db DB[F]) *newsfacts.Run {
	t.Helper()
	r := &newsfacts.Run{Targets: []string{"https://a.kr/"}, UserAgent: "storetest (+https://a.kr/bot)"}
	if err := db.Store.StartRun(t.Context(), r); err != nil {
		t.Fatal(err)
	}
	return r
}

// testRuns: a run is recorded when it starts, its counts while it runs and
// at its end, even when its context is cancelled; one whose process died
// is found and marked interrupted.
func testRuns[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	r := startRun(t, db)
	if r.ID == 0 || r.Status != newsfacts.RunRunning || r.StartedAt.IsZero() {
		t.Fatalf("StartRun = %+v, want an ID, running, a start time", r)
	}
	r.Fetched, r.Stored, r.Bytes = 3, 2, 1000
	if err := db.Store.SaveRunCounts(ctx, r); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT stored FROM crawl_runs WHERE id = $1 AND status = 'running'`, r.ID); n != 2 {
		t.Errorf("stored while running = %d, want 2", n)
	}
	r.Stored, r.Failed, r.Status, r.Error = 4, 1, newsfacts.RunPartial, ""
	r.FinishedAt = r.StartedAt.Add(1500 * time.Millisecond)
	if err := db.Store.FinishRun(ctx, r); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, `SELECT count(*) FROM crawl_runs WHERE id = $1 AND status = 'partial' AND stored = 4 AND failed = 1
		AND duration_ms = 1500 AND finished_at IS NOT NULL`, r.ID); n != 1 {
		t.Errorf("finished run not recorded as partial with its counts")
	}
	// FinishRun records even when the run's context is cancelled.
	last := startRun(t, db)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	last.Status = newsfacts.RunInterrupted
	if err := db.Store.FinishRun(cctx, last); err != nil {
		t.Errorf("FinishRun with a cancelled context: %v", err)
	}
	if db.Shared {
		// A run of a shared store is alive while its heartbeat beats:
		// the store's own tests kill one (postgres/worker_test.go).
		return
	}
	// A run that never finished (its process was killed).
	dead := startRun(t, db)
	abandoned, err := db.Store.AbandonRuns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(abandoned, []int64{dead.ID}) {
		t.Errorf("AbandonRuns = %v, want [%d]", abandoned, dead.ID)
	}
	if n := count(t, db, `SELECT count(*) FROM crawl_runs WHERE id = $1 AND status = 'interrupted' AND error <> ''`, dead.ID); n != 1 {
		t.Errorf("abandoned run not marked interrupted with a reason")
	}
}
