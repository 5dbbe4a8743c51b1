package newsfacts

import "time"

// Page is one fetched response as a store keeps it.
type Page struct {
	ID           int64
	URL          string // canonical form: the deduplication key
	RequestedURL string
	FinalURL     string
	FoundURL     string // as found in a feed, sitemap or link, if not the same as RequestedURL
	Status       int
	ContentType  string
	ETag         string
	LastModified string
	Headers      map[string]string // the response headers that matter
	FetchedAt    time.Time
	Body         []byte
	Hash         string // hex sha256 of Body; a store fills it when it stores the page
	RunID        int64  // 0 when not fetched by a crawl run
	Source       string // the name of the sources file's [[source]] it was crawled for; "" for a bare URL or a file
}
