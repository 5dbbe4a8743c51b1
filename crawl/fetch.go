package crawl

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"github.com/newsfacts/newsfacts"
)

// fetch fetches one queued item and records what became of it. It returns
// an error only for a database failure, which ends the run. When ctx ends
// before the fetch is done, it records nothing: the item stays queued for
// the next run.
func (cr *crawler) fetch(ctx context.Context, it newsfacts.QueueItem) error {
	src := cr.sources[it.Host]
	u, err := url.Parse(it.URL)
	if src == nil || err != nil {
		return nil // not this run's host; Take gives only those
	}
	rb, err := cr.robots.get(ctx, u)
	if err != nil {
		return nil // stopped
	}
	if rb.err != nil {
		return cr.robotsUnavailable(ctx, it, u, rb)
	}
	if err := cr.queueRobotsSitemaps(ctx, src, u.Host, rb); err != nil {
		return err
	}
	if !rb.allowed(u) {
		cr.skipDisallowed(it.URL)
		return cr.complete(ctx, newsfacts.Outcome{Item: it, Queue: newsfacts.Drop})
	}

	// The visited set says whether this run or an earlier one has it,
	// and claims it for this run if not.
	switch visited, err := cr.front.Claim(it.Key); {
	case err != nil:
		return cr.fail(ctx, it, nil, err, newsfacts.Retry)
	case visited:
		cr.log.Debug("already visited", "url", it.URL)
		return cr.complete(ctx, newsfacts.Outcome{Item: it, Queue: newsfacts.Drop})
	}
	// When articles are due again (-refetch, -revisit-after), the pages
	// that list them are read in full: a 304 would not list them.
	full := cr.revisiting && (it.Kind != newsfacts.KindPage || !src.isArticle(it.URL))
	var spool *os.File
	if it.Kind == newsfacts.KindFeed || it.Kind == newsfacts.KindSitemap {
		if spool, err = cr.spool(); err != nil {
			return err // as a database failure: the spool folder takes no file
		}
		defer spool.Close()
	}
	s, oldETag, oldLastMod, err := cr.get(it, full, spool)
	switch {
	case ctx.Err() != nil && (s.status == 0 || s.err != nil):
		return nil // stopped mid-fetch
	case s.err != nil, s.status == 0, err != nil && isRedirect(s.status):
		// No response, or a redirect the client would not follow.
		return cr.fetchError(ctx, it, s, cmp.Or(s.err, err))
	}
	cr.st.Fetched.Add(1)
	cr.st.Bytes.Add(s.size)
	switch {
	case s.status == http.StatusNotModified:
		// colly reports a 304 as an error; it is the conditional GET working.
		cr.st.NotModified.Add(1)
		cr.log.Debug("not modified", "url", it.URL)
		return cr.complete(ctx, newsfacts.Outcome{Item: it, Done: true, Revisit: it.Kind != newsfacts.KindPage || !src.isArticle(it.URL),
			ETag: cmp.Or(s.header.Get("ETag"), oldETag), LastModified: cmp.Or(s.header.Get("Last-Modified"), oldLastMod)})
	case s.status >= 200 && s.status < 300:
		return cr.handle(ctx, src, it, s)
	case retryableStatus(s.status):
		return cr.fail(ctx, it, s, nil, newsfacts.Retry)
	default:
		return cr.fail(ctx, it, s, nil, newsfacts.Drop)
	}
}

// get asks colly for it's URL, conditionally if an earlier fetch left
// validators and full is false, and returns the transport's record of the
// fetch. With a spool file (a feed or sitemap), the body goes there, read
// up to MaxListingSize and cut there.
func (cr *crawler) get(it newsfacts.QueueItem, full bool, spool *os.File) (s *slot, etag, lastMod string, err error) {
	if !full {
		etag, lastMod = it.ETag, it.LastModified
	}
	s = &slot{maxBody: int64(cr.cfg.MaxBodySize)}
	if spool != nil {
		s.maxBody, s.cutBody, s.spool = int64(cr.cfg.MaxListingSize), true, spool
	}
	id := cr.tr.open(s)
	defer cr.tr.close(id)
	hdr := http.Header{slotHeader: {id}}
	if etag != "" {
		hdr.Set("If-None-Match", etag)
	}
	if lastMod != "" {
		hdr.Set("If-Modified-Since", lastMod)
	}
	err = cr.c.Request(http.MethodGet, it.URL, nil, nil, hdr)
	return s, etag, lastMod, err
}

// spool returns a new, empty file for a listing's body, in Config.SpoolDir,
// already removed from it: it takes no space once closed, however the
// crawl ends.
func (cr *crawler) spool() (*os.File, error) {
	f, err := os.CreateTemp(cr.cfg.SpoolDir, ".newsfacts-listing-*")
	if err != nil {
		return nil, fmt.Errorf("spool listing: %w", err)
	}
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("spool listing: %w", err)
	}
	return f, nil
}

// fetchError records a fetch that got no usable response.
func (cr *crawler) fetchError(ctx context.Context, it newsfacts.QueueItem, s *slot, err error) error {
	// The client's *url.Error repeats the URL, which the failure has.
	if ue := (*url.Error)(nil); errors.As(err, &ue) {
		err = ue.Err
	}
	var robotsErr *robotsUnavailableError
	switch {
	case errors.Is(err, errHostHeld):
		// Not asked: the host wants a pause longer than the run waits.
		// The URL stays queued for a later run, no try counted.
		if _, logged := cr.held.LoadOrStore(it.Host, true); !logged {
			cr.log.Warn("host asked for a pause: its URLs stay queued for the next run", "host", it.Host, "reason", err)
		}
		cr.log.Debug("left queued", "url", it.URL, "reason", err)
		return cr.complete(ctx, newsfacts.Outcome{Item: it, Queue: newsfacts.Keep})
	case errors.As(err, &robotsErr):
		// Redirected to a host whose robots.txt cannot be read: as when
		// the URL's own host's cannot.
		return cr.robotsUnavailable(ctx, it, robotsErr.to, robotsErr.rb)
	case errors.Is(err, ErrRobotsDisallowed):
		cr.st.Skipped.Add(1)
		cr.log.Debug("skipped by robots.txt", "url", it.URL, "reason", err)
		return cr.complete(ctx, newsfacts.Outcome{Item: it, Queue: newsfacts.Drop})
	case errors.Is(err, ErrBodyTooLarge), errors.Is(err, ErrContentEncoding), errors.Is(err, ErrRedirectLoop), errors.Is(err, ErrURLTooLong),
		errors.Is(err, ErrTooManyRedirects), errors.Is(err, ErrOffSiteRedirect):
		// Asking again gets the same answer.
		return cr.fail(ctx, it, s, err, newsfacts.Drop)
	default:
		// Timeouts, resets, refused connections: another run may do better.
		return cr.fail(ctx, it, s, err, newsfacts.Retry)
	}
}

// robotsUnavailable leaves it queued, untried, because the robots.txt of
// u's host (its own, or the one it redirects to) could not be read: the URL is not at fault, and a robots
// outage of a few runs must not use up the tries of every URL queued for
// the host. The robots.txt URL is recorded as failed, once per host and run.
func (cr *crawler) robotsUnavailable(ctx context.Context, it newsfacts.QueueItem, u *url.URL, rb *hostRobots) error {
	o := newsfacts.Outcome{Item: it, Queue: newsfacts.Keep}
	if _, done := cr.robotsFailed.LoadOrStore(u.Host, true); !done {
		o.Failure = &newsfacts.Failure{RunID: cr.runID, URL: u.Scheme + "://" + u.Host + "/robots.txt",
			Status: rb.status, Attempts: max(rb.attempts, 1), Err: shorten(rb.err.Error(), maxErrorLength)}
	}
	cr.log.Debug("left queued: robots.txt unavailable", "url", it.URL)
	return cr.complete(ctx, o)
}

// maxErrorLength bounds the error text of a failure, in bytes.
const maxErrorLength = 2048

// fail records a failed fetch. Dropped items are marked fetched, so that
// finding them again does not fetch them again; retried ones stay queued.
func (cr *crawler) fail(ctx context.Context, it newsfacts.QueueItem, s *slot, err error, d newsfacts.Disposition) error {
	f := &newsfacts.Failure{RunID: cr.runID, URL: it.URL, Attempts: 1}
	if s != nil {
		f.Attempts = max(s.attempts, 1)
		if err == nil {
			f.Status = s.status
		}
	}
	if err != nil {
		// A redirect loop's chain, or a server's words, quoted in full
		// could fill the row and the log.
		f.Err = shorten(err.Error(), maxErrorLength)
	} else {
		f.Err = fmt.Sprintf("%d %s", s.status, http.StatusText(s.status))
	}
	if f.Status == 0 && s != nil && s.status >= 300 {
		f.Status = s.status
	}
	return cr.complete(ctx, newsfacts.Outcome{Item: it, Failure: f, Queue: d, Done: d == newsfacts.Drop,
		Revisit: it.Kind != newsfacts.KindPage})
}

// complete hands o over to the recorder, which writes it and then calls
// recorded. It returns an error only if the recorder has stopped on one.
func (cr *crawler) complete(_ context.Context, o newsfacts.Outcome) error {
	return cr.rec.record(o)
}

// recorded counts and logs an outcome once it is written.
func (cr *crawler) recorded(o newsfacts.Outcome, c newsfacts.Completion) {
	if c.Fenced {
		cr.log.Debug("not recorded: another worker took the URL over", "url", o.Item.URL)
		return
	}
	cr.queued.Add(int64(c.Added))
	cr.st.Skipped.Add(int64(c.Skipped))
	if p := o.Page; p != nil {
		if c.Unclaimed != "" {
			cr.st.Unclaimed.Add(1)
			cr.log.Warn("canonical url held by a page of an earlier run with other content; stored under its own url",
				"url", p.URL, "canonical", c.Unclaimed, "page_id", p.ID)
		}
		if c.Inserted {
			cr.st.Stored.Add(1)
			cr.log.Debug("stored page", "url", p.URL, "page_id", p.ID, "status", p.Status, "bytes", len(p.Body))
		} else {
			cr.st.Unchanged.Add(1)
			cr.log.Debug("page unchanged", "url", p.URL, "page_id", p.ID)
		}
	}
	if f := o.Failure; f != nil {
		cr.st.Failed.Add(1)
		if gone(o.Item, f) {
			cr.st.Gone.Add(1)
			cr.log.Debug("linked page gone", "url", f.URL, "status", f.Status)
		} else {
			cr.log.Warn("fetch failed", "url", f.URL, "status", f.Status, "attempts", f.Attempts, "err", f.Err)
		}
		if c.GaveUp {
			cr.log.Warn("dropped from the queue after failing in several runs", "url", f.URL, "runs", o.Item.Tries+1)
		}
	}
}

// gone reports whether the failure f of it is a linked page that is not
// there (404 Not Found, 410 Gone): recorded in fetch_failures, but no
// failure of the run, since it will not work later and needs no operator.
// A start page, feed or sitemap that answers so is a failure: the sources
// file needs an update.
func gone(it newsfacts.QueueItem, f *newsfacts.Failure) bool {
	return it.Kind == newsfacts.KindPage && f.URL == it.URL && (f.Status == http.StatusNotFound || f.Status == http.StatusGone)
}

// isRedirect reports whether status is one the client follows.
func isRedirect(status int) bool {
	return status >= 300 && status < 400 && status != http.StatusNotModified
}
