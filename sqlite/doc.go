// Package sqlite is the pipeline's store: a SQLite database reached through
// mattn/go-sqlite3 (cgo). The schema lives in migration/*.sql, embedded and
// applied in lexical order when the database is opened. A *DB is the store
// crawl.Run and pipeline.Extract take (crawl/store.go, pipeline/store.go);
// the values it exchanges with them are package newsfacts's.
//
// Files:
//
//	db.go          DB, Open, Close: connections, pragmas, migrations
//	create.go      a new database made whole, then linked into place
//	closewal.go    no checkpoint on close: readers are never locked out
//	version.go     a database migrated by a newer build is refused
//	checkpoint.go  the WAL checkpointed in the background, not by the writer
//	page.go        fetched pages: insert, pending extraction
//	extraction.go  BeginExtract, ClaimPages: the pages an extraction holds, and those saved while a claim reads
//	article.go     articles and their facts, replaced atomically
//	claim.go       the claims of an article's money facts, decided before they are written
//	factdiff.go    a re-extraction keeps the fact rows that did not change (their digests)
//	batch.go       Pages, SaveExtractions: pages read and extractions saved in batches
//	txconn.go      a write transaction on the writer's Conn: no goroutine a query
//	run.go         crawl_runs and fetch_failures
//	readonly.go    OpenReadOnly for analysts' reads, Snapshot (VACUUM INTO)
//	export.go      ExportMoney: the money view as CSV or JSON Lines
//	check.go       Check: the promises readers rely on, verified with SQL
//	frontier.go    Frontier: the crawler's memory, and recording fetches
//	queue.go       the crawl queue: add, take
//	visited.go     colly's visited set (its storage.Storage)
//	stmt.go        statements prepared once for the frontier's hot paths
//	lock.go        LockCrawl: one crawl per database at a time
//
// docs/schema.md documents every table, view and column; schema_test.go
// keeps it in step with the migrations.
package sqlite
