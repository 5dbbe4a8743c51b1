package postgres_test

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/postgres"
)

// worker starts a crawl run on db and returns it with its frontier.
func worker(t *testing.T, db *postgres.DB) (*newsfacts.Run, *postgres.Frontier) {
	t.Helper()
	r := &newsfacts.Run{Targets: []string{"https://a.kr/"}}
	if err := db.StartRun(t.Context(), r); err != nil {
		t.Fatal(err)
	}
	return r, db.Frontier(t.Context(), r.ID, time.Time{})
}

func round(t *testing.T, db *postgres.DB, r *newsfacts.Run) int64 {
	t.Helper()
	id, err := db.Round(t.Context(), r.ID)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func item(u string, k uint64, kind string) newsfacts.QueueItem {
	return newsfacts.QueueItem{URL: u, Host: "a.kr", Kind: kind, Key: k}
}

// TestWorkersShareRound: workers that crawl at once are one round: a feed
// queued by both is fetched once, an item taken by one is not given to the
// other, and the items one holds come to the other when it ends. A worker
// started after the round finished starts a new one, which fetches the
// feed again.
func TestWorkersShareRound(t *testing.T) {
	ctx := t.Context()
	url := pgtest.NewDB(t)
	a, b := openURL(t, url), openURL(t, url)

	ra, fa := worker(t, a)
	rb, fb := worker(t, b)
	if round(t, a, ra) != round(t, b, rb) {
		t.Fatalf("two workers started together are in rounds %d and %d, want one", round(t, a, ra), round(t, b, rb))
	}
	feed := item("https://a.kr/feed", 1, newsfacts.KindFeed)
	pages := []newsfacts.QueueItem{item("https://a.kr/1", 2, newsfacts.KindPage), item("https://a.kr/2", 3, newsfacts.KindPage)}
	if added, _, err := fa.Add(ctx, append([]newsfacts.QueueItem{feed}, pages...)); err != nil || added != 3 {
		t.Fatalf("Add = %d, %v; want 3", added, err)
	}
	got, err := fa.Take(ctx, "a.kr", 1)
	if err != nil || len(got) != 1 || got[0].URL != feed.URL {
		t.Fatalf("Take = %v, %v; want the feed", got, err)
	}
	cs, err := fa.CompleteAll(ctx, []newsfacts.Outcome{{Item: got[0], Done: true, Revisit: true, Queue: newsfacts.Drop}})
	if err != nil || cs[0].Fenced {
		t.Fatalf("CompleteAll = %+v, %v", cs, err)
	}
	// The other worker seeds the same feed: fetched in this round already.
	if added, _, err := fb.Add(ctx, []newsfacts.QueueItem{feed}); err != nil || added != 0 {
		t.Errorf("the second worker's Add of the feed = %d, %v; want it not queued again in the round", added, err)
	}
	first, err := fa.Take(ctx, "a.kr", 1)
	if err != nil || len(first) != 1 {
		t.Fatalf("Take = %v, %v", first, err)
	}
	second, err := fb.Take(ctx, "a.kr", 10)
	if err != nil || len(second) != 1 || second[0].URL == first[0].URL {
		t.Fatalf("the second worker's Take = %v, %v; want the one item the first does not hold", second, err)
	}
	if takeable, held, err := fb.Outstanding(ctx, []string{"a.kr"}); err != nil || takeable != 0 || held != 1 {
		t.Errorf("Outstanding = %d takeable, %d held, %v; want 0, 1 (the first worker's)", takeable, held, err)
	}
	// The first worker stops: its item goes to the second at once.
	if err := fa.Close(); err != nil {
		t.Fatal(err)
	}
	ra.Status = newsfacts.RunInterrupted
	if err := a.FinishRun(ctx, ra); err != nil {
		t.Fatal(err)
	}
	back, err := fb.Take(ctx, "a.kr", 10)
	if err != nil || len(back) != 1 || back[0].URL != first[0].URL {
		t.Fatalf("Take after the first worker stopped = %v, %v; want its item %s", back, err, first[0].URL)
	}
	for _, it := range append(second, back...) {
		if _, err := fb.CompleteAll(ctx, []newsfacts.Outcome{{Item: it, Done: true, Queue: newsfacts.Drop}}); err != nil {
			t.Fatal(err)
		}
	}
	fb.Close()
	rb.Status = newsfacts.RunOK
	if err := b.FinishRun(ctx, rb); err != nil {
		t.Fatal(err)
	}

	// The round is over: a new worker starts a new one, and fetches the
	// feed again.
	rc, fc := worker(t, a)
	if round(t, a, rc) == round(t, b, rb) {
		t.Errorf("a worker started after the round finished joined it")
	}
	if added, _, err := fc.Add(ctx, []newsfacts.QueueItem{feed}); err != nil || added != 1 {
		t.Errorf("Add of the feed in a new round = %d, %v; want it queued", added, err)
	}
	fc.Close()
}

// TestWorkerDies: the items of a worker that stops beating (killed, or
// stalled) are taken by another when their leases run out, and its late
// outcome is fenced off; a worker that starts later finds its run and
// marks it interrupted.
func TestWorkerDies(t *testing.T) {
	ctx := t.Context()
	url := pgtest.NewDB(t)
	open := func(lease time.Duration) *postgres.DB {
		db := openURL(t, url)
		db.Lease = lease
		return db
	}
	// A worker whose heartbeat would beat in an hour: stalled.
	stalled := open(time.Hour)
	rs, fs := worker(t, stalled)
	// Its takes' leases: long enough that the live worker below starts
	// before they run out, however slow the machine.
	stalled.Lease = 2 * time.Second
	if _, _, err := fs.Add(ctx, []newsfacts.QueueItem{item("https://a.kr/1", 1, newsfacts.KindPage)}); err != nil {
		t.Fatal(err)
	}
	held, err := fs.Take(ctx, "a.kr", 10)
	if err != nil || len(held) != 1 {
		t.Fatalf("Take = %v, %v", held, err)
	}

	live := open(2 * time.Second)
	rl, fl := worker(t, live)
	if got, _ := fl.Take(ctx, "a.kr", 10); len(got) != 0 {
		t.Fatalf("Take while the other worker's lease runs = %v, want none", got)
	}
	time.Sleep(2200 * time.Millisecond)
	got, err := fl.Take(ctx, "a.kr", 10)
	if err != nil || len(got) != 1 || got[0].URL != held[0].URL || got[0].Attempt <= held[0].Attempt {
		t.Fatalf("Take after the lease ran out = %+v, %v; want %s again, a later attempt", got, err, held[0].URL)
	}
	page := &newsfacts.Page{URL: held[0].URL, RequestedURL: held[0].URL, FinalURL: held[0].URL, Status: 200, Body: []byte("late"), RunID: rs.ID}
	cs, err := fs.CompleteAll(ctx, []newsfacts.Outcome{{Item: held[0], Done: true, Queue: newsfacts.Drop, Page: page}})
	if err != nil || !cs[0].Fenced {
		t.Fatalf("the stalled worker's late CompleteAll = %+v, %v; want it fenced", cs, err)
	}
	var n int
	if err := live.QueryRow(ctx, `SELECT count(*) FROM pages`).Scan(&n); err != nil || n != 0 {
		t.Errorf("pages = %d, %v after a fenced outcome; want none", n, err)
	}
	// The stalled run looks dead to a worker that starts now.
	abandoned, err := live.AbandonRuns(ctx)
	if err != nil || !slices.Equal(abandoned, []int64{rs.ID}) {
		t.Errorf("AbandonRuns = %v, %v; want [%d], the stalled run, not the live one (%d)", abandoned, err, rs.ID, rl.ID)
	}
}

// TestBookRequest: requests to a host are booked so that, across workers,
// one starts a delay after the last was sent, none while one is being
// sent, no more than parallel run at once, and none while the host asked
// for a pause.
func TestBookRequest(t *testing.T) {
	ctx := t.Context()
	db := openDB(t)
	_, fa := worker(t, db)
	_, fb := worker(t, db)
	const delay = time.Second // long enough for the checks between a send and the next booking
	book := func(f *postgres.Frontier, parallel int) (int64, time.Duration, bool) {
		t.Helper()
		id, wait, held, err := f.BookRequest(ctx, "a.kr", delay, parallel, 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		return id, wait, held
	}
	first, _, _ := book(fa, 2)
	if first == 0 {
		t.Fatal("first booking refused")
	}
	if id, wait, _ := book(fb, 2); id != 0 || wait < delay/2 {
		t.Errorf("booking while one is being sent = %d, wait %s; want refused, wait about the delay", id, wait)
	}
	if err := fa.RequestSent(ctx, "a.kr", first, 0); err != nil {
		t.Fatal(err)
	}
	if id, wait, _ := book(fb, 2); id != 0 || wait <= 0 || wait > delay {
		t.Errorf("booking just after one was sent = %d, wait %s; want refused, wait under the delay", id, wait)
	}
	time.Sleep(delay)
	second, _, _ := book(fb, 2)
	if second == 0 {
		t.Fatal("booking a delay after the first was sent refused")
	}
	fb.RequestSent(ctx, "a.kr", second, 0)
	time.Sleep(delay)
	// Two in flight: a third waits, whatever the delay.
	if id, _, _ := book(fa, 2); id != 0 {
		t.Errorf("third booking with two in flight and parallel 2 = %d, want refused", id)
	}
	fa.RequestDone(ctx, "a.kr", first, 0)
	third, _, _ := book(fa, 2)
	if third == 0 {
		t.Errorf("booking after one of two finished refused")
	}
	fa.RequestDone(ctx, "a.kr", third, 0)
	fb.RequestDone(ctx, "a.kr", second, 0)
	// The host asks for a pause.
	if err := fb.HoldHost(ctx, "a.kr", 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if id, wait, held := book(fa, 2); id != 0 || !held || wait < 9*time.Second {
		t.Errorf("booking while the host is held = %d, wait %s, held %v; want refused, held, about 10s", id, wait, held)
	}
}

// TestRobotsShared: a host's robots.txt is read once per round, by the
// first worker that asks; the others wait for it and share what it read.
// A reading cut short is not shared: the next worker reads it.
func TestRobotsShared(t *testing.T) {
	ctx := t.Context()
	db := openDB(t)
	_, fa := worker(t, db)
	_, fb := worker(t, db)
	var reads atomic.Int32
	slow := func(ctx context.Context) (newsfacts.RobotsFile, error) {
		reads.Add(1)
		time.Sleep(300 * time.Millisecond)
		return newsfacts.RobotsFile{Status: 200, Body: []byte("User-agent: *\nDisallow: /private/\n"), Attempts: 1}, nil
	}
	done := make(chan newsfacts.RobotsFile)
	go func() {
		rf, err := fa.Robots(ctx, "https://a.kr", time.Minute, slow)
		if err != nil {
			t.Error(err)
		}
		done <- rf
	}()
	time.Sleep(50 * time.Millisecond)
	rf, err := fb.Robots(ctx, "https://a.kr", time.Minute, slow)
	if err != nil {
		t.Fatal(err)
	}
	other := <-done
	if reads.Load() != 1 || string(rf.Body) != string(other.Body) || rf.Status != 200 {
		t.Errorf("two workers read robots.txt %d times, got %q and %q; want one reading, shared", reads.Load(), rf.Body, other.Body)
	}
	stopped := errors.New("stopped")
	if _, err := fa.Robots(ctx, "https://b.kr", time.Minute, func(context.Context) (newsfacts.RobotsFile, error) {
		return newsfacts.RobotsFile{}, stopped
	}); !errors.Is(err, stopped) {
		t.Errorf("Robots with a reading cut short = %v, want its error", err)
	}
	rf, err = fb.Robots(ctx, "https://b.kr", time.Minute, slow)
	if err != nil || rf.Status != 200 || reads.Load() != 2 {
		t.Errorf("Robots after a reading was cut short = %+v, %v; want this worker to read it", rf, err)
	}
}

// openURL opens the database url names with the production Open, closed
// when the test ends.
func openURL(t *testing.T, url string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkBooking measures what keeping a host's pace in the database
// costs a request to a host crawled one request at a time: its booking and
// its end (which says when it was sent), with no delay to wait; it reports the round trips and the server's CPU time per
// request, for the README's reckoning of how many crawl workers one
// server feeds.
func BenchmarkBooking(b *testing.B) {
	db, err := postgres.Open(b.Context(), pgtest.NewDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	r := &newsfacts.Run{}
	if err := db.StartRun(b.Context(), r); err != nil {
		b.Fatal(err)
	}
	f := db.Frontier(b.Context(), r.ID, time.Time{})
	defer f.Close()
	ctx := b.Context()
	trips, cpu := db.RoundTrips(), backendCPU(b, db)
	n := 0
	for b.Loop() {
		id, _, _, err := f.BookRequest(ctx, "a.kr", 0, 1, 10*time.Second)
		if err != nil || id == 0 {
			b.Fatalf("BookRequest = %d, %v", id, err)
		}
		if err := f.RequestDone(ctx, "a.kr", id, 0); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(db.RoundTrips()-trips)/float64(n), "round_trips/request")
	b.ReportMetric(float64((backendCPU(b, db)-cpu).Microseconds())/float64(n), "server_cpu_µs/request")
}
