package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptrace"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Errors the transport returns for a response it will not hand on.
var (
	// ErrBodyTooLarge is a body over the size limit. colly would silently
	// truncate it; a truncated page must never be stored. The limit counts
	// decoded bytes, so it also stops a gzip bomb.
	ErrBodyTooLarge = errors.New("response body too large")
	// ErrContentEncoding is a body in a compression the crawler did not ask
	// for and cannot decode: its bytes would be stored as garbage.
	ErrContentEncoding = errors.New("unsupported content encoding")
	// errAttemptTimeout ends one attempt that took longer than the
	// per-request timeout; it is retried.
	errAttemptTimeout = errors.New("request timed out")
)

// slotHeader carries the ID of a fetch's slot from the crawler, through
// colly, to the transport, which takes it off before the request leaves.
// net/http copies it onto the requests of redirects.
const slotHeader = "X-Newsfacts-Slot"

// slot is what the transport saw of one fetch, for the crawler that made
// it. colly gets an empty body: the crawler takes the bytes from the slot,
// exactly as served, where colly would copy them and, when Content-Type
// names a charset other than UTF-8, convert them.
//
// A slot is written by the goroutine that runs the fetch (net/http calls
// RoundTrip on the caller's goroutine) and read by it after the fetch.
type slot struct {
	maxBody int64 // body size limit; 0 for the transport's
	// cutBody cuts a body over maxBody there (cut is set) where it would
	// fail: for robots.txt, of which RFC 9309 asks to read the first 500
	// KiB, and for listings, read up to the sitemap protocol's limit.
	cutBody bool
	// spool, if set, receives the body in place of memory: a listing may
	// be 50 MiB, and is read from there token by token (listing.go).
	spool *os.File

	hops     []string // URLs requested, redirects included
	attempts int      // requests sent for the last URL of hops, retries included
	status   int      // of the last response; 0 if none
	header   http.Header
	body     []byte // the body, unless spooled
	size     int64  // bytes of the body, in body or spool
	cut      bool   // the body went on past maxBody, and was cut there
	err      error  // why the last request failed, if it did
}

// bodyReader returns a reader of the slot's body, from its start.
func (s *slot) bodyReader() (io.Reader, error) {
	if s.spool == nil {
		return bytes.NewReader(s.body), nil
	}
	if _, err := s.spool.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("spooled body: %w", err)
	}
	return io.LimitReader(s.spool, s.size), nil
}

// transport is the crawler's http.RoundTripper, under colly: it paces the
// requests to each host, retries those that fail in passing, bounds each
// attempt in time and each body in size, and reads whole bodies, so that a
// body cut short is an error and never a page.
type transport struct {
	base    http.RoundTripper
	pace    politeness
	retry   retryPolicy
	timeout time.Duration // per attempt, body included
	maxBody int64
	log     *slog.Logger

	slots   sync.Map // slot ID → *slot
	nextID  atomic.Uint64
	scratch sync.Pool // *[]byte: buffers to read bodies of unknown length into (readBody)
}

// open registers the slot s of a fetch, with its limits set, and returns
// the header value that names it.
func (t *transport) open(s *slot) (id string) {
	id = strconv.FormatUint(t.nextID.Add(1), 10)
	t.slots.Store(id, s)
	return id
}

// close forgets the slot named id.
func (t *transport) close(id string) { t.slots.Delete(id) }

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	var s *slot
	if id := req.Header.Get(slotHeader); id != "" {
		if v, ok := t.slots.Load(id); ok {
			s = v.(*slot)
		}
		req = req.Clone(req.Context()) // RoundTrip must not change the caller's request
		req.Header.Del(slotHeader)
	}
	limit := t.maxBody
	if s != nil {
		if s.maxBody > 0 {
			limit = s.maxBody
		}
		s.hops = append(s.hops, req.URL.String())
		s.attempts, s.status, s.header, s.body, s.size, s.cut, s.err = 0, 0, nil, nil, 0, false, nil
	}
	resp, body, err := t.do(req, limit, s)
	if s != nil {
		s.err = err
		if resp != nil {
			s.status, s.header = resp.StatusCode, resp.Header
		}
	}
	if err != nil {
		return nil, err
	}
	if s != nil {
		s.body = body
		body = nil
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	resp.Uncompressed = true // decoded already: colly must not gunzip it (without a limit)
	return resp, nil
}

// do sends req until it succeeds, fails for good or runs out of retries.
func (t *transport) do(req *http.Request, limit int64, s *slot) (*http.Response, []byte, error) {
	ctx := req.Context()
	for attempt := 1; ; attempt++ {
		tk, err := t.pace.start(ctx, req.URL.Host, t.retry.maxRetryAfter)
		if err != nil {
			return nil, nil, err
		}
		resp, body, err := t.try(req, limit, s, tk)
		tk.done()
		if s != nil {
			s.attempts++
		}
		if ctx.Err() != nil {
			return nil, nil, context.Cause(ctx)
		}
		now := time.Now()
		if resp != nil && retryableStatus(resp.StatusCode) {
			if ra, ok := retryAfter(resp.Header.Get("Retry-After"), now); ok && ra > 0 {
				// The host asked for a pause: no request to it before
				// then, whether this one is retried or not. A pause
				// longer than the crawler waits leaves the host's other
				// URLs queued for a later run (pacer.wait).
				t.pace.holdUntil(req.URL.Host, now.Add(ra))
			}
		}
		wait, again := t.retry.next(attempt, resp, err, now)
		if !again {
			return resp, body, err
		}
		reason := "error"
		if err != nil {
			reason = err.Error()
		} else {
			reason = resp.Status
		}
		t.log.Debug("retrying", "url", req.URL.String(), "attempt", attempt, "wait", wait, "reason", reason)
		if err := sleep(ctx, wait); err != nil {
			return nil, nil, err
		}
	}
}

// try sends req once and reads the whole body within the per-request
// timeout: into memory, or into s's spool if it has one; a body over limit
// fails, or is cut there if s says so. It tells tk when the request has
// been written. It returns the response with its body read and closed;
// with an error, the response if there was one.
func (t *transport) try(req *http.Request, limit int64, s *slot, tk ticket) (*http.Response, []byte, error) {
	ctx, cancel := context.WithTimeoutCause(req.Context(), t.timeout, errAttemptTimeout)
	defer cancel()
	if _, none := tk.(noTicket); !none {
		ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
			WroteRequest: func(httptrace.WroteRequestInfo) { tk.sent() },
		})
	}
	resp, err := t.base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return nil, nil, attemptError(ctx, t.timeout, err)
	}
	defer resp.Body.Close()
	// net/http asked for gzip and decoded it (and dropped the header); any
	// other encoding left is one the server chose alone.
	if ce := resp.Header.Get("Content-Encoding"); ce != "" && !strings.EqualFold(ce, "identity") {
		return resp, nil, fmt.Errorf("%w %q", ErrContentEncoding, ce)
	}
	var (
		body []byte
		n    int64
	)
	if s != nil && s.spool != nil {
		n, err = spoolBody(s.spool, resp.Body, limit+1)
	} else {
		body, err = readBody(resp.Body, limit+1, resp.ContentLength, &t.scratch)
		n = int64(len(body))
	}
	if err != nil {
		return resp, nil, attemptError(ctx, t.timeout, fmt.Errorf("read body: %w", err))
	}
	if n > limit {
		if s == nil || !s.cutBody {
			return resp, nil, fmt.Errorf("%w: more than %d bytes", ErrBodyTooLarge, limit)
		}
		n, body = limit, body[:min(int64(len(body)), limit)]
		s.cut = true
	}
	if s != nil {
		s.size = n
	}
	return resp, body, nil
}

// spoolBody writes what r has, to its end or to max bytes, to f from its
// start, and returns the number of bytes written.
func spoolBody(f *os.File, r io.Reader, max int64) (int64, error) {
	if err := f.Truncate(0); err != nil {
		return 0, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	n, err := io.Copy(f, io.LimitReader(r, max))
	return n, err
}

// readBody reads r to its end, or to max bytes, as io.ReadAll of an
// io.LimitReader does, without growing a buffer from 512 bytes by copying.
// When the response declared its length (size; -1 if it did not), the
// body is read into a buffer that large plus a byte to see the end (up to
// maxPrealloc, so that a length declared and not sent costs little).
// Otherwise (chunked, or gzipped and decoded) it is read into a buffer from
// scratch, grown as need be and kept for the next body, and copied once
// into one of its size.
func readBody(r io.Reader, max, size int64, scratch *sync.Pool) ([]byte, error) {
	if size >= 0 {
		return readInto(make([]byte, 0, min(size+1, max, maxPrealloc)), r, max)
	}
	bp, _ := scratch.Get().(*[]byte)
	if bp == nil {
		bp = new([]byte)
	}
	buf, err := readInto((*bp)[:0], r, max)
	body := bytes.Clone(buf)
	if cap(buf) <= maxPrealloc {
		*bp = buf[:0]
		scratch.Put(bp)
	}
	return body, err
}

// readInto appends what r has, to its end or to max bytes, to buf.
func readInto(buf []byte, r io.Reader, max int64) ([]byte, error) {
	if cap(buf) == 0 {
		buf = make([]byte, 0, min(4096, max))
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow
		}
		m, err := r.Read(buf[len(buf):min(int64(cap(buf)), max)])
		buf = buf[:len(buf)+m]
		switch {
		case err == io.EOF:
			return buf, nil
		case err != nil:
			return buf, err
		case int64(len(buf)) >= max:
			return buf, nil
		}
	}
}

// maxPrealloc bounds the buffer readBody makes for a declared length, and
// the buffers it keeps.
const maxPrealloc = 1 << 20

// attemptError says "request timed out" when the attempt's own deadline,
// not the run's context, ended it.
func attemptError(ctx context.Context, timeout time.Duration, err error) error {
	if errors.Is(context.Cause(ctx), errAttemptTimeout) {
		return fmt.Errorf("%w after %s", errAttemptTimeout, timeout)
	}
	return err
}
