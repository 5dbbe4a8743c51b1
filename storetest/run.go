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
	// A run that never finished (its process was killed before it saved
	// any counts): two pages stored and a failure recorded.
	dead := startRun(t, db)
	f := db.Store.Frontier(ctx, dead.ID, time.Time{})
	var items []newsfacts.QueueItem
	for i, u := range []string{"https://a.kr/x", "https://a.kr/y", "https://a.kr/z"} {
		items = append(items, item(u, uint64(31+i), newsfacts.KindPage))
	}
	if _, _, err := f.Add(ctx, items); err != nil {
		t.Fatal(err)
	}
	var outcomes []newsfacts.Outcome
	for i, it := range take(t, f, 10) {
		o := newsfacts.Outcome{Item: it, Done: true, Queue: newsfacts.Drop}
		if i < 2 {
			o.Page = &newsfacts.Page{URL: it.URL, RequestedURL: it.URL, FinalURL: it.URL, Status: 200, Body: []byte("page " + it.URL), RunID: dead.ID}
		} else {
			o.Failure = &newsfacts.Failure{RunID: dead.ID, URL: it.URL, Status: 404, Err: "404 Not Found", Attempts: 1}
		}
		outcomes = append(outcomes, o)
	}
	if _, err := f.CompleteAll(ctx, outcomes); err != nil {
		t.Fatal(err)
	}
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
	// Its counts are what its rows show, not the zeros it started with.
	var fetched, stored, failed int64
	if err := db.QueryRow(ctx, `SELECT fetched, stored, failed FROM crawl_runs WHERE id = $1`, dead.ID).Scan(&fetched, &stored, &failed); err != nil {
		t.Fatal(err)
	}
	if fetched != 3 || stored != 2 || failed != 1 {
		t.Errorf("abandoned run counts: %d fetched, %d stored, %d failed; want 3, 2 and 1, as its pages and failures show", fetched, stored, failed)
	}
}

// testCrawlStatus: crawl -status reads the queue by kind and host, the URLs
// failed in an earlier run, the runs newest first and the newest run's
// failures in order.
func testCrawlStatus[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	st, err := db.Store.CrawlStatus(ctx, 10, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Queue) != 0 || len(st.Runs) != 0 || len(st.Failures) != 0 || st.Retrying != 0 {
		t.Errorf("CrawlStatus of an empty store = %+v, want nothing", st)
	}
	first := startRun(t, db)
	first.Status = newsfacts.RunOK
	if err := db.Store.FinishRun(ctx, first); err != nil {
		t.Fatal(err)
	}
	r := startRun(t, db)
	f := db.Store.Frontier(ctx, r.ID, time.Time{})
	defer f.Close()
	var items []newsfacts.QueueItem
	for i, u := range []string{"https://a.kr/1", "https://a.kr/2", "https://a.kr/3", "https://a.kr/4"} {
		items = append(items, item(u, uint64(51+i), newsfacts.KindPage))
	}
	items = append(items, item("https://a.kr/feed", 60, newsfacts.KindFeed))
	if _, _, err := f.Add(ctx, items); err != nil {
		t.Fatal(err)
	}
	// The feed (taken first) fails for now, a page for good.
	taken := take(t, f, 2)
	outcomes := []newsfacts.Outcome{
		{Item: taken[0], Done: true, Queue: newsfacts.Retry,
			Failure: &newsfacts.Failure{RunID: r.ID, URL: taken[0].URL, Status: 503, Err: "503 Service Unavailable", Attempts: 3}},
		{Item: taken[1], Done: true, Queue: newsfacts.Drop,
			Failure: &newsfacts.Failure{RunID: r.ID, URL: taken[1].URL, Status: 404, Err: "404 Not Found", Attempts: 1}},
	}
	if _, err := f.CompleteAll(ctx, outcomes); err != nil {
		t.Fatal(err)
	}
	if st, err = db.Store.CrawlStatus(ctx, 1, 1); err != nil {
		t.Fatal(err)
	}
	want := []newsfacts.QueueCount{{Kind: newsfacts.KindFeed, URLs: 1}, {Kind: newsfacts.KindPage, URLs: 3}, {Host: host, URLs: 4}}
	if !slices.Equal(st.Queue, want) {
		t.Errorf("CrawlStatus queue = %+v, want %+v", st.Queue, want)
	}
	if st.Retrying != 1 {
		t.Errorf("CrawlStatus retrying = %d, want 1", st.Retrying)
	}
	if len(st.Runs) != 1 || st.Runs[0].ID != r.ID || st.Runs[0].Status != newsfacts.RunRunning || st.Runs[0].StartedAt.IsZero() {
		t.Errorf("CrawlStatus runs = %+v, want only the newest, %d, running", st.Runs, r.ID)
	}
	wantF := []newsfacts.Failure{{RunID: r.ID, URL: taken[0].URL, Status: 503, Err: "503 Service Unavailable", Attempts: 3}}
	if !slices.Equal(st.Failures, wantF) {
		t.Errorf("CrawlStatus failures = %+v, want %+v", st.Failures, wantF)
	}
	if st, err = db.Store.CrawlStatus(ctx, 10, 20); err != nil {
		t.Fatal(err)
	}
	if len(st.Runs) != 2 || st.Runs[1].ID != first.ID || st.Runs[1].Status != newsfacts.RunOK || st.Runs[1].FinishedAt.IsZero() ||
		len(st.Failures) != 2 || st.Failures[1].Status != 404 {
		t.Errorf("CrawlStatus = runs %+v, failures %+v; want both runs, newest first, and both failures", st.Runs, st.Failures)
	}
}
