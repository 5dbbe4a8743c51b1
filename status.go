package newsfacts

// CrawlStatus is what `crawl -status` shows of a store: the queue, the
// last runs, the failures of the newest run and each outlet's health on
// its latest day of fetching.
type CrawlStatus struct {
	Queue    []QueueCount // per kind, then per host (the ten busiest, busiest first)
	Retrying int64        // queued URLs whose fetch failed in an earlier run
	Runs     []Run        // the newest first
	Failures []Failure    // of the newest run, in the order they were recorded
	Health   []OutletDay  // each outlet's latest day, by outlet
}

// QueueCount is how many URLs wait in the queue for one kind or host.
type QueueCount struct {
	Kind, Host string // one of the two is set
	URLs       int64
}
