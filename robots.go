package newsfacts

// RobotsFile is a host's robots.txt as a crawl worker read it, for the
// other workers of its round to read the same rules without asking the host
// again.
type RobotsFile struct {
	Status   int    // HTTP status of the last answer; 0 if none came
	Body     []byte // the file, when Status is 2xx
	Err      string // why no answer came (timeout, refused …); "" if one did
	Attempts int    // requests sent for it, retries included
}
