package storetest

import (
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
)

const host = "a.kr"

func item(u string, k uint64, kind string) newsfacts.QueueItem {
	return newsfacts.QueueItem{URL: u, Host: host, Kind: kind, Key: k}
}

func take(t *testing.T, f crawl.Frontier, n int) []newsfacts.QueueItem {
	t.Helper()
	items, err := f.Take(t.Context(), host, n)
	if err != nil {
		t.Fatalf("Take: %v", err)
	}
	return items
}

func complete(t *testing.T, f crawl.Frontier, o newsfacts.Outcome) newsfacts.Completion {
	t.Helper()
	cs, err := f.CompleteAll(t.Context(), []newsfacts.Outcome{o})
	if err != nil {
		t.Fatalf("CompleteAll(%s): %v", o.Item.URL, err)
	}
	return cs[0]
}

// frontier starts a run and returns its frontier, closed when the test ends.
func frontier[F crawl.Frontier](t *testing.T, db DB[F], revisitBefore time.Time) (crawl.Frontier, *newsfacts.Run) {
	t.Helper()
	r := startRun(t, db)
	f := db.Store.Frontier(t.Context(), r.ID, revisitBefore)
	t.Cleanup(func() { f.Close() })
	return f, r
}

// finish closes a run's frontier and records its end with status: the
// next run is another (on a shared store, of another round).
func finish[F crawl.Frontier](t *testing.T, db DB[F], f crawl.Frontier, r *newsfacts.Run, status string) {
	t.Helper()
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	r.Status = status
	if err := db.Store.FinishRun(t.Context(), r); err != nil {
		t.Fatal(err)
	}
}

// testFrontierAcrossRuns: URLs are queued once, handed out once per run,
// feeds first; what a run took and never completed goes to the next run;
// a fetched page is not queued again, a feed is, with its validators.
func testFrontierAcrossRuns[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	run1, r1 := frontier(t, db, time.Time{})
	added, skipped, err := run1.Add(ctx, []newsfacts.QueueItem{
		item("https://a.kr/1", 1, newsfacts.KindPage),
		item("https://a.kr/feed", 2, newsfacts.KindFeed),
		item("https://a.kr/1", 1, newsfacts.KindPage), // twice
	})
	if err != nil || added != 2 || skipped != 0 {
		t.Fatalf("Add = %d, %d, %v; want 2 added", added, skipped, err)
	}
	if got := take(t, run1, 100); len(got) != 2 || got[0].URL != "https://a.kr/feed" {
		t.Errorf("Take = %v, want the feed first, then the page", got)
	}
	if got := take(t, run1, 100); len(got) != 0 {
		t.Errorf("second Take in one run = %v, want none", got)
	}
	// Run 1 stops without completing anything: run 2 takes both again.
	finish(t, db, run1, r1, newsfacts.RunInterrupted)
	run2, r2 := frontier(t, db, time.Time{})
	items := take(t, run2, 10)
	if len(items) != 2 {
		t.Fatalf("Take after run 1 stopped = %v; want both items back", items)
	}
	var page, feed newsfacts.QueueItem
	for _, it := range items {
		if it.Kind == newsfacts.KindPage {
			page = it
		} else {
			feed = it
		}
	}
	if visited, err := run2.Claim(page.Key); err != nil || visited {
		t.Fatalf("Claim(page) = %v, %v; want not visited", visited, err)
	}
	complete(t, run2, newsfacts.Outcome{Item: feed, Done: true, Revisit: true, ETag: `"f1"`, LastModified: "Fri, 18 Apr 2025 02:00:08 GMT"})
	c := complete(t, run2, newsfacts.Outcome{
		Item: page, Done: true, ETag: `"v1"`, Queue: newsfacts.Drop,
		Page:  &newsfacts.Page{URL: page.URL, RequestedURL: page.URL, FinalURL: page.URL, Status: 200, Body: []byte("<p>one</p>"), RunID: r2.ID},
		Found: []newsfacts.QueueItem{item("https://a.kr/2", 3, newsfacts.KindPage), item("https://a.kr/1", 1, newsfacts.KindPage)},
	})
	if !c.Inserted || c.Added != 1 {
		t.Fatalf("Complete = %+v; want the page inserted and one new URL queued", c)
	}
	if n, err := run2.Pending(ctx); err != nil || n != 1 {
		t.Errorf("Pending = %d, %v; want 1 (the new URL)", n, err)
	}
	if n := count(t, db, `SELECT count(*) FROM pages WHERE url = 'https://a.kr/1' AND run_id = $1`, r2.ID); n != 1 {
		t.Errorf("page not stored with its run")
	}
	finish(t, db, run2, r2, newsfacts.RunOK)

	// Run 3 does not queue the page again: it was fetched. The feed is
	// queued again, with the validators for a conditional GET.
	run3, r3 := frontier(t, db, time.Time{})
	if added, _, err := run3.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/feed", 2, newsfacts.KindFeed)}); err != nil || added != 1 {
		t.Fatalf("Add of the feed in run 3 = %d, %v; want it queued", added, err)
	}
	if got := take(t, run3, 10); len(got) != 2 || got[0].ETag != `"f1"` || got[0].LastModified == "" {
		t.Errorf("Take in run 3 = %+v; want the feed with its validators first, then the new URL", got)
	}
	added, skipped, err = run3.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)})
	if err != nil || added != 0 || skipped != 1 {
		t.Errorf("Add of a fetched page = %d added, %d skipped, %v; want 0, 1", added, skipped, err)
	}
	if _, skipped, _ = run3.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)}); skipped != 0 {
		t.Errorf("second Add in one run skipped %d, want 0 (counted once per run)", skipped)
	}
	if visited, err := run3.Claim(1); err != nil || !visited {
		t.Errorf("Claim of a fetched page = %v, %v; want visited", visited, err)
	}
	finish(t, db, run3, r3, newsfacts.RunOK)
	// With a revisit cutoff after the fetch, it is due again.
	run4, _ := frontier(t, db, time.Now().Add(time.Hour))
	if added, _, _ = run4.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)}); added != 1 {
		t.Errorf("Add past the revisit cutoff queued %d, want 1", added)
	}
}

// testFrontierRetry: a URL that fails is kept for later runs, at most
// three runs, each failure recorded; then it is dropped for good.
func testFrontierRetry[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	for run := 1; run <= 3; run++ {
		f, r := frontier(t, db, time.Time{})
		if run == 1 {
			if _, _, err := f.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/x", 11, newsfacts.KindPage)}); err != nil {
				t.Fatal(err)
			}
		}
		items := take(t, f, 10)
		if len(items) != 1 || items[0].Tries != run-1 {
			t.Fatalf("run %d: Take = %+v, want the failing URL with %d earlier tries", run, items, run-1)
		}
		c := complete(t, f, newsfacts.Outcome{Item: items[0], Queue: newsfacts.Retry,
			Failure: &newsfacts.Failure{RunID: r.ID, URL: items[0].URL, Status: 503, Err: "503 Service Unavailable", Attempts: 3}})
		if c.GaveUp != (run == 3) {
			t.Errorf("run %d: GaveUp = %v", run, c.GaveUp)
		}
		finish(t, db, f, r, newsfacts.RunPartial)
	}
	if n := count(t, db, `SELECT count(*) FROM fetch_failures WHERE url = 'https://a.kr/x' AND status = 503 AND attempts = 3`); n != 3 {
		t.Errorf("fetch_failures = %d rows, want 3", n)
	}
	if n := count(t, db, `SELECT count(*) FROM crawl_queue`); n != 0 {
		t.Errorf("queue = %d rows after giving up, want 0", n)
	}
}

// testFrontierOutcomeWhole: an outcome that cannot be written leaves
// nothing of itself, nor of the outcomes written with it.
func testFrontierOutcomeWhole[F crawl.Frontier](t *testing.T, db DB[F]) {
	ctx := t.Context()
	f, r := frontier(t, db, time.Time{})
	if _, _, err := f.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/a", 21, newsfacts.KindPage), item("https://a.kr/b", 22, newsfacts.KindPage)}); err != nil {
		t.Fatal(err)
	}
	items := take(t, f, 10)
	if len(items) != 2 {
		t.Fatalf("Take = %v, want 2", items)
	}
	good := newsfacts.Outcome{Item: items[0], Done: true, Queue: newsfacts.Drop,
		Page: &newsfacts.Page{URL: items[0].URL, RequestedURL: items[0].URL, FinalURL: items[0].URL, Status: 200, Body: []byte("a"), RunID: r.ID}}
	// A page row that breaks the schema: a run that does not exist.
	bad := newsfacts.Outcome{Item: items[1], Done: true, Queue: newsfacts.Drop,
		Page: &newsfacts.Page{URL: items[1].URL, RequestedURL: items[1].URL, FinalURL: items[1].URL, Status: 200, Body: []byte("b"), RunID: r.ID + 1000}}
	if _, err := f.CompleteAll(ctx, []newsfacts.Outcome{good, bad}); err == nil {
		t.Fatal("CompleteAll with a page of a run that does not exist: no error")
	}
	if n := count(t, db, `SELECT count(*) FROM pages`); n != 0 {
		t.Errorf("pages = %d after a failed CompleteAll, want 0", n)
	}
	if n := count(t, db, `SELECT count(*) FROM crawl_queue`); n != 2 {
		t.Errorf("queue = %d after a failed CompleteAll, want both items still queued", n)
	}
}
