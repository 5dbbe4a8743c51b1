// Package postgres is the pipeline's store in a PostgreSQL database,
// reached through jackc/pgx: the shared engine for a team that outgrows
// one SQLite file. It has the tables, columns and views of package sqlite
// (docs/schema.md), from migration/*.sql, embedded and applied in lexical
// order when the database is opened; a *DB is the store crawl.Run and
// pipeline.Extract take, as a *sqlite.DB is.
//
// Files:
//
//	db.go        DB, Open, Close: the connection pool, migrations
//	page.go      fetched pages: insert, the current version, pending extraction
//	article.go   articles and their facts, replaced atomically
//	batch.go     Pages, SaveExtractions: pages read and extractions saved in batches
//	claim.go     the claims of a batch's money facts, decided in Go
//	factdiff.go  a re-extraction keeps the fact rows that did not change (their digests)
//	restamp.go   a batch's articles made again unchanged, found by digests and stamped at once
//	run.go       crawl_runs and fetch_failures
//	status.go    CrawlStatus: what crawl -status shows
//	lock.go      LockCrawl: one crawl per database at a time (an advisory lock)
//	frontier.go  Frontier: the crawler's memory, leased queue rows, recording fetches
//	queue.go     the crawl queue: add, take
//	visited.go   colly's visited set (its storage.Storage)
package postgres
