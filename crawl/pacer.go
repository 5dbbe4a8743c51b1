package crawl

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// politeness spaces and bounds the requests to each host: pacer, for a
// crawl alone on its database, or sharedPacer, for processes that share
// one (SharedHosts).
type politeness interface {
	// setDelay sets the delay between requests to host h (host[:port]).
	setDelay(h string, d time.Duration)
	// delay returns the delay between requests to host h.
	delay(h string) time.Duration
	// holdUntil keeps every request to host h waiting until t: the host
	// asked for a pause (Retry-After).
	holdUntil(h string, t time.Time)
	// start blocks until a request to host h may start and books it. It
	// returns ctx's cause if ctx ends first, and an error wrapping
	// errHostHeld at once if h is held longer than maxHold from now or
	// past ctx's deadline. The ticket it returns is told when the request
	// has been sent and when it is over.
	start(ctx context.Context, h string, maxHold time.Duration) (ticket, error)
}

// ticket is a request booked by politeness.start.
type ticket interface {
	sent() // the request is on its way to the host
	done() // the request is over, sent or not; called once, last
}

// errHostHeld is the error for a request to a host that asked for a pause
// (Retry-After) longer than the crawler waits, or lasting past the run's
// deadline: the URL is left queued, untried, for a later run.
var errHostHeld = errors.New("host asked for a pause")

// pacer spaces the requests to each host: a request may start no sooner
// than the host's delay after the previous one started. It replaces colly's
// LimitRule.Delay, which sleeps after each request while holding the
// host's slot, in a way a stopped run cannot cut short; the pacer's waits
// end with the run's context, and they cover every request the transport
// sends: retries, redirects and robots.txt included.
type pacer struct {
	mu    sync.Mutex
	def   time.Duration // delay of hosts not set
	hosts map[string]*pace
}

type pace struct {
	delay time.Duration
	last  time.Time // start of the last request booked
	hold  time.Time // no request before this (Retry-After)
}

func newPacer(def time.Duration) *pacer {
	return &pacer{def: def, hosts: make(map[string]*pace)}
}

func (p *pacer) host(h string) *pace {
	hp := p.hosts[h]
	if hp == nil {
		hp = &pace{delay: p.def}
		p.hosts[h] = hp
	}
	return hp
}

// setDelay sets the delay between requests to host h (host[:port]),
// counted from the last request already booked.
func (p *pacer) setDelay(h string, d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.host(h).delay = d
}

// delay returns the delay between requests to host h.
func (p *pacer) delay(h string) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.host(h).delay
}

// holdUntil keeps every request to host h waiting until t: the host asked
// for a pause (Retry-After).
func (p *pacer) holdUntil(h string, t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if hp := p.host(h); t.After(hp.hold) {
		hp.hold = t
	}
}

// noTicket is the ticket of a request booked by a pacer: the pacer books
// the start, and needs to hear nothing more.
type noTicket struct{}

func (noTicket) sent() {}
func (noTicket) done() {}

// start waits (wait) and returns a ticket that needs nothing.
func (p *pacer) start(ctx context.Context, h string, maxHold time.Duration) (ticket, error) {
	if err := p.wait(ctx, h, maxHold); err != nil {
		return nil, err
	}
	return noTicket{}, nil
}

// wait blocks until a request to host h may start and books that start. It
// returns ctx's cause if ctx ends first. If h is held (holdUntil) for longer
// than maxHold from now, or past ctx's deadline, or its delay (a robots.txt
// Crawl-delay) puts the start further than maxHold away, it books nothing
// and returns an error wrapping errHostHeld at once.
func (p *pacer) wait(ctx context.Context, h string, maxHold time.Duration) error {
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	p.mu.Lock()
	hp := p.host(h)
	now := time.Now()
	if hold := hp.hold; hold.Sub(now) > maxHold || pastDeadline(ctx, hold) {
		p.mu.Unlock()
		return fmt.Errorf("%w until %s", errHostHeld, hold.UTC().Format(time.RFC3339))
	}
	start := now
	if !hp.last.IsZero() {
		start = maxTime(start, hp.last.Add(hp.delay))
	}
	start = maxTime(start, hp.hold)
	if start.Sub(now) > maxHold {
		// A Crawl-delay longer than the crawler waits: the host asked
		// for it as for a Retry-After.
		p.mu.Unlock()
		return fmt.Errorf("%w until %s (robots.txt Crawl-delay %s)", errHostHeld, start.UTC().Format(time.RFC3339), hp.delay)
	}
	hp.last = start
	p.mu.Unlock()
	return sleep(ctx, start.Sub(now))
}

// pastDeadline reports whether t is after ctx's deadline, if it has one.
func pastDeadline(ctx context.Context, t time.Time) bool {
	d, ok := ctx.Deadline()
	return ok && t.After(d)
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// sleep waits for d or until ctx ends, and then returns ctx's cause.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}
