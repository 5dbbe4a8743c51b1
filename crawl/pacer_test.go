package crawl

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestPacer(t *testing.T) {
	p := newPacer(0)
	ctx := t.Context()
	start := time.Now()
	p.wait(ctx, "a.kr", time.Minute) // the first request: at once
	p.setDelay("a.kr", 100*time.Millisecond)
	p.wait(ctx, "a.kr", time.Minute) // 100ms after the first
	p.wait(ctx, "b.kr", time.Minute) // another host: at once
	p.holdUntil("a.kr", start.Add(300*time.Millisecond))
	p.wait(ctx, "a.kr", time.Minute) // held to 300ms
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("three requests to a.kr took %s, want ≥ 300ms", d)
	}
	// A pause longer than the crawler waits, or past the run's end, is
	// an error at once.
	p.holdUntil("b.kr", time.Now().Add(time.Hour))
	if err := p.wait(ctx, "b.kr", time.Minute); !errors.Is(err, errHostHeld) {
		t.Errorf("wait on a host held for an hour = %v, want errHostHeld", err)
	}
	p.holdUntil("c.kr", time.Now().Add(time.Second))
	dctx, dcancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer dcancel()
	if err := p.wait(dctx, "c.kr", time.Minute); !errors.Is(err, errHostHeld) {
		t.Errorf("wait on a host held past the deadline = %v, want errHostHeld", err)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	cancel(errors.New("stop"))
	p.setDelay("a.kr", time.Hour)
	if err := p.wait(ctx, "a.kr", time.Minute); err == nil || err.Error() != "stop" {
		t.Errorf("wait after cancel = %v, want the cause at once", err)
	}
}

// TestPacerCrawlDelayBounded: a robots.txt that asks for a Crawl-delay
// longer than the crawler waits (hostile or careless: 1,000,000 seconds)
// gets its first request, then holds the host, its URLs left queued for
// the next run, where the crawler would otherwise sleep for days.
func TestPacerCrawlDelayBounded(t *testing.T) {
	p := newPacer(0)
	ctx := t.Context()
	p.setDelay("a.kr", 1_000_000*time.Second)
	if err := p.wait(ctx, "a.kr", time.Minute); err != nil {
		t.Fatalf("first request: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- p.wait(ctx, "a.kr", time.Minute) }()
	select {
	case err := <-done:
		if !errors.Is(err, errHostHeld) {
			t.Errorf("second request = %v, want errHostHeld", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the second request waits for the Crawl-delay of 1,000,000 s")
	}
}
