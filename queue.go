package newsfacts

// Queue item kinds, as stored in crawl_queue.kind.
const (
	KindStart   = "start"   // a start page named by a source or a TARGET
	KindFeed    = "feed"    // an RSS or Atom feed
	KindSitemap = "sitemap" // a sitemap or sitemap index
	KindPage    = "page"    // a page listed by a feed or sitemap, or linked
)

// QueueItem is one URL in the crawl queue.
type QueueItem struct {
	ID       int64  // set by a frontier's Take
	URL      string // canonical form, as fetched
	FoundURL string // as found, if not the same as URL
	Host     string // host[:port] of URL
	Kind     string // KindStart, KindFeed, KindSitemap or KindPage
	Depth    int    // links followed from a start page
	Key      uint64 // colly's visit key of URL (see crawl_visited.key)
	Tries    int    // earlier runs in which its fetch failed
	// Attempt is set by Take in a store that leases queue rows to many
	// workers: the number of the take. An outcome that carries an older
	// number than the row's is a late writer's, whose lease ran out and
	// whose item another worker took; the store records nothing of it.
	Attempt int

	// Set by Take: the validators of the URL's last finished fetch, for a
	// conditional GET.
	ETag, LastModified string
}

// Disposition says what a frontier's Complete does with an item's queue row.
type Disposition int

// Dispositions of a queue row.
const (
	Drop  Disposition = iota // fetched, or skipped or failed for good: delete the row
	Retry                    // failed, may work later: keep it for another run, at most the frontier's MaxTries
	Keep                     // not tried (the run was stopped): leave it for the next run
)

// Outcome is what became of one queue item, for a frontier to record in
// one transaction.
type Outcome struct {
	Item  QueueItem
	Page  *Page       // stored as a store's InsertPage does, when not nil
	Found []QueueItem // URLs the response listed or linked to, queued as Add does

	// Done marks Item.Key as fetched, with the validators for the next
	// conditional GET. Revisit makes it due again in every later run.
	Done               bool
	Revisit            bool
	ETag, LastModified string
	// AlsoDone are the keys of other URLs the fetch answered for (the URL
	// after redirects, the page's rel=canonical URL): marked fetched too.
	AlsoDone []uint64

	Failure *Failure // recorded in fetch_failures when not nil
	Queue   Disposition
}

// Completion is what a frontier wrote for one Outcome.
type Completion struct {
	Inserted bool // Outcome.Page was a new row
	Added    int  // Found items queued
	Skipped  int  // Found items fetched by an earlier run and not due again
	GaveUp   bool // Retry asked, but the item had failed MaxTries runs: dropped
	Fenced   bool // the item's lease had run out and another worker took it: nothing recorded
	// Unclaimed is the canonical URL Outcome.Page named when another page
	// fetched from elsewhere holds it with other content: the page was
	// stored under its own URL instead (Page.ClaimsURL); "" otherwise.
	Unclaimed string
}
