package newsfacts

import "time"

// Run statuses as stored in crawl_runs.status.
const (
	RunRunning     = "running"
	RunOK          = "ok"          // every URL fetched or skipped for a reason
	RunPartial     = "partial"     // finished, some URLs failed
	RunFailed      = "failed"      // stopped by a fatal error
	RunInterrupted = "interrupted" // stopped by a signal or the run timeout
)

// Run is one crawl_runs row: what a crawl was asked to do and what it did.
type Run struct {
	ID          int64
	StartedAt   time.Time
	FinishedAt  time.Time
	Status      string
	Targets     []string
	UserAgent   string
	Fetched     int64
	Stored      int64
	Unchanged   int64
	NotModified int64
	Skipped     int64
	Failed      int64
	Gone        int64 // of Failed, linked pages that answered 404 or 410: not a failed run
	Bytes       int64
	Error       string
}

// Failure is one URL a crawl run could not fetch.
type Failure struct {
	RunID    int64
	URL      string
	Status   int // HTTP status if the server answered, else 0
	Err      string
	Attempts int
}
