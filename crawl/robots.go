package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/newsfacts/newsfacts"
)

// ErrRobotsDisallowed is the reason for not fetching a URL that robots.txt
// disallows.
var ErrRobotsDisallowed = errors.New("disallowed by robots.txt")

// robotsUnavailableError is the reason for not following a redirect to a
// host whose robots.txt cannot be read: not the URL's fault.
type robotsUnavailableError struct {
	to *url.URL    // where the redirect led
	rb *hostRobots // the robots.txt of its host, unread
}

func (e *robotsUnavailableError) Error() string {
	return fmt.Sprintf("redirect to %s: %v", e.to, e.rb.err)
}

func (e *robotsUnavailableError) Unwrap() error { return e.rb.err }

// robots reads each host's robots.txt once per run and answers what the
// crawler may fetch there, how slowly, and which sitemaps it lists.
//
// colly can check robots.txt itself, but it fetches the file without the
// run's context, outside the host's pace, ignores Crawl-delay and Sitemap
// lines, and would fetch it a second time; so the collector is told to
// ignore robots.txt and this does the job, before every fetch and redirect.
type robots struct {
	client *http.Client // through the crawler's transport
	tr     *transport   // the same, for the slot of a read: its size limit, its attempts
	ua     string
	log    *slog.Logger
	// loaded is called once per host when its robots.txt has been read,
	// before anything else is fetched there: to set the host's pace.
	loaded func(host string, r *hostRobots)
	// shared, if not nil, reads each host's robots.txt once for all the
	// processes crawling the database; within bounds one reading.
	shared SharedRobots
	within time.Duration

	mu    sync.Mutex
	hosts map[string]*hostRobots // by scheme://host
}

// hostRobots is what one host's robots.txt says to this crawler.
type hostRobots struct {
	ready    chan struct{} // closed once read
	group    *robotstxt.Group
	delay    time.Duration // Crawl-delay
	sitemaps []string
	err      error // the file could not be read: fetch nothing there
	status   int   // of the last answer; 0 if none
	attempts int   // requests sent for it, retries included; 0 if not counted
}

// get returns the robots.txt rules of u's host, reading the file if this is
// the first time. It returns ctx's cause if ctx ends first.
func (rb *robots) get(ctx context.Context, u *url.URL) (*hostRobots, error) {
	origin := u.Scheme + "://" + u.Host
	rb.mu.Lock()
	h, ok := rb.hosts[origin]
	if !ok {
		h = &hostRobots{ready: make(chan struct{})}
		rb.hosts[origin] = h
	}
	rb.mu.Unlock()
	if !ok {
		rb.load(ctx, origin, u.Host, h)
		close(h.ready)
		if ctx.Err() != nil {
			// Cut short: let a later caller (a later run) try again.
			rb.mu.Lock()
			delete(rb.hosts, origin)
			rb.mu.Unlock()
			return nil, context.Cause(ctx)
		}
	}
	select {
	case <-h.ready:
		if ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		return h, nil
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// maxRobotsSize is how much of a robots.txt is read: RFC 9309 (2.5) asks
// crawlers to parse at least the first 500 KiB, and Google reads that much.
// A larger file is cut there, at the last whole line, and obeyed.
const maxRobotsSize = 500 << 10

// load reads origin's robots.txt into h: from the host, or, when the
// crawl shares its database with others (rb.shared), as a process of the
// round read it, reading it for them if none has. Following RFC 9309, a
// file that does not exist (4xx) allows everything; a server error, a
// network failure or a file that cannot be parsed allows nothing this run.
func (rb *robots) load(ctx context.Context, origin, host string, h *hostRobots) {
	defer func() {
		if rb.loaded != nil && h.err == nil {
			rb.loaded(host, h)
		}
	}()
	if rb.shared == nil {
		rf, err := rb.fetch(ctx, origin)
		rb.parse(origin, rf, err, h)
		return
	}
	var fetchErr error // the reader's own error, kept when this process read it
	rf, err := rb.shared.Robots(ctx, origin, rb.within, func(ctx context.Context) (newsfacts.RobotsFile, error) {
		rf, err := rb.fetch(ctx, origin)
		if ctx.Err() != nil {
			return rf, context.Cause(ctx) // cut short: not for the others
		}
		fetchErr = err
		return rf, nil
	})
	switch {
	case ctx.Err() != nil:
		h.err = context.Cause(ctx)
	case err != nil:
		h.err = fmt.Errorf("robots.txt unavailable: %w", err)
		rb.log.Warn("robots.txt unavailable: nothing fetched from the host this run", "url", origin+"/robots.txt", "err", err)
	default:
		if fetchErr == nil && rf.Err != "" {
			fetchErr = errors.New(rf.Err)
		}
		rb.parse(origin, rf, fetchErr, h)
	}
}

// fetch asks origin for its robots.txt, the first maxRobotsSize bytes of
// it, cut at the last whole line. It returns what came, and the error of
// the request if no answer came (also in rf.Err).
func (rb *robots) fetch(ctx context.Context, origin string) (rf newsfacts.RobotsFile, err error) {
	u := origin + "/robots.txt"
	defer func() {
		if err != nil {
			rf.Err = err.Error()
		}
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return rf, err
	}
	req.Header.Set("User-Agent", rb.ua)
	// The body is in the slot, not in resp.
	s := &slot{maxBody: maxRobotsSize, cutBody: true}
	id := rb.tr.open(s)
	defer rb.tr.close(id)
	defer func() { rf.Attempts = s.attempts }()
	req.Header.Set(slotHeader, id)
	resp, err := rb.client.Do(req)
	if resp != nil {
		rf.Status = resp.StatusCode
	}
	if err != nil {
		return rf, err
	}
	resp.Body.Close() // empty: read already by the transport
	body := s.body
	if s.cut {
		// The rest is ignored, and the line cut in two with it.
		if i := bytes.LastIndexByte(body, '\n'); i >= 0 {
			body = body[:i+1]
		}
		rb.log.Info("robots.txt is larger than the crawler reads: its first part obeyed", "url", u, "bytes_read", len(body))
	}
	rf.Body = body
	return rf, nil
}

// parse reads into h the robots.txt of origin that came as rf, or did not
// come, for the reason err.
func (rb *robots) parse(origin string, rf newsfacts.RobotsFile, err error, h *hostRobots) {
	u := origin + "/robots.txt"
	h.status, h.attempts = rf.Status, rf.Attempts
	switch {
	case err != nil:
		h.err = fmt.Errorf("robots.txt unavailable: %w", err)
		rb.log.Warn("robots.txt unavailable: nothing fetched from the host this run", "url", u, "err", err)
		return
	case rf.Status == http.StatusTooManyRequests || rf.Status >= 500:
		h.err = fmt.Errorf("robots.txt unavailable: %d %s", rf.Status, http.StatusText(rf.Status))
		rb.log.Warn("robots.txt unavailable: nothing fetched from the host this run", "url", u, "status", rf.Status)
		return
	case rf.Status >= 400:
		rb.log.Debug("no robots.txt: everything allowed", "url", u, "status", rf.Status)
		return // h.group nil: everything allowed
	case rf.Status >= 300:
		h.err = fmt.Errorf("robots.txt unavailable: %d %s", rf.Status, http.StatusText(rf.Status)) // too many redirects
		return
	}
	if err := h.parse(rf.Body, rb.ua); err != nil {
		h.err = err
		rb.log.Warn("robots.txt cannot be parsed: nothing fetched from the host this run", "url", u, "err", err)
		return
	}
	rb.log.Debug("read robots.txt", "url", u, "crawl_delay", h.delay, "sitemaps", len(h.sitemaps))
}

// maxRobotsSitemaps bounds the Sitemap lines of one robots.txt that are
// read: sites list a few, and each is fetched every run.
const maxRobotsSitemaps = 1000

// parse reads the robots.txt body into h: the group of rules for the
// crawler named ua, its Crawl-delay (a negative one is none) and the
// first maxRobotsSitemaps Sitemap lines. It returns an error for a body
// the parser refuses.
func (h *hostRobots) parse(body []byte, ua string) error {
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		return fmt.Errorf("robots.txt: %w", err)
	}
	h.group = data.FindGroup(ua)
	h.delay = max(h.group.CrawlDelay, 0)
	h.sitemaps = data.Sitemaps[:min(len(data.Sitemaps), maxRobotsSitemaps)]
	return nil
}

// allowed reports whether robots.txt lets the crawler fetch u.
func (h *hostRobots) allowed(u *url.URL) bool {
	if h.group == nil {
		return true
	}
	// The same form colly tests: escaped path and the query as parsed.
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.Query().Encode()
	}
	return h.group.Test(p)
}
