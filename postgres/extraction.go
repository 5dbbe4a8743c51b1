package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultLease is how long a crawl worker's queue rows and an extraction's
// pages stay claimed without a heartbeat: a process killed by SIGKILL
// holds them that long at most. A live process renews its claims every
// third of it.
const DefaultLease = 30 * time.Second

// extraction is the extraction a DB runs: its holder name in
// extract_claims, the pages it claimed and has not saved yet, and the
// heartbeat that renews their leases.
type extraction struct {
	mu     sync.Mutex
	holder string         // "" when no extraction runs
	held   map[int64]bool // a page claimed: whether an extractor processed it before
	stop   func()
}

// holderName names a claimant for the claim tables: host, process and a
// random part, so that two handles of one process differ.
func holderName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(b))
}

// BeginExtract starts this handle's extraction: it takes no lock, as any
// number of extractions may work on the database at once, each claiming
// the pages it extracts (ClaimPages). A heartbeat renews the claims every
// third of db.Lease while the extraction runs. end stops it and gives back
// the pages claimed and not saved. wait is not used. It returns an error if
// the handle runs an extraction already.
func (db *DB) BeginExtract(ctx context.Context, wait time.Duration) (end func() error, err error) {
	x := &db.extraction
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.holder != "" {
		return nil, errors.New("begin extract: this database handle runs an extraction already")
	}
	x.holder, x.held = holderName(), make(map[int64]bool)
	holder := x.holder
	x.stop = db.heartbeat(ctx, func(ctx context.Context) error {
		_, err := db.pool.Exec(ctx, `UPDATE extract_claims SET lease_until = now() + $2 * interval '1 millisecond' WHERE holder = $1`,
			holder, db.Lease.Milliseconds())
		return err
	})
	return func() error {
		x.mu.Lock()
		stop := x.stop
		x.holder, x.held, x.stop = "", nil, nil
		x.mu.Unlock()
		stop()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if _, err := db.pool.Exec(ctx, `DELETE FROM extract_claims WHERE holder = $1`, holder); err != nil {
			return fmt.Errorf("end extract: give back claimed pages: %w", err)
		}
		return nil
	}, nil
}

// heartbeat runs beat every third of db.Lease until the returned function
// is called or ctx ends. A beat that fails is tried again at the next: if
// none gets through before the claims run out, other processes take them
// over and this one's late writes are refused.
func (db *DB) heartbeat(ctx context.Context, beat func(ctx context.Context) error) (stop func()) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	every := max(db.Lease/3, time.Millisecond)
	go func() {
		defer close(done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				bctx, bcancel := context.WithTimeout(ctx, every+time.Second)
				beat(bctx)
				bcancel()
			}
		}
	}()
	return func() {
		cancel()
		<-done
	}
}

// The statements of ClaimPages.
const (
	// qClaimPages claims the next pending pages that no live claim
	// holds, skipping those another transaction is claiming, and takes
	// over the claims that ran out.
	qClaimPages = `
		WITH c AS (
			SELECT c.page_id FROM page_current c
			LEFT JOIN page_extractions e ON e.page_id = c.page_id
			LEFT JOIN extract_claims l ON l.page_id = c.page_id
			WHERE (e.version IS NULL OR e.version <> $1) AND c.page_id > $2
			  AND (l.page_id IS NULL OR l.lease_until < now())
			ORDER BY c.page_id LIMIT $3
			FOR UPDATE OF c SKIP LOCKED)
		INSERT INTO extract_claims (page_id, holder, lease_until)
		SELECT page_id, $4, now() + $5 * interval '1 millisecond' FROM c
		ON CONFLICT (page_id) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
		WHERE extract_claims.lease_until < now()
		RETURNING page_id, EXISTS (SELECT FROM page_extractions e WHERE e.page_id = extract_claims.page_id)`
	// qHeldPages counts the pending pages other extractions hold.
	qHeldPages = `
		SELECT count(*) FROM extract_claims l
		JOIN page_current c ON c.page_id = l.page_id
		LEFT JOIN page_extractions e ON e.page_id = l.page_id
		WHERE l.holder <> $2 AND (e.version IS NULL OR e.version <> $1)`
)

// ClaimPages claims for this handle's extraction (BeginExtract), oldest
// first, up to n IDs greater than after of the pages that the extractor of
// the given version has not processed and that no other extraction holds,
// and returns them. A page whose claim ran out (its extraction died) is
// taken over. When none is free, held is the number of pending pages other
// extractions hold. It returns an error if no extraction runs.
func (db *DB) ClaimPages(ctx context.Context, version string, after int64, n int) (ids []int64, held int, err error) {
	holder := db.extraction.name()
	if holder == "" {
		return nil, 0, errors.New("claim pages: no extraction begun")
	}
	rows, err := db.pool.Query(ctx, qClaimPages, version, after, n, holder, db.Lease.Milliseconds())
	if err != nil {
		return nil, 0, fmt.Errorf("claim pages: %w", err)
	}
	// Whether each page was extracted before: only such a page's
	// article may be stored as the extractor makes it (restamp.go).
	again := map[int64]bool{}
	var (
		id     int64
		before bool
	)
	if _, err := pgx.ForEachRow(rows, []any{&id, &before}, func() error {
		ids, again[id] = append(ids, id), before
		return nil
	}); err != nil {
		return nil, 0, fmt.Errorf("claim pages: %w", err)
	}
	if len(ids) > 0 {
		slices.Sort(ids)
		db.extraction.hold(again)
		return ids, 0, nil
	}
	if err := db.pool.QueryRow(ctx, qHeldPages, version, holder).Scan(&held); err != nil {
		return nil, 0, fmt.Errorf("claim pages: %w", err)
	}
	return nil, held, nil
}

func (x *extraction) name() string {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.holder
}

// hold records the pages claimed, and whether each was extracted before.
func (x *extraction) hold(again map[int64]bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for id, before := range again {
		x.held[id] = before
	}
}

// claimed returns the holder name of the extraction and whether it
// claimed page id and has not saved it yet.
func (x *extraction) claimed(id int64) (holder string, ok bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	_, ok = x.held[id]
	return x.holder, ok
}

// again reports whether this extraction claimed page id, not saved yet,
// and an extractor processed it before.
func (x *extraction) again(id int64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.held[id]
}

func (x *extraction) release(id int64) {
	x.mu.Lock()
	defer x.mu.Unlock()
	delete(x.held, id)
}
