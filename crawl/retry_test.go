package crawl

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"syscall"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 4, 18, 2, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{"0", 0, true},
		{"Fri, 18 Apr 2025 02:00:30 GMT", 30 * time.Second, true},
		{"Fri, 18 Apr 2025 01:00:00 GMT", 0, true}, // in the past: now
		{"-5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoff(t *testing.T) {
	p := retryPolicy{retries: 10, base: 100 * time.Millisecond, maxBackoff: time.Second}
	for n, want := range []time.Duration{100, 200, 400, 800, 1000, 1000} {
		want *= time.Millisecond
		for range 50 {
			if got := p.backoff(n + 1); got < want/2 || got > want {
				t.Fatalf("backoff(%d) = %s, want in [%s, %s]", n+1, got, want/2, want)
			}
		}
	}
}

func TestRetryNext(t *testing.T) {
	p := retryPolicy{retries: 2, base: 10 * time.Millisecond, maxBackoff: time.Second, maxRetryAfter: time.Minute}
	now := time.Now()
	status := func(code int, retryAfter string) *http.Response {
		r := &http.Response{StatusCode: code, Header: http.Header{}}
		if retryAfter != "" {
			r.Header.Set("Retry-After", retryAfter)
		}
		return r
	}
	tests := []struct {
		name    string
		attempt int
		resp    *http.Response
		err     error
		again   bool
		minWait time.Duration
	}{
		{"503", 1, status(503, ""), nil, true, 5 * time.Millisecond},
		{"500 after the last retry", 3, status(500, ""), nil, false, 0},
		{"429 with Retry-After", 1, status(429, "2"), nil, true, 2 * time.Second},
		{"429 asking too long", 1, status(429, "3600"), nil, false, 0},
		{"404", 1, status(404, ""), nil, false, 0},
		{"501", 1, status(501, ""), nil, true, 5 * time.Millisecond},
		{"507", 1, status(507, ""), nil, true, 5 * time.Millisecond},
		{"599", 2, status(599, ""), nil, true, 10 * time.Millisecond},
		{"408", 1, status(408, ""), nil, true, 5 * time.Millisecond},
		{"499", 1, status(499, ""), nil, false, 0},
		{"timeout", 1, nil, fmt.Errorf("%w after 1s", errAttemptTimeout), true, 5 * time.Millisecond},
		{"reset", 2, nil, fmt.Errorf("read: %w", syscall.ECONNRESET), true, 10 * time.Millisecond},
		{"cut short", 1, nil, io.ErrUnexpectedEOF, true, 0},
		{"refused", 1, nil, syscall.ECONNREFUSED, false, 0},
		{"too large", 1, status(200, ""), fmt.Errorf("%w: more than 10 bytes", ErrBodyTooLarge), false, 0},
		{"other", 1, nil, errors.New("tls: bad certificate"), false, 0},
	}
	for _, tt := range tests {
		wait, again := p.next(tt.attempt, tt.resp, tt.err, now)
		if again != tt.again || wait < tt.minWait {
			t.Errorf("%s: next = %s, %v; want again %v, wait ≥ %s", tt.name, wait, again, tt.again, tt.minWait)
		}
	}
}
