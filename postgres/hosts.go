package postgres

import (
	"context"
	"fmt"
	"time"
)

// BookRequest books a request to host for the frontier's worker (see
// crawl_book in migration 0008), if it may be sent now: no request to the
// host, by any worker, was sent less than delay ago or is being sent, fewer
// than parallel are in flight, and the host asked for no pause. It returns
// the booking, not zero. Else it returns 0 and how long to wait before
// asking again; held says the host asked for that pause (Retry-After). A
// booking neither sent nor done within timeout (its worker died) lapses.
func (f *Frontier) BookRequest(ctx context.Context, host string, delay time.Duration, parallel int, timeout time.Duration) (booking int64, wait time.Duration, held bool, err error) {
	var waitMS int64
	err = f.db.pool.QueryRow(ctx, `SELECT booking, wait_ms, held FROM crawl_book($1, $2, $3, $4, $5)`,
		host, f.runID, delay.Milliseconds(), parallel, timeout.Milliseconds()).Scan(&booking, &waitMS, &held)
	if err != nil {
		return 0, 0, false, fmt.Errorf("book request to %s: %w", host, err)
	}
	return booking, time.Duration(waitMS) * time.Millisecond, held, nil
}

// RequestSent records that the request booked was sent ago before now:
// the next to the host may start a delay after that. ago is measured by
// the caller up to the call, so the time recorded is never earlier than
// the request was sent.
func (f *Frontier) RequestSent(ctx context.Context, host string, booking int64, ago time.Duration) error {
	_, err := f.db.pool.Exec(ctx, `
		UPDATE crawl_hosts SET last_start = clock_timestamp() - $3 * interval '1 microsecond', sending = NULL, sending_until = NULL
		WHERE host = $1 AND sending = $2`, host, booking, ago.Microseconds())
	if err != nil {
		return fmt.Errorf("request to %s sent: %w", host, err)
	}
	return nil
}

// RequestDone records that the request booked is over: in flight no more,
// and, if it was not marked sent (RequestSent), sent ago before now.
func (f *Frontier) RequestDone(ctx context.Context, host string, booking int64, ago time.Duration) error {
	_, err := f.db.pool.Exec(context.WithoutCancel(ctx), `
		WITH d AS (DELETE FROM crawl_host_requests WHERE id = $2)
		UPDATE crawl_hosts SET last_start = clock_timestamp() - $3 * interval '1 microsecond', sending = NULL, sending_until = NULL
		WHERE host = $1 AND sending = $2`, host, booking, ago.Microseconds())
	if err != nil {
		return fmt.Errorf("request to %s done: %w", host, err)
	}
	f.churn(1)
	return nil
}

// HoldHost makes every worker wait d before its next request to host: the
// host asked for a pause (Retry-After).
func (f *Frontier) HoldHost(ctx context.Context, host string, d time.Duration) error {
	_, err := f.db.pool.Exec(ctx, `
		INSERT INTO crawl_hosts (host, hold_until) VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond')
		ON CONFLICT (host) DO UPDATE SET hold_until = greatest(crawl_hosts.hold_until, excluded.hold_until)`,
		host, d.Milliseconds())
	if err != nil {
		return fmt.Errorf("hold %s: %w", host, err)
	}
	return nil
}
