package crawl

import (
	"cmp"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/newsfacts/newsfacts"
)

// crawler holds what the fetches of one run share.
type crawler struct {
	cfg     Config
	runID   int64
	front   Frontier
	c       *colly.Collector
	tr      *transport
	rec     *recorder
	robots  *robots
	sources map[string]*Source // by host key
	hosts   []hostSlot
	since   time.Time // feed and sitemap entries older than this are not queued
	// revisiting is set when articles fetched before may be due again.
	revisiting bool
	st         *Stats
	log        *slog.Logger

	robotsSitemaps sync.Map     // host → true once its robots.txt sitemaps are queued
	held           sync.Map     // host → true once logged as held (Retry-After) past what the run waits
	robotsFailed   sync.Map     // host → true once its unreadable robots.txt is recorded as failed
	disallowed     sync.Map     // URL → true once counted and logged as disallowed by robots.txt
	longURLs       sync.Map     // source name → true once a URL too long to follow is logged
	claims         sync.Map     // declared canonical URL → canonClaim of the first page that named it
	queued         atomic.Int64 // URLs queued during the run: the scheduler takes again when it changes
}

// maxHeaderBytes bounds the headers of one response, in bytes.
const maxHeaderBytes = 256 << 10

// hostSlot is a host and the number of its URLs fetched at once.
type hostSlot struct {
	host     string
	parallel int
}

// crawlWeb fetches what the sources list and link to, and what earlier runs
// left queued for their hosts, until the queue is empty or ctx ends.
func crawlWeb(ctx context.Context, cfg Config, runID int64, front Frontier, sources []*Source, st *Stats, log *slog.Logger) error {
	cr := &crawler{cfg: cfg, runID: runID, front: front, sources: map[string]*Source{}, st: st, log: log,
		revisiting: cfg.Refetch || cfg.RevisitAfter > 0}
	if cfg.Since > 0 {
		cr.since = time.Now().Add(-cfg.Since)
	}
	var pace politeness = newPacer(cfg.Delay)
	var shared SharedRobots
	if sh, ok := front.(SharedHosts); ok {
		// Other processes crawl the database too: each host's pace is
		// kept in the store, for all of them.
		pace = &sharedPacer{hosts: sh, delays: newPacer(cfg.Delay), parallel: map[string]int{},
			timeout: cfg.Timeout + ticketTimeout, log: log}
	}
	if sr, ok := front.(SharedRobots); ok {
		shared = sr
	}
	maxParallel := 1
	for _, s := range sources {
		parallel := cmp.Or(s.Parallel, cfg.Parallelism)
		maxParallel = max(maxParallel, parallel)
		for _, h := range s.Hosts {
			cr.sources[h] = s
			cr.hosts = append(cr.hosts, hostSlot{host: h, parallel: parallel})
			pace.setDelay(h, cmp.Or(s.Delay, cfg.Delay))
			if sp, ok := pace.(*sharedPacer); ok {
				sp.parallel[h] = parallel
			}
		}
	}
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = maxParallel + 1 // keep-alive for every parallel request
	// A response's headers are held whole while they are read: net/http
	// allows 10 MB by default, which real servers never send.
	base.MaxResponseHeaderBytes = maxHeaderBytes
	defer base.CloseIdleConnections()
	cr.tr = &transport{
		base: base, pace: pace, timeout: cfg.Timeout, maxBody: int64(cfg.MaxBodySize), log: log,
		retry: retryPolicy{retries: cfg.Retries, base: cfg.Backoff, maxBackoff: time.Minute, maxRetryAfter: cfg.MaxRetryAfter},
	}
	cr.robots = &robots{
		client: &http.Client{Transport: cr.tr, CheckRedirect: robotsRedirect},
		tr:     cr.tr, ua: cfg.UserAgent, log: log, hosts: map[string]*hostRobots{},
		shared: shared,
		// Long enough for every attempt, its pace and backoff: a reader
		// that dies is replaced sooner, when its heartbeat stops.
		within: time.Duration(cfg.Retries+1)*(cfg.Timeout+cfg.Delay) + cfg.Backoff<<min(cfg.Retries, 10) + cfg.MaxRetryAfter + time.Minute,
		loaded: func(host string, h *hostRobots) {
			if d := pace.delay(host); h.delay > d {
				log.Info("robots.txt asks for a longer crawl delay", "host", host, "crawl_delay", h.delay, "delay", d)
				pace.setDelay(host, h.delay)
			}
		},
	}
	client := &http.Client{Transport: cr.tr, CheckRedirect: cr.checkRedirect}
	var err error
	if cr.c, err = newCollector(ctx, cfg, front, client, cr.hosts); err != nil {
		return err
	}
	if err := cr.seed(ctx, sources); err != nil {
		return err
	}
	cr.rec = newRecorder(front, cr.recorded)
	err = cr.schedule(ctx)
	return errors.Join(err, cr.rec.close())
}

// seed queues the sources' start pages, feeds and sitemaps: they are
// fetched every run.
func (cr *crawler) seed(ctx context.Context, sources []*Source) error {
	var items []newsfacts.QueueItem
	for _, s := range sources {
		for _, list := range []struct {
			kind string
			urls []string
		}{{newsfacts.KindSitemap, s.Sitemaps}, {newsfacts.KindFeed, s.Feeds}, {newsfacts.KindStart, s.Start}} {
			for _, raw := range list.urls {
				if it, ok := cr.item(s, raw, list.kind, 0); ok {
					items = append(items, it)
				}
			}
		}
	}
	_, _, err := cr.front.Add(ctx, items)
	return err
}

// item makes the queue item for raw, found in source s, if it is an
// http(s) URL on one of s's hosts, no longer than MaxURLLength.
func (cr *crawler) item(s *Source, raw, kind string, depth int) (newsfacts.QueueItem, bool) {
	if len(raw) > MaxURLLength {
		if _, logged := cr.longURLs.LoadOrStore(s.Name, true); !logged {
			cr.log.Info("URLs longer than 8192 bytes are not followed", "source", s.Name, "url", shorten(raw, 200))
		}
		return newsfacts.QueueItem{}, false
	}
	c, err := s.canonical(raw)
	if err != nil {
		return newsfacts.QueueItem{}, false
	}
	u, err := url.Parse(c)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !slices.Contains(s.Hosts, u.Host) {
		return newsfacts.QueueItem{}, false
	}
	it := newsfacts.QueueItem{URL: c, Host: u.Host, Kind: kind, Depth: depth, Key: visitKey(c)}
	if raw != c {
		it.FoundURL = raw
	}
	return it, true
}

// depth returns how many links away from a start page s's crawl goes.
func (cr *crawler) depth(s *Source) int {
	if s.Depth != nil {
		return *s.Depth
	}
	return cr.cfg.MaxDepth
}
