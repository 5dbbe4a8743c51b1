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
	p.wait(ctx, "a.kr") // the first request: at once
	p.setDelay("a.kr", 100*time.Millisecond)
	p.wait(ctx, "a.kr") // 100ms after the first
	p.wait(ctx, "b.kr") // another host: at once
	p.holdUntil("a.kr", start.Add(300*time.Millisecond))
	p.wait(ctx, "a.kr") // held to 300ms
	if d := time.Since(start); d < 300*time.Millisecond {
		t.Errorf("three requests to a.kr took %s, want ≥ 300ms", d)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	cancel(errors.New("stop"))
	p.setDelay("a.kr", time.Hour)
	if err := p.wait(ctx, "a.kr"); err == nil || err.Error() != "stop" {
		t.Errorf("wait after cancel = %v, want the cause at once", err)
	}
}
