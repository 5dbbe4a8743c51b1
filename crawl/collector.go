package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"sync"

	"github.com/gocolly/colly/v2"

	"github.com/newsfacts/newsfacts/sqlite"
)

// storedHeaders are the response headers kept with a page: what says how to
// read it and how to ask for it again.
var storedHeaders = []string{
	"Content-Type", "Content-Language", "Content-Encoding", "ETag", "Last-Modified",
	"Cache-Control", "Expires", "Date", "Link",
}

// crawlWeb fetches the web targets and the pages they link to on the same
// hosts, up to cfg.MaxDepth links away.
func crawlWeb(ctx context.Context, db *sqlite.DB, cfg Config, runID int64, starts []*url.URL, st *Stats, log *slog.Logger) error {
	hosts := make([]string, 0, len(starts))
	for _, u := range starts {
		hosts = append(hosts, u.Hostname())
	}
	c, err := newCollector(ctx, cfg, hosts)
	if err != nil {
		return err
	}
	w := &webRun{db: db, runID: runID, st: st, log: log, ctx: ctx}
	c.OnRequest(w.onRequest)
	c.OnResponse(w.onResponse)
	c.OnError(w.onError)
	c.OnHTML("a[href]", w.onLink)
	for _, u := range starts {
		w.visit(c.Visit, u.String())
	}
	c.Wait()
	return w.fatal()
}

// newCollector builds the colly collector with every option in view.
func newCollector(ctx context.Context, cfg Config, hosts []string) (*colly.Collector, error) {
	c := colly.NewCollector(
		colly.UserAgent(cfg.UserAgent),
		colly.AllowedDomains(hosts...),
		colly.MaxDepth(cfg.MaxDepth+1), // colly counts the start page as depth 1
		colly.MaxBodySize(cfg.MaxBodySize),
		colly.StdlibContext(ctx),
		colly.Async(true),
	)
	c.IgnoreRobotsTxt = false // colly ignores robots.txt unless told
	c.SetRequestTimeout(cfg.Timeout)
	// One rule per host: a single glob rule would share one pool of slots
	// among every host it matches.
	seen := map[string]bool{}
	for _, h := range hosts {
		if seen[h] {
			continue
		}
		seen[h] = true
		if err := c.Limit(&colly.LimitRule{DomainGlob: h, Parallelism: max(cfg.Parallelism, 1), Delay: cfg.Delay}); err != nil {
			return nil, fmt.Errorf("limit rule for %s: %w", h, err)
		}
	}
	return c, nil
}

// webRun holds the state the collector's callbacks share.
type webRun struct {
	ctx   context.Context
	db    *sqlite.DB
	runID int64
	st    *Stats
	log   *slog.Logger

	requested sync.Map // *colly.Request → URL as first asked for, before redirects
	mu        sync.Mutex
	dbErr     error // the first database error: it ends the run
}

// visit asks colly for a URL and counts why it was not fetched, if it was not.
func (w *webRun) visit(fn func(string) error, raw string) {
	err := fn(raw)
	var already *colly.AlreadyVisitedError
	switch {
	case err == nil:
	case errors.As(err, &already), errors.Is(err, colly.ErrMaxDepth), errors.Is(err, colly.ErrForbiddenDomain),
		errors.Is(err, colly.ErrMissingURL):
		// Expected while following links: not worth a line in the log.
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		w.st.Skipped.Add(1)
		w.log.Info("skipped by robots.txt", "url", raw)
	default:
		w.st.Failed.Add(1)
		w.log.Warn("fetch failed", "url", raw, "err", err)
		w.record(sqlite.Failure{URL: raw, Err: err.Error()})
	}
}

func (w *webRun) onRequest(r *colly.Request) {
	if w.ctx.Err() != nil {
		r.Abort()
		return
	}
	w.requested.Store(r, r.URL.String())
}

func (w *webRun) onLink(e *colly.HTMLElement) {
	link := e.Request.AbsoluteURL(e.Attr("href"))
	if link == "" {
		return
	}
	canon, err := Canonical(link)
	if err != nil {
		return
	}
	w.visit(e.Request.Visit, canon)
}

func (w *webRun) onResponse(r *colly.Response) {
	w.st.Fetched.Add(1)
	w.st.Bytes.Add(int64(len(r.Body)))
	final := r.Request.URL.String()
	requested, _ := w.requested.LoadAndDelete(r.Request)
	req, _ := requested.(string)
	if req == "" {
		req = final
	}
	canon, err := Canonical(final)
	if err != nil {
		canon = final
	}
	p := &sqlite.Page{
		URL: canon, RequestedURL: req, FinalURL: final, Status: r.StatusCode,
		ContentType:  r.Headers.Get("Content-Type"),
		ETag:         r.Headers.Get("ETag"),
		LastModified: r.Headers.Get("Last-Modified"),
		Headers:      pickHeaders(*r.Headers),
		Body:         r.Body,
		RunID:        w.runID,
	}
	inserted, err := w.db.InsertPage(w.ctx, p)
	if err != nil {
		w.st.Failed.Add(1)
		w.setFatal(err)
		return
	}
	if inserted {
		w.st.Stored.Add(1)
		w.log.Info("stored page", "url", canon, "page_id", p.ID, "status", r.StatusCode, "bytes", len(r.Body))
	} else {
		w.st.Unchanged.Add(1)
		w.log.Debug("page unchanged", "url", canon, "page_id", p.ID)
	}
}

func (w *webRun) onError(r *colly.Response, err error) {
	requested, _ := w.requested.LoadAndDelete(r.Request)
	u, _ := requested.(string)
	if u == "" && r.Request != nil && r.Request.URL != nil {
		u = r.Request.URL.String()
	}
	if w.ctx.Err() != nil {
		return // the run was stopped; not the URL's fault
	}
	w.st.Failed.Add(1)
	w.log.Warn("fetch failed", "url", u, "status", r.StatusCode, "err", err)
	w.record(sqlite.Failure{URL: u, Status: r.StatusCode, Err: err.Error()})
}

func (w *webRun) record(f sqlite.Failure) {
	f.RunID = w.runID
	if err := w.db.RecordFailure(w.ctx, f); err != nil {
		w.setFatal(err)
	}
}

func (w *webRun) setFatal(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.dbErr == nil {
		w.dbErr = err
		w.log.Error("database error", "err", err)
	}
}

func (w *webRun) fatal() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.dbErr
}

func pickHeaders(h http.Header) map[string]string {
	out := make(map[string]string)
	for _, k := range storedHeaders {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}
