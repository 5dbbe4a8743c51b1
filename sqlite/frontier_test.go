package sqlite_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/fixture"
	"github.com/newsfacts/newsfacts/sqlite"
)

func item(u string, k uint64, kind string) newsfacts.QueueItem {
	return newsfacts.QueueItem{URL: u, Host: "a.kr", Kind: kind, Key: k}
}

func takeAll(t *testing.T, f *sqlite.Frontier) []string {
	t.Helper()
	items, err := f.Take(t.Context(), "a.kr", 100)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, it := range items {
		urls = append(urls, it.URL)
	}
	return urls
}

func TestFrontierQueueAcrossRuns(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	run1 := db.Frontier(ctx, 1, time.Time{})
	added, skipped, err := run1.Add(ctx, []newsfacts.QueueItem{
		item("https://a.kr/1", 1, newsfacts.KindPage),
		item("https://a.kr/feed", 2, newsfacts.KindFeed),
		item("https://a.kr/1", 1, newsfacts.KindPage), // twice
	})
	if err != nil || added != 2 || skipped != 0 {
		t.Fatalf("Add = %d, %d, %v; want 2 added", added, skipped, err)
	}
	// Feeds come first; a second Take in the same run finds nothing.
	if got := takeAll(t, run1); len(got) != 2 || got[0] != "https://a.kr/feed" {
		t.Errorf("Take = %v, want the feed first, then the page", got)
	}
	if got := takeAll(t, run1); len(got) != 0 {
		t.Errorf("second Take in one run = %v, want none", got)
	}
	// Run 1 dies without completing anything: run 2 takes both again.
	run2 := db.Frontier(ctx, 2, time.Time{})
	items, err := run2.Take(ctx, "a.kr", 10)
	if err != nil || len(items) != 2 {
		t.Fatalf("Take after a crash = %v, %v; want both items back", items, err)
	}
	var page, feed newsfacts.QueueItem
	for _, it := range items {
		if it.Kind == newsfacts.KindPage {
			page = it
		} else {
			feed = it
		}
	}
	if _, err := run2.Complete(ctx, newsfacts.Outcome{Item: feed, Done: true, Revisit: true, ETag: `"f1"`, LastModified: "Fri, 18 Apr 2025 02:00:08 GMT"}); err != nil {
		t.Fatal(err)
	}
	body := []byte("<p>one</p>")
	c, err := run2.Complete(ctx, newsfacts.Outcome{
		Item: page, Done: true, ETag: `"v1"`, Queue: newsfacts.Drop,
		Page:  &newsfacts.Page{URL: page.URL, RequestedURL: page.URL, FinalURL: page.URL, Status: 200, Body: body},
		Found: []newsfacts.QueueItem{item("https://a.kr/2", 3, newsfacts.KindPage)},
	})
	if err != nil || !c.Inserted || c.Added != 1 {
		t.Fatalf("Complete = %+v, %v; want the page inserted and one URL queued", c, err)
	}
	if n, err := run2.Pending(ctx); err != nil || n != 1 {
		t.Errorf("Pending = %d, %v; want 1 (the new URL)", n, err)
	}

	// Run 3 does not queue the page again: it was fetched. The feed is
	// queued again, with the validators for a conditional GET.
	run3 := db.Frontier(ctx, 3, time.Time{})
	if added, _, err := run3.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/feed", 2, newsfacts.KindFeed)}); err != nil || added != 1 {
		t.Fatalf("Add of the feed in run 3 = %d, %v; want it queued", added, err)
	}
	if got, err := run3.Take(ctx, "a.kr", 10); err != nil || len(got) != 2 || got[0].ETag != `"f1"` || got[0].LastModified == "" {
		t.Errorf("Take in run 3 = %+v, %v; want the feed with its validators first", got, err)
	}
	added, skipped, err = run3.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)})
	if err != nil || added != 0 || skipped != 1 {
		t.Errorf("Add of a fetched page = %d added, %d skipped, %v; want 0, 1", added, skipped, err)
	}
	// Counted once per run.
	if _, skipped, _ = run3.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)}); skipped != 0 {
		t.Errorf("second Add in one run skipped %d, want 0", skipped)
	}
	// With a revisit cutoff after the fetch, it is due again.
	run4 := db.Frontier(ctx, 4, time.Now().Add(time.Hour))
	if added, _, _ = run4.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)}); added != 1 {
		t.Errorf("Add past the revisit cutoff queued %d, want 1", added)
	}
}

func TestFrontierRevisitAndRetry(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	run1 := db.Frontier(ctx, 1, time.Time{})
	run1.MaxTries = 2
	if _, _, err := run1.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/", 10, newsfacts.KindStart), item("https://a.kr/x", 11, newsfacts.KindPage)}); err != nil {
		t.Fatal(err)
	}
	items, _ := run1.Take(ctx, "a.kr", 10)
	for _, it := range items {
		o := newsfacts.Outcome{Item: it, Done: true, Revisit: true, Queue: newsfacts.Drop}
		if it.Kind == newsfacts.KindPage {
			o = newsfacts.Outcome{Item: it, Queue: newsfacts.Retry, Failure: &newsfacts.Failure{URL: it.URL, Status: 503, Err: "busy", Attempts: 3}}
		}
		if _, err := run1.Complete(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	// The start page is to be revisited: a new run queues it again.
	run2 := db.Frontier(ctx, 2, time.Time{})
	run2.MaxTries = 2
	if added, _, _ := run2.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/", 10, newsfacts.KindStart)}); added != 1 {
		t.Errorf("start page queued %d times in run 2, want 1", added)
	}
	got := takeAll(t, run2)
	if len(got) != 2 {
		t.Fatalf("run 2 took %v, want the start page and the failed page", got)
	}
	// The page fails a second time: MaxTries reached, dropped.
	items, _ = db.Frontier(ctx, 3, time.Time{}).Take(ctx, "a.kr", 10)
	for _, it := range items {
		if it.Kind != newsfacts.KindPage {
			continue
		}
		if it.Tries != 1 {
			t.Errorf("tries = %d, want 1", it.Tries)
		}
		c, err := run2.Complete(ctx, newsfacts.Outcome{Item: it, Queue: newsfacts.Retry})
		if err != nil || !c.GaveUp {
			t.Errorf("Complete = %+v, %v; want GaveUp", c, err)
		}
	}
	var failures int
	if err := db.QueryRow(ctx, `SELECT count(*) FROM fetch_failures WHERE status = 503 AND attempts = 3`).Scan(&failures); err != nil || failures != 1 {
		t.Errorf("fetch_failures = %d, %v; want 1", failures, err)
	}
}

// TestFrontierStorage checks the colly storage.Storage side: a claim holds
// for its run only, unless the fetch finished.
func TestFrontierStorage(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	run1 := db.Frontier(ctx, 1, time.Time{})
	if err := run1.Init(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    *sqlite.Frontier
		key  uint64
		want bool
	}{
		{run1, 1<<63 + 5, false}, // keys above MaxInt64 are stored as negative integers
	}
	for _, tt := range tests {
		if got, err := tt.f.IsVisited(tt.key); err != nil || got != tt.want {
			t.Errorf("IsVisited(%d) = %v, %v; want %v", tt.key, got, err, tt.want)
		}
	}
	if err := run1.Visited(1<<63 + 5); err != nil {
		t.Fatal(err)
	}
	if ok, _ := run1.IsVisited(1<<63 + 5); !ok {
		t.Error("claimed key not visited in its run")
	}
	run2 := db.Frontier(ctx, 2, time.Time{})
	if ok, _ := run2.IsVisited(1<<63 + 5); ok {
		t.Error("a claim of a run that never finished the fetch counts in the next run")
	}
	// Cookies round-trip through colly's string form.
	u, _ := url.Parse("https://a.kr/x")
	run1.SetCookies(u, "sid=1; Path=/\nlang=ko")
	if got := run1.Cookies(u); got != "sid=1\nlang=ko" && got != "lang=ko\nsid=1" {
		t.Errorf("Cookies = %q, want sid and lang", got)
	}
}

func TestAbandonRuns(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	dead := &newsfacts.Run{}
	if err := db.StartRun(ctx, dead); err != nil {
		t.Fatal(err)
	}
	dead.Fetched = 7
	if err := db.SaveRunCounts(ctx, dead); err != nil {
		t.Fatal(err)
	}
	ids, err := db.AbandonRuns(ctx)
	if err != nil || len(ids) != 1 || ids[0] != dead.ID {
		t.Fatalf("AbandonRuns = %v, %v; want [%d]", ids, err, dead.ID)
	}
	var status string
	var fetched int
	if err := db.QueryRow(ctx, `SELECT status, fetched FROM crawl_runs WHERE id = ?`, dead.ID).Scan(&status, &fetched); err != nil || status != newsfacts.RunInterrupted || fetched != 7 {
		t.Errorf("abandoned run = %s, %d fetched, %v; want interrupted with its saved counts", status, fetched, err)
	}
}

// TestFrontierClaims checks colly's side of a fetch: Take answers the
// visited check (Claim, or colly's IsVisited), a claim holds in memory
// while the fetch runs, and Complete writes it, for the rest of the run
// only.
func TestFrontierClaims(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	f := db.Frontier(ctx, 1, time.Time{})
	defer f.Close()
	if _, _, err := f.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 7, newsfacts.KindPage)}); err != nil {
		t.Fatal(err)
	}
	items, err := f.Take(ctx, "a.kr", 1)
	if err != nil || len(items) != 1 {
		t.Fatalf("Take = %v, %v", items, err)
	}
	if v, err := f.Claim(7); err != nil || v {
		t.Fatalf("Claim of a taken item = %v, %v; want false", v, err)
	}
	if v, _ := f.IsVisited(7); !v {
		t.Error("claimed key not visited")
	}
	if v, _ := f.Claim(7); !v {
		t.Error("a key claimed twice: the second Claim says not visited")
	}
	// Found again while in flight: not queued.
	if added, _, _ := f.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 7, newsfacts.KindPage)}); added != 0 {
		t.Errorf("a URL in flight was queued again")
	}
	if _, err := f.Complete(ctx, newsfacts.Outcome{Item: items[0], Queue: newsfacts.Drop}); err != nil {
		t.Fatal(err)
	}
	if v, _ := db.Frontier(ctx, 1, time.Time{}).IsVisited(7); !v {
		t.Error("claim not written with the outcome: another look at run 1 does not see it")
	}
	if v, _ := db.Frontier(ctx, 2, time.Time{}).IsVisited(7); v {
		t.Error("a claim without a finished fetch counts in the next run")
	}
}

// TestFrontierClaimAfterAlias takes two URLs at once; the fetch of the
// first answers for the second too (a redirect to it, or its rel=canonical),
// so when the crawler then claims the second, it was visited: what Take
// read before is out of date.
func TestFrontierClaimAfterAlias(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	f := db.Frontier(ctx, 1, time.Time{})
	defer f.Close()
	if _, _, err := f.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage), item("https://a.kr/2", 2, newsfacts.KindPage)}); err != nil {
		t.Fatal(err)
	}
	items, err := f.Take(ctx, "a.kr", 2)
	if err != nil || len(items) != 2 {
		t.Fatalf("Take = %v, %v", items, err)
	}
	first := items[0]
	if first.Key != 1 {
		first = items[1]
	}
	if v, err := f.Claim(1); err != nil || v {
		t.Fatalf("Claim(1) = %v, %v; want false", v, err)
	}
	if _, err := f.Complete(ctx, newsfacts.Outcome{Item: first, Done: true, AlsoDone: []uint64{2}, Queue: newsfacts.Drop}); err != nil {
		t.Fatal(err)
	}
	if v, err := f.Claim(2); err != nil || !v {
		t.Errorf("Claim(2) after the fetch of 1 answered for it = %v, %v; want visited", v, err)
	}
}

// TestFrontierAddKnown checks Add against what an earlier run fetched,
// with keys above MaxInt64 (stored negative) and a URL found twice in one
// list: counted once.
func TestFrontierAddKnown(t *testing.T) {
	db := fixture.OpenDB(t)
	ctx := t.Context()
	run1 := db.Frontier(ctx, 1, time.Time{})
	done := []newsfacts.QueueItem{item("https://a.kr/1", 1<<63+5, newsfacts.KindPage), item("https://a.kr/2", 7, newsfacts.KindPage)}
	if _, _, err := run1.Add(ctx, done); err != nil {
		t.Fatal(err)
	}
	for _, it := range takeItems(t, run1) {
		if _, err := run1.Complete(ctx, newsfacts.Outcome{Item: it, Done: true, Queue: newsfacts.Drop}); err != nil {
			t.Fatal(err)
		}
	}
	run2 := db.Frontier(ctx, 2, time.Time{})
	added, skipped, err := run2.Add(ctx, []newsfacts.QueueItem{
		item("https://a.kr/1", 1<<63+5, newsfacts.KindPage), item("https://a.kr/1", 1<<63+5, newsfacts.KindPage),
		item("https://a.kr/2", 7, newsfacts.KindPage), item("https://a.kr/3", 1<<63+6, newsfacts.KindPage),
	})
	if err != nil || added != 1 || skipped != 2 {
		t.Errorf("Add = %d added, %d skipped, %v; want 1 added (a.kr/3), 2 skipped (a.kr/1 once, a.kr/2)", added, skipped, err)
	}
}

func takeItems(t *testing.T, f *sqlite.Frontier) []newsfacts.QueueItem {
	t.Helper()
	items, err := f.Take(t.Context(), "a.kr", 100)
	if err != nil {
		t.Fatal(err)
	}
	return items
}
