package crawl

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// sharedPacer keeps the politeness of each host across all the crawl
// processes of a database: every request is booked in the store
// (SharedHosts), which lets it start only when the host's delay has
// passed since the last request to it was sent, by any process, none is
// being sent and fewer than its parallelism are in flight. The delay
// counts from when the last request was sent (not booked), so that a
// process that is slow to send one does not bring the next closer to it.
type sharedPacer struct {
	hosts    SharedHosts
	delays   *pacer         // each host's delay, and its holds as this process knows them
	parallel map[string]int // requests in flight per host, at most
	timeout  time.Duration  // a booking lapses after this, if its process died
	log      *slog.Logger
}

func (p *sharedPacer) setDelay(h string, d time.Duration) { p.delays.setDelay(h, d) }
func (p *sharedPacer) delay(h string) time.Duration       { return p.delays.delay(h) }

// holdUntil holds host h for every process until t.
func (p *sharedPacer) holdUntil(h string, t time.Time) {
	p.delays.holdUntil(h, t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.hosts.HoldHost(ctx, h, time.Until(t)); err != nil {
		p.log.Warn("holding a host for the other crawls", "host", h, "err", err)
	}
}

// start books a request to h with the store, waiting as long as it says
// until the booking is made.
func (p *sharedPacer) start(ctx context.Context, h string, maxHold time.Duration) (ticket, error) {
	parallel := max(p.parallel[h], 1)
	for {
		booking, wait, held, err := p.hosts.BookRequest(ctx, h, p.delays.delay(h), parallel, p.timeout)
		switch {
		case ctx.Err() != nil:
			return nil, context.Cause(ctx)
		case err != nil:
			return nil, err
		case booking != 0:
			return &sharedTicket{hosts: p.hosts, host: h, booking: booking, log: p.log, deferred: parallel == 1}, nil
		}
		// A pause the host asked for (Retry-After), or a Crawl-delay,
		// longer than the crawler waits: as the pacer does.
		if until := time.Now().Add(wait); wait > maxHold || held && pastDeadline(ctx, until) {
			reason := "Retry-After"
			if !held {
				reason = "robots.txt Crawl-delay " + p.delays.delay(h).String()
			}
			return nil, fmt.Errorf("%w until %s (%s)", errHostHeld, until.UTC().Format(time.RFC3339), reason)
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// sharedTicket tells the store when its request was sent and when it is
// over. With a parallelism of 1, the store hears both at once, when the
// request is over: no other request to the host may start before anyway,
// and one call is saved a request. Else sent runs on net/http's goroutine
// that wrote the request: it hands the store's call to a goroutine of its
// own, which done waits for. Either way the request counts as sent when it
// was written, not when the store heard of it: the next waits the delay,
// not the delay and the call.
type sharedTicket struct {
	hosts    SharedHosts
	host     string
	booking  int64
	log      *slog.Logger
	deferred bool // parallelism 1: sent is told with done

	once   sync.Once
	wg     sync.WaitGroup
	sentAt time.Time // set by sent when deferred
}

// ticketTimeout bounds the store's calls of a ticket.
const ticketTimeout = 10 * time.Second

func (t *sharedTicket) sent() {
	at := time.Now()
	t.once.Do(func() {
		if t.deferred {
			t.sentAt = at
			return
		}
		t.wg.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), ticketTimeout)
			defer cancel()
			if err := t.hosts.RequestSent(ctx, t.host, t.booking, time.Since(at)); err != nil {
				t.log.Warn("recording a request sent for the other crawls", "host", t.host, "err", err)
			}
		})
	})
}

func (t *sharedTicket) done() {
	t.once.Do(func() {}) // too late for sent: done records it
	t.wg.Wait()
	var ago time.Duration
	if !t.sentAt.IsZero() {
		ago = time.Since(t.sentAt)
	}
	ctx, cancel := context.WithTimeout(context.Background(), ticketTimeout)
	defer cancel()
	if err := t.hosts.RequestDone(ctx, t.host, t.booking, ago); err != nil {
		t.log.Warn("recording a request done for the other crawls", "host", t.host, "err", err)
	}
}
