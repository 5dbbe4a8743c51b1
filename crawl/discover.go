package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"

	"github.com/newsfacts/newsfacts"
)

// listBatch is how many URLs of a listing are queued at once: a sitemap
// lists up to 50,000, which are never all held in memory.
const listBatch = 1000

// maxSitemapNesting is how deep sitemap indexes are followed. A sitemap
// named by a source or robots.txt is at level 0, those an index lists one
// level further. The protocol has an index list sitemaps, not indexes;
// some sites do nest them once. An index at this level lists nothing
// more: a chain of indexes ends there.
const maxSitemapNesting = 2

// listed queues what the feed or sitemap lr lists, as it reads it, in
// batches: its pages on the source's hosts (only articles, if the source
// says which URLs are), and the sitemaps of a sitemap index, both skipped
// when dated before -since. It then records the listing as done (it
// lists what is new each run). Past one of the listing's bounds, or at
// malformed XML, what was read is queued, the rest ignored, and a failure
// recorded that says so; so are the sitemaps of an index nested deeper
// than maxSitemapNesting. When ctx ends, it records nothing: the listing
// is read again by the next run.
func (cr *crawler) listed(ctx context.Context, src *Source, it newsfacts.QueueItem, s *slot, lr *listingReader, done newsfacts.Outcome) error {
	level := 0
	if it.Kind == newsfacts.KindSitemap {
		level = it.Depth
	}
	tooDeep := lr.index() && level >= maxSitemapNesting
	var (
		batch                     []newsfacts.QueueItem
		entries, queued, old, out int
		readErr                   error
	)
	flush := func() error {
		added, skipped, err := cr.front.Add(ctx, batch)
		if err != nil {
			return err
		}
		batch = batch[:0]
		queued += added
		cr.queued.Add(int64(added))
		cr.st.Skipped.Add(int64(skipped))
		return nil
	}
	for {
		l, err := lr.next()
		if err != nil {
			if err != io.EOF {
				readErr = err
			}
			break
		}
		entries++
		switch {
		case cr.tooOld(l):
			old++
			continue
		case lr.index():
			if tooDeep {
				out++
				continue
			}
			if next, ok := cr.item(src, l.URL, newsfacts.KindSitemap, level+1); ok {
				batch = append(batch, next)
			}
		default:
			next, ok := cr.item(src, l.URL, newsfacts.KindPage, 1)
			if ok && src.isArticle(next.URL) && cr.robotsAllow(ctx, next) {
				batch = append(batch, next)
			}
		}
		if len(batch) == listBatch {
			if err := flush(); err != nil {
				return stopped(ctx, err)
			}
		}
	}
	if err := flush(); err != nil {
		return stopped(ctx, err)
	}
	if old > 0 {
		cr.log.Debug("older than -since, not queued", "url", it.URL, "entries", old)
	}
	cr.log.Debug("read listing", "url", it.URL, "format", lr.format, "entries", entries, "queued", queued)
	done.Revisit = true
	if lr.index() && entries > 0 {
		// An index is read in full every run, so that the sitemaps it
		// lists are asked for every run too: their content changes while
		// the index stays the same.
		done.ETag, done.LastModified = "", ""
	}
	if s.cut && !errors.Is(readErr, ErrListingLimit) {
		readErr = fmt.Errorf("%w: more than %s (the sitemap protocol's limit): read up to there", ErrBodyTooLarge, size(int64(cr.cfg.MaxListingSize)))
	}
	if tooDeep && out > 0 {
		readErr = fmt.Errorf("sitemap index nested %d deep: the %d sitemaps it lists are not read (an index lists sitemaps; %d levels of indexes are followed)", level, out, maxSitemapNesting)
	}
	if readErr != nil {
		// Read in full next run: the site may have mended it.
		done.ETag, done.LastModified = "", ""
		done.Failure = &newsfacts.Failure{RunID: cr.runID, URL: it.URL, Status: s.status, Attempts: max(s.attempts, 1), Err: shorten(readErr.Error(), maxErrorLength)}
	}
	return cr.complete(ctx, done)
}

// stopped returns nil when ctx has ended, for a fetch that was cut short
// by the end of the run and records nothing, and err otherwise.
func stopped(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// tooOld reports whether a listed URL is dated before -since.
func (cr *crawler) tooOld(l listed) bool {
	return !cr.since.IsZero() && !l.Date.IsZero() && l.Date.Before(cr.since)
}

// maxPageLinks is how many distinct URLs of its hosts one page may have
// followed: an index page lists some hundreds; a page of a hundred
// thousand links is a trap, or a sitemap in disguise, and would be held
// in memory whole.
const maxPageLinks = 10000

// linked returns the queue items for the links of page it: links on the
// source's hosts, while the crawl may go one link further, up to
// maxPageLinks of them. On the last
// level only articles are queued: an index page there would be fetched
// for links that are not followed.
func (cr *crawler) linked(ctx context.Context, src *Source, it newsfacts.QueueItem, links []string) []newsfacts.QueueItem {
	limit := cr.depth(src)
	if it.Depth >= limit {
		return nil
	}
	seen := make(map[string]bool, min(len(links), maxPageLinks))
	var items []newsfacts.QueueItem
	for _, l := range links {
		next, ok := cr.item(src, l, newsfacts.KindPage, it.Depth+1)
		if !ok || seen[next.URL] || next.URL == it.URL {
			continue
		}
		if len(seen) == maxPageLinks {
			cr.log.Info("page links to more URLs than are followed from one page: the rest ignored", "url", it.URL, "followed", maxPageLinks)
			break
		}
		seen[next.URL] = true
		if next.Depth == limit && !src.isArticle(next.URL) {
			continue
		}
		if cr.robotsAllow(ctx, next) {
			items = append(items, next)
		}
	}
	return items
}

// robotsAllow reports whether robots.txt lets the crawler fetch it, counting
// and logging a URL it disallows. A robots.txt that cannot be read now
// allows it: it is checked again before the fetch.
func (cr *crawler) robotsAllow(ctx context.Context, it newsfacts.QueueItem) bool {
	u, err := url.Parse(it.URL)
	if err != nil {
		return false
	}
	rb, err := cr.robots.get(ctx, u)
	if err != nil || rb.err != nil || rb.allowed(u) {
		return true
	}
	cr.skipDisallowed(it.URL)
	return false
}

// skipDisallowed counts and logs a URL robots.txt disallows, once per run
// however many pages link to it.
func (cr *crawler) skipDisallowed(u string) {
	if _, seen := cr.disallowed.LoadOrStore(u, true); seen {
		return
	}
	cr.st.Skipped.Add(1)
	cr.log.Debug("skipped by robots.txt", "url", u)
}

// queueRobotsSitemaps queues, once per host and run, the sitemaps that the
// host's robots.txt lists, if the source reads them.
func (cr *crawler) queueRobotsSitemaps(ctx context.Context, src *Source, host string, rb *hostRobots) error {
	if !src.robotsSitemaps() || len(rb.sitemaps) == 0 {
		return nil
	}
	if _, done := cr.robotsSitemaps.LoadOrStore(host, true); done {
		return nil
	}
	var items []newsfacts.QueueItem
	for _, sm := range rb.sitemaps {
		if it, ok := cr.item(src, sm, newsfacts.KindSitemap, 0); ok {
			items = append(items, it)
		}
	}
	added, _, err := cr.front.Add(ctx, items)
	if err != nil {
		return err
	}
	cr.queued.Add(int64(added))
	cr.log.Debug("queued sitemaps from robots.txt", "host", host, "sitemaps", added)
	return nil
}
