// Package crawl fetches news pages into the store, to be run unattended
// and often: every run is safe to repeat, to kill and to resume.
//
// Web targets and the outlets of a sources file are fetched with colly,
// politely (robots.txt and its Crawl-delay obeyed, an honest User-Agent,
// one limit per host) and incrementally: the queue of URLs to fetch and
// colly's visited set live in the store (a Frontier), so a run skips what
// earlier runs fetched, resumes what a killed run left, and asks again for
// start pages, feeds and sitemaps with a conditional GET. Local files and
// folders of saved pages are imported as they are.
//
// A store may share its frontier among many crawl processes (PostgreSQL):
// then each host's politeness and its robots.txt are shared too
// (SharedHosts, SharedRobots), and a run ends only when the other
// processes hold nothing more of its hosts.
//
// Files:
//
//	crawl.go       Config, Stats, Run: one crawl over targets and sources
//	limits.go      the bounds of the settings, Config.Check
//	store.go       Store, Runs, Pages, Frontier: what a crawl needs of the database
//	targets.go     what the targets name: web sources, local files
//	progress.go    Progress, and the run's counts saved while it runs
//	sources.go     Source, LoadSources: the outlets file
//	web.go         the crawler of one run: wiring and seeding
//	schedule.go    taking queued URLs, per host, as slots free up
//	fetch.go       one URL: fetch, classify, hand the outcome over
//	handle.go      a 2xx response: page stored, links and listings queued
//	record.go      writing outcomes to the database, many per transaction
//	discover.go    what a page, feed, sitemap or robots.txt adds to the queue
//	collector.go   the colly collector, options in view
//	transport.go   the HTTP layer: raw bodies, size limits, spooled listings, per-attempt timeouts
//	retry.go       which failures are retried, and when
//	pacer.go       the pause between requests to one host, and a Retry-After hold
//	shared.go      the same pause and the -parallel limit, kept by a shared store
//	redirect.go    which redirects are followed
//	robots.go      robots.txt: rules, Crawl-delay, Sitemap lines
//	links.go       links and rel=canonical of an HTML page
//	listing.go     RSS, Atom and sitemap reading: streamed, within bounds
//	canonical.go   Canonical: the URL form used to deduplicate pages; MaxURLLength
//	visitkey.go    colly's visited-set key of a URL
//	local.go       importing saved pages from disk
package crawl
