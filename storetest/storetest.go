// Package storetest is the conformance suite of the stores: every behaviour
// that crawl, extract and the analysts' views rely on, written once and run
// by each store's own tests against a real database of that store
// (sqlite/store_test.go, postgres/store_test.go).
//
// Files:
//
//	storetest.go  Store, DB, Run: the suite and what it needs of a store
//	page.go       pages stored once, versions, the current version
//	extract.go    articles and facts: idempotent, replaced whole
//	kept.go       a re-extraction keeps the facts that did not change
//	resave.go     a re-extraction stores every column that changed
//	identity.go   an article URL that pages of different articles share
//	health.go     the outlet_health view
//	frontier.go   the crawl queue across runs, outcomes, retries
//	run.go        crawl runs and fetch failures, crawl -status
//	lock.go       one crawl at a time; one extraction at a time on SQLite
//	claim.go      extractions at once claim pages without overlap
//	batch.go      pages read and extractions saved in batches
//	view.go       the analysts' views over a fixture database
//	bench.go      Bench: the frontier's claim-and-store cycle, measured
//	tree_linux.go TreeCPU: a server's CPU time on this machine, for benchmarks
package storetest

import (
	"context"
	"testing"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/crawl"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/pipeline"
)

// Store is what the suite drives: everything crawl and pipeline use, and
// the list of pending pages that tests read.
type Store[F crawl.Frontier] interface {
	crawl.Store[F]
	pipeline.Store
	// PendingPages returns, oldest first, the IDs of the pages that the
	// extractor of the given version has not processed.
	PendingPages(ctx context.Context, version string) ([]int64, error)
	// Page returns the stored page with the given ID, or an error
	// wrapping newsfacts.ErrNotFound.
	Page(ctx context.Context, id int64) (*newsfacts.Page, error)
	// SaveArticle saves one page's article as SaveExtractions saves
	// each, in a transaction of its own, and returns its ID. It returns an
	// error wrapping newsfacts.ErrURLTaken, saving nothing, for an
	// article whose URL holds another page's different article and is
	// not its page's own URL, and one wrapping newsfacts.ErrClaimLost for
	// a page whose claim another extraction took over.
	SaveArticle(ctx context.Context, pageID int64, a *extract.Article, version string) (int64, error)
	// MarkNoArticle records, in a transaction of its own, that a page
	// holds no article, as SaveExtractions does.
	MarkNoArticle(ctx context.Context, pageID int64, version, reason string) error
	pipeline.HealthStore
	// CrawlStatus reads what crawl -status prints: at most runs runs and
	// failures failures of the newest.
	CrawlStatus(ctx context.Context, runs, failures int) (*newsfacts.CrawlStatus, error)
}

// Row is one row of a query's result, as *sql.Row and pgx.Row are.
type Row interface {
	Scan(dest ...any) error
}

// DB is one new, empty store under test, and a way to read it with SQL for
// what no interface exposes.
type DB[F crawl.Frontier] struct {
	Store Store[F]
	// QueryRow runs a read-only query whose placeholders are written $1,
	// $2 …, in order (SQLite reads them too), and returns its first row.
	QueryRow func(ctx context.Context, query string, args ...any) Row
	// Reopen opens another handle on the same database, as another
	// process would, closed when the test ends.
	Reopen func(t *testing.T) Store[F]
	// Shared says that processes share the database at once (PostgreSQL):
	// extractions claim pages instead of locking the database.
	Shared bool
}

// Run runs the whole suite as subtests of t. open returns a new, empty
// store for each subtest, closed when that subtest ends.
func Run[F crawl.Frontier](t *testing.T, open func(t *testing.T) DB[F]) {
	tests := []struct {
		name string
		test func(t *testing.T, db DB[F])
	}{
		{"PageStoredOnce", testPageStoredOnce[F]},
		{"PageRoundTrip", testPageRoundTrip[F]},
		{"PageCompressed", testPageCompressed[F]},
		{"PageCurrentVersion", testPageCurrentVersion[F]},
		{"ExtractIdempotent", testExtractIdempotent[F]},
		{"ArticleReplaced", testArticleReplaced[F]},
		{"NoArticle", testNoArticle[F]},
		{"FactsDropped", testFactsDropped[F]},
		{"FactsKept", testFactsKept[F]},
		{"ArticleResaved", testArticleResaved[F]},
		{"FactsTwiceInBatch", testFactsTwiceInBatch[F]},
		{"ResavedClaimed", testResavedClaimed[F]},
		{"SharedURL", testSharedURL[F]},
		{"CanonicalAcrossRuns", testCanonicalAcrossRuns[F]},
		{"OutletHealth", testOutletHealth[F]},
		{"FrontierAcrossRuns", testFrontierAcrossRuns[F]},
		{"FrontierRetry", testFrontierRetry[F]},
		{"FrontierOutcomeWhole", testFrontierOutcomeWhole[F]},
		{"Runs", testRuns[F]},
		{"CrawlStatus", testCrawlStatus[F]},
		{"Locks", testLocks[F]},
		{"ExtractClaims", testExtractClaims[F]},
		{"Pages", testPages[F]},
		{"SaveExtractions", func(t *testing.T, db DB[F]) { testSaveExtractions(t, open(t), db) }},
		{"SaveExtractionsClaimLost", testSaveExtractionsClaimLost[F]},
		{"Views", testViews[F]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.test(t, open(t)) })
	}
}

// count runs a query returning one integer and fails the test if it cannot.
func count[F crawl.Frontier](t *testing.T, db DB[F], query string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := db.QueryRow(t.Context(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
