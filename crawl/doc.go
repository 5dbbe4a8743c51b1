// Package crawl fetches news pages into the store. Web targets are fetched
// with colly, politely: robots.txt obeyed, an honest User-Agent, a per-host
// limit on parallel requests and a delay between them. Local files and
// folders of saved pages are imported as they are.
//
// Files:
//
//	crawl.go       Config, Stats, Run: one crawl over a set of targets
//	collector.go   the colly collector and its callbacks
//	local.go       importing saved pages from disk
//	canonical.go   Canonical: the URL form used to deduplicate pages
package crawl
