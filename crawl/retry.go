package crawl

import (
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// retryPolicy decides whether a failed attempt is tried again, and when:
// exponential backoff with jitter, stretched to what Retry-After asks.
type retryPolicy struct {
	retries       int           // attempts after the first
	base          time.Duration // wait before the first retry, doubled for each next one
	maxBackoff    time.Duration // longest backoff
	maxRetryAfter time.Duration // longest Retry-After honoured; a longer one ends the retries
}

// retryableStatus reports whether a response status is worth asking again:
// the server timed out waiting for the request (408), asks for a pause
// (429) or failed (any 5xx: busy, overloaded or briefly broken; a server
// that answers 501 or 505 today may not tomorrow). Other statuses will not
// change by asking.
func retryableStatus(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500
}

// retryable reports whether err is a fault that may pass: a timeout, or a
// connection reset or closed before the answer was complete. A refused
// connection or an unknown host is not: it lasts longer than a retry waits,
// and the URL stays queued for the next run.
func retryable(err error) bool {
	var ne net.Error
	switch {
	case errors.Is(err, errAttemptTimeout),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE):
		return true
	case errors.As(err, &ne) && ne.Timeout():
		return true
	}
	return false
}

// next says whether to try again after attempt number attempt (1 for the
// first) ended with resp or err, and how long to wait first. A response
// with a retryable status asks again; Retry-After, when longer than the
// backoff, is the wait; longer than maxRetryAfter, it ends the retries.
func (p retryPolicy) next(attempt int, resp *http.Response, err error, now time.Time) (wait time.Duration, again bool) {
	if attempt > p.retries {
		return 0, false
	}
	switch {
	case err != nil && !retryable(err):
		return 0, false
	case err == nil && !retryableStatus(resp.StatusCode):
		return 0, false
	}
	wait = p.backoff(attempt)
	if resp != nil {
		if ra, ok := retryAfter(resp.Header.Get("Retry-After"), now); ok {
			if ra > p.maxRetryAfter {
				return 0, false
			}
			wait = max(wait, ra)
		}
	}
	return wait, true
}

// backoff is the wait before retry number n (1 for the first): base·2ⁿ⁻¹,
// at most maxBackoff, with "equal jitter" (half of it random) so that many
// requests that failed together do not all come back together.
func (p retryPolicy) backoff(n int) time.Duration {
	d := p.base
	for i := 1; i < n && d < p.maxBackoff; i++ {
		d *= 2
	}
	d = min(d, p.maxBackoff)
	if d <= 0 {
		return 0
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

// retryAfter parses a Retry-After value: delay-seconds or an HTTP date
// (RFC 9110, 10.2.3). ok is false if v is empty or neither.
func retryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0, false
		}
		return time.Duration(s) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}
