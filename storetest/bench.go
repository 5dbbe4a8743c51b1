package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
)

// Spent is what a store has spent so far on the work asked of it, as far
// as it can tell: the round trips to its server and the CPU time the
// server's processes used. A store that cannot tell leaves them zero.
type Spent struct {
	RoundTrips int64
	ServerCPU  time.Duration
}

// Bench measures the frontier's claim-and-store cycle on a store: take
// batch queued URLs, then record their fetches: for each, the page (20 KB
// of HTML), its visit and the five new URLs it links to, as a crawl does
// for each article. With a batch of 1 a cycle is one article taken and
// recorded on its own; a crawl takes 32 at a time or more and records
// what its fetches finish together (a batch of 32 stands for that). It
// reports the pages per second and, per page, the CPU time of this process
// and, from spent (which may be nil), the round trips to the server and
// the server's CPU time: on a machine that others load, the counts and CPU
// times say more than the rate.
func Bench[F crawl.Frontier](b *testing.B, db Store[F], spent func() Spent, batch int) {
	ctx := b.Context()
	r := &newsfacts.Run{}
	if err := db.StartRun(ctx, r); err != nil {
		b.Fatal(err)
	}
	f := db.Frontier(ctx, r.ID, time.Time{})
	defer f.Close()
	next := uint64(1)
	link := func() newsfacts.QueueItem {
		it := newsfacts.QueueItem{URL: fmt.Sprintf("https://a.kr/news/%d", next), Host: host, Kind: newsfacts.KindPage, Depth: 1, Key: next}
		next++
		return it
	}
	var first []newsfacts.QueueItem
	for range batch {
		first = append(first, link())
	}
	if _, _, err := f.Add(ctx, first); err != nil {
		b.Fatal(err)
	}
	if spent == nil {
		spent = func() Spent { return Spent{} }
	}
	body := strings.Repeat("<p>과기정통부는 1조 8천억 원 규모의 추경예산안 가운데 80% 이상을 GPU 확보에 쓰기로 했습니다.</p>\n", 150)
	cycles := 0
	before, cpu := spent(), processCPU()
	start := time.Now()
	for b.Loop() {
		items, err := f.Take(ctx, host, batch)
		if err != nil || len(items) != batch {
			b.Fatalf("Take = %d items, %v; want %d", len(items), err, batch)
		}
		outcomes := make([]newsfacts.Outcome, len(items))
		for i, it := range items {
			found := []newsfacts.QueueItem{link(), link(), link(), link(), link()}
			outcomes[i] = newsfacts.Outcome{Item: it, Done: true, Queue: newsfacts.Drop, Found: found,
				Page: &newsfacts.Page{URL: it.URL, RequestedURL: it.URL, FinalURL: it.URL, Status: 200,
					Body: []byte(fmt.Sprintf("<!-- %d -->%s", it.Key, body)), RunID: r.ID}}
		}
		if _, err := f.CompleteAll(ctx, outcomes); err != nil {
			b.Fatal(err)
		}
		cycles += batch
	}
	elapsed := time.Since(start)
	cpu = processCPU() - cpu
	after := spent()
	n := float64(cycles)
	b.ReportMetric(n/elapsed.Seconds(), "pages/s")
	b.ReportMetric(float64(cpu.Microseconds())/n, "client_cpu_µs/page")
	if after.RoundTrips > 0 {
		b.ReportMetric(float64(after.RoundTrips-before.RoundTrips)/n, "round_trips/page")
	}
	if after.ServerCPU > 0 {
		b.ReportMetric(float64((after.ServerCPU-before.ServerCPU).Microseconds())/n, "server_cpu_µs/page")
	}
}
