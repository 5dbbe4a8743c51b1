package crawl_test

import (
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/internal/pgtest"
	"github.com/newsfacts/newsfacts/postgres"
)

// BenchmarkWorkersPostgres crawls 3 hosts of articles with a delay of
// 50 ms per host, into PostgreSQL, once with one crawl worker and once with
// four sharing the database, and reports the four's fetch rate over the
// one's, as the hosts saw it (requests over the time from the first to
// the last): politeness is the limit of both, so the ratio says what
// coordination costs (the goal is ≥ 0.9). It reports the mean gap between
// two requests to a host, with one worker and with four, against the
// delay, and the ratio of the whole crawls' times, which counts the
// workers' start and end (a worker ends once no other holds URLs of its
// hosts, looking every quarter second).
func BenchmarkWorkersPostgres(b *testing.B) {
	const (
		articles = 40
		delay    = 50 * time.Millisecond
	)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	var one, four time.Duration
	var gaps, requests [2]float64 // one worker, four
	for b.Loop() {
		for _, workers := range []int{1, 4} {
			sites, sources := serveSites(b, 3, articles)
			url := pgtest.NewDB(b)
			var dbs []*postgres.DB
			for range workers {
				db, err := postgres.Open(b.Context(), url)
				if err != nil {
					b.Fatal(err)
				}
				dbs = append(dbs, db)
			}
			cfg := crawl.DefaultConfig()
			cfg.Delay, cfg.Parallelism, cfg.Sources, cfg.Logger = delay, 1, sources, quiet
			start := time.Now()
			var wg sync.WaitGroup
			for _, db := range dbs {
				wg.Go(func() {
					if _, err := crawl.Run(b.Context(), db, cfg, nil); err != nil {
						b.Error(err)
					}
				})
			}
			wg.Wait()
			took := time.Since(start)
			for _, db := range dbs {
				db.Close()
			}
			k := 0
			if workers == 1 {
				one += took
			} else {
				four += took
				k = 1
			}
			for _, s := range sites {
				reqs := s.Requests()
				if n := len(reqs); n > 1 {
					gaps[k] += reqs[n-1].At.Sub(reqs[0].At).Seconds()
					requests[k] += float64(n - 1)
				}
			}
		}
	}
	b.ReportMetric(gaps[0]/requests[0]/(gaps[1]/requests[1]), "rate_w4/w1")
	b.ReportMetric(one.Seconds()/four.Seconds(), "wall_w4/w1")
	b.ReportMetric(gaps[0]/requests[0]*1000, "w1_mean_gap_ms")
	b.ReportMetric(gaps[1]/requests[1]*1000, "w4_mean_gap_ms")
	b.ReportMetric(float64(delay.Milliseconds()), "delay_ms")
}
