package crawl

import (
	"fmt"
	"time"
)

// Bounds of the settings: past them a crawl is no longer polite, fast or
// bounded in memory, and a value there is a typo or a hostile
// configuration. Config.Check and LoadSources hold settings to them;
// cmd/crawl's flags are checked with Check.
const (
	MaxDepthLimit       = 20               // links followed from a start page; news sites need two or three
	MaxParallelismLimit = 32               // requests at once to one host; each may hold a page of MaxBodySize
	MaxRetriesLimit     = 10               // retries of one request
	MaxDelayLimit       = 10 * time.Minute // pause between requests to one host
	MaxTimeoutLimit     = 10 * time.Minute // one request attempt
	MaxBodySizeLimit    = 64 << 20         // bytes of one page, held in memory while it is stored
	MaxBackoffLimit     = 10 * time.Minute // wait before the first retry
	MaxRetryAfterLimit  = time.Hour        // longest Retry-After, or robots.txt Crawl-delay, waited for
)

// Check returns an error that names the setting and its range when one of
// c's settings is out of its bounds, or makes no sense (a negative wait).
// Flag names are used: -depth, -parallel, and so on.
func (c Config) Check() error {
	intIn := func(name string, v, lo, hi int) error {
		if v < lo || v > hi {
			return fmt.Errorf("-%s %d: want %d to %d", name, v, lo, hi)
		}
		return nil
	}
	durIn := func(name string, v, hi time.Duration) error {
		if v < 0 || v > hi {
			return fmt.Errorf("-%s %s: want 0s to %s", name, v, hi)
		}
		return nil
	}
	for _, err := range []error{
		intIn("depth", c.MaxDepth, 0, MaxDepthLimit),
		intIn("parallel", c.Parallelism, 1, MaxParallelismLimit),
		intIn("retries", c.Retries, 0, MaxRetriesLimit),
		durIn("delay", c.Delay, MaxDelayLimit),
		durIn("backoff", c.Backoff, MaxBackoffLimit),
		durIn("max-retry-after", c.MaxRetryAfter, MaxRetryAfterLimit),
	} {
		if err != nil {
			return err
		}
	}
	switch {
	case c.Timeout <= 0 || c.Timeout > MaxTimeoutLimit:
		return fmt.Errorf("-request-timeout %s: want more than 0s, up to %s", c.Timeout, MaxTimeoutLimit)
	case c.MaxBodySize < 1 || c.MaxBodySize > MaxBodySizeLimit:
		return fmt.Errorf("-max-body %d: want 1 to %d bytes", c.MaxBodySize, MaxBodySizeLimit)
	case c.Delay > c.MaxRetryAfter:
		// A host is never waited for longer than that (pacer.wait): each
		// next request to it would be left for the next run.
		return fmt.Errorf("-delay %s: want at most -max-retry-after (%s)", c.Delay, c.MaxRetryAfter)
	case c.Since < 0 || c.RevisitAfter < 0 || c.LockWait < 0:
		return fmt.Errorf("-since, -revisit-after and -wait must be ≥ 0")
	}
	return nil
}

// checkBounds returns an error that names the setting and its range when
// one of s's depth, parallel and delay is out of the bounds of the flags
// they override.
func (s *Source) checkBounds() error {
	switch {
	case s.Depth != nil && (*s.Depth < 0 || *s.Depth > MaxDepthLimit):
		return fmt.Errorf("depth %d: want 0 to %d", *s.Depth, MaxDepthLimit)
	case s.Parallel < 0 || s.Parallel > MaxParallelismLimit:
		return fmt.Errorf("parallel %d: want 1 to %d (0 or none: -parallel)", s.Parallel, MaxParallelismLimit)
	case s.Delay < 0 || s.Delay > MaxDelayLimit:
		return fmt.Errorf("delay %s: want 0s to %s", s.Delay, MaxDelayLimit)
	}
	return nil
}
