package crawl

import (
	"context"
	"net/url"

	"github.com/newsfacts/newsfacts"
)

// listed returns the queue items for what a feed or sitemap lists: its
// pages on the source's hosts (only articles, if the source says which URLs
// are), and the sitemaps of a sitemap index, both skipped when dated before
// -since.
func (cr *crawler) listed(ctx context.Context, src *Source, l *listing) []newsfacts.QueueItem {
	var items []newsfacts.QueueItem
	for _, sm := range l.sitemaps {
		if cr.tooOld(sm) {
			continue
		}
		if it, ok := cr.item(src, sm.URL, newsfacts.KindSitemap, 0); ok {
			items = append(items, it)
		}
	}
	old := 0
	for _, p := range l.pages {
		if cr.tooOld(p) {
			old++
			continue
		}
		it, ok := cr.item(src, p.URL, newsfacts.KindPage, 1)
		if ok && src.isArticle(it.URL) && cr.robotsAllow(ctx, it) {
			items = append(items, it)
		}
	}
	if old > 0 {
		cr.log.Debug("older than -since, not queued", "pages", old)
	}
	return items
}

// tooOld reports whether a listed URL is dated before -since.
func (cr *crawler) tooOld(l listed) bool {
	return !cr.since.IsZero() && !l.Date.IsZero() && l.Date.Before(cr.since)
}

// linked returns the queue items for the links of page it: links on the
// source's hosts, while the crawl may go one link further. On the last
// level only articles are queued: an index page there would be fetched
// for links that are not followed.
func (cr *crawler) linked(ctx context.Context, src *Source, it newsfacts.QueueItem, links []string) []newsfacts.QueueItem {
	limit := cr.depth(src)
	if it.Depth >= limit {
		return nil
	}
	seen := make(map[string]bool, len(links))
	var items []newsfacts.QueueItem
	for _, l := range links {
		next, ok := cr.item(src, l, newsfacts.KindPage, it.Depth+1)
		if !ok || seen[next.URL] || next.URL == it.URL {
			continue
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
