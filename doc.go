// Package newsfacts holds the values the pipeline's packages exchange with
// a store: pages, queue items and what became of them, crawl runs and
// failures, extractions. It has no behaviour and imports nothing of the
// project but the extractor's values (an article, its facts' sketch), so that
// the stores (sqlite, and later postgres) and their consumers (crawl,
// pipeline) all speak it without one store being the other's vocabulary.
// The interfaces themselves are defined where they are consumed:
// crawl/store.go and pipeline/store.go.
//
// Files:
//
//	page.go   Page: one fetched response, as stored
//	queue.go  QueueItem, Outcome, Completion: the crawl frontier's traffic
//	run.go    Run, Failure: crawl runs and the URLs they could not fetch
//	robots.go RobotsFile: a host's robots.txt, shared by a round's workers
//	errors.go the errors every store returns for the same conditions
//	health.go OutletDay: an outlet's parser health on one day
//	status.go CrawlStatus: what crawl -status shows of a store
//	extraction.go Extraction, Saved: what extract saves of a page, in batches
package newsfacts
