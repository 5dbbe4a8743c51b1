package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/pagebody"
	"github.com/newsfacts/newsfacts/internal/visits"
)

// Frontier is one crawl worker's view of what the crawlers of a database
// remember between runs: the queue of URLs to fetch (crawl_queue), colly's
// visited set (crawl_visited), the hosts' politeness (crawl_hosts) and
// their robots.txt (crawl_robots), shared by every worker of the database,
// on one machine or many.
//
// What sqlite.Frontier does once per run, it does once per round (see
// migration 0008): a URL counts as visited when a worker of the round has
// claimed it, or when an earlier round finished fetching it, it is not a
// page to revisit and it was fetched at or after the revisit cutoff. A row
// Take hands out is leased to the worker, and renewed by its heartbeat
// (StartRun); the rows of a worker that dies are taken by the others when
// their leases run out, and its late writes are fenced off by the rows'
// attempt numbers (newsfacts.QueueItem.Attempt).
type Frontier struct {
	db       *DB
	ctx      context.Context // for colly's storage methods, which take none
	runID    int64
	cutoff   string // UTC timestamp; done before it means due again; "" never
	MaxTries int    // rounds an item may fail before it is dropped

	// Run keeps the fetches in flight, what Take read and the cookies in
	// memory; its methods Init, Visited, Cookies and SetCookies are colly's
	// storage.Storage's.
	visits.Run

	roundOnce sync.Once
	round     int64 // the run's round, read once (prepare)
	roundErr  error

	done      atomic.Int64 // outcomes recorded and requests done, for vacuum
	vacuuming atomic.Bool
}

// Frontier returns the frontier of run runID, which StartRun recorded. URLs
// fetched before revisitBefore are fetched again when found again; the zero
// time means never. ctx bounds the colly storage calls, which take none.
func (db *DB) Frontier(ctx context.Context, runID int64, revisitBefore time.Time) *Frontier {
	f := &Frontier{db: db, ctx: ctx, runID: runID, MaxTries: 3}
	if !revisitBefore.IsZero() {
		f.cutoff = utcStamp(revisitBefore)
	}
	return f
}

// prepare reads the run's round, once.
func (f *Frontier) prepare(ctx context.Context) error {
	f.roundOnce.Do(func() { f.round, f.roundErr = f.db.Round(ctx, f.runID) })
	return f.roundErr
}

// Close gives back the rows the worker took and did not complete, and its
// host bookings, so that the other workers take them at once instead of
// when their leases run out.
func (f *Frontier) Close() error {
	_, err := f.db.pool.Exec(context.WithoutCancel(f.ctx), `
		WITH h AS (DELETE FROM crawl_host_requests WHERE run_id = $1)
		UPDATE crawl_queue SET lease_until = '-infinity' WHERE run_id = $1 AND lease_until IS NOT NULL`, f.runID)
	if err != nil {
		return fmt.Errorf("release queue leases: %w", err)
	}
	return nil
}

// utcStamp formats t for crawl_visited.done_at: in UTC and with a fixed
// number of digits, so that the text sorts in time order.
func utcStamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z07:00") }

// key converts colly's unsigned hash to the signed integer stored.
func key(k uint64) int64 { return int64(k) }

// maxTxTries bounds how often a transaction is run again after a deadlock.
const maxTxTries = 5

// Complete records o; see CompleteAll.
func (f *Frontier) Complete(ctx context.Context, o newsfacts.Outcome) (newsfacts.Completion, error) {
	cs, err := f.CompleteAll(ctx, []newsfacts.Outcome{o})
	if err != nil {
		return newsfacts.Completion{}, err
	}
	return cs[0], nil
}

// CompleteAll records the outcomes in one statement, crawl_complete (one
// round trip to the server, one transaction): for each, the page, the URLs
// found, the visit, the failure and the queue row, so that a crash leaves
// either all of it or none. An outcome whose queue row another worker has
// taken since is not recorded (Completion.Fenced). It runs even when ctx is
// cancelled: the work it records is done.
func (f *Frontier) CompleteAll(ctx context.Context, outcomes []newsfacts.Outcome) ([]newsfacts.Completion, error) {
	ctx = context.WithoutCancel(ctx)
	if err := f.prepare(ctx); err != nil {
		return nil, err
	}
	pages := make([]*newsfacts.Page, len(outcomes))
	for i, o := range outcomes {
		pages[i] = o.Page
	}
	unclaimed, err := f.db.keepClaimedURLs(ctx, pages)
	if err != nil {
		return nil, err
	}
	args, err := f.completeArgs(outcomes)
	if err != nil {
		return nil, err
	}
	var cs []newsfacts.Completion
	for range maxTxTries {
		if cs, err = f.completeAll(ctx, args, outcomes); !retryable(err) {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	for i := range cs {
		if !cs[i].Fenced {
			cs[i].Unclaimed = unclaimed[i]
		}
	}
	f.churn(len(outcomes))
	f.Done(outcomes)
	return cs, nil
}

// vacuumEvery is how many outcomes and requests a worker records between
// two vacuums of the tables they churn.
const vacuumEvery = 500

// churn counts n rows the worker deleted or replaced in the queue and the
// hosts' tables, and vacuums them every vacuumEvery.
func (f *Frontier) churn(n int) {
	if total := f.done.Add(int64(n)); total/vacuumEvery != (total-int64(n))/vacuumEvery {
		f.vacuum()
	}
}

// vacuum vacuums crawl_queue and the hosts' tables in the background,
// unless this worker is vacuuming them already. A take reads the queue
// from its head, where the rows taken and deleted since the last vacuum
// lie: their index entries are not marked dead by the takes (which lock
// rows), and every take would walk over them all, a longer walk after
// every fetch; a booking likewise counts a host's requests in flight among
// all those done since. Autovacuum comes by once a minute at most, which
// at hundreds of pages a second is too seldom. A vacuum of tables whose
// rows changed at one end is quick.
func (f *Frontier) vacuum() {
	if !f.vacuuming.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer f.vacuuming.Store(false)
		ctx, cancel := context.WithTimeout(context.WithoutCancel(f.ctx), time.Minute)
		defer cancel()
		// A table another worker is vacuuming is skipped: done already.
		f.db.pool.Exec(ctx, `VACUUM (SKIP_LOCKED) crawl_queue, crawl_host_requests, crawl_hosts`)
	}()
}

// qComplete calls crawl_complete with completeArgs.
const qComplete = `SELECT fenced, gave_up, inserted, page_id, added, skipped FROM crawl_complete(
	$1, $2, $3, $4, $5, $6,
	$7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
	$20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34,
	$35, $36, $37, $38, $39, $40,
	$41,
	$42, $43, $44, $45, $46)`

func (f *Frontier) completeAll(ctx context.Context, args []any, outcomes []newsfacts.Outcome) ([]newsfacts.Completion, error) {
	rows, err := f.db.pool.Query(ctx, qComplete, args...)
	if err != nil {
		return nil, fmt.Errorf("record fetches: %w", err)
	}
	cs := make([]newsfacts.Completion, 0, len(outcomes))
	for rows.Next() {
		var (
			c      newsfacts.Completion
			pageID int64
		)
		if err := rows.Scan(&c.Fenced, &c.GaveUp, &c.Inserted, &pageID, &c.Added, &c.Skipped); err != nil {
			rows.Close()
			return nil, fmt.Errorf("record fetches: %w", err)
		}
		if p := outcomes[len(cs)].Page; p != nil && !c.Fenced {
			p.ID = pageID
		}
		cs = append(cs, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("record fetches: %w", err)
	}
	if len(cs) != len(outcomes) {
		return nil, fmt.Errorf("record fetches: %d outcomes recorded of %d", len(cs), len(outcomes))
	}
	return cs, nil
}

// completeArgs lays the outcomes out as crawl_complete's arrays. The URLs
// found that a fetch in flight has claimed are left out, as Add does.
func (f *Frontier) completeArgs(outcomes []newsfacts.Outcome) ([]any, error) {
	now := f.db.now()
	var (
		oItem, oKey                                                []int64
		oAttempt, oTries, oPage, oFound, oAlso, oFailure           []int32
		oQueue                                                     []int16
		oDone, oRevisit                                            []bool
		oETag, oLastMod                                            []string
		pgURL, pgReq, pgFinal, pgFound, pgCType, pgETag, pgLastMod []string
		pgHeaders, pgFetched, pgEncoding, pgHash                   []string
		pgStatus                                                   []int32
		pgBody                                                     [][]byte
		pgRun                                                      []int64
		pgSource                                                   []string
		found                                                      addArgs
		aKey                                                       []int64
		xRun                                                       []int64
		xURL, xErr                                                 []string
		xStatus, xAttempts                                         []int32
	)
	for _, o := range outcomes {
		oItem = append(oItem, o.Item.ID)
		oAttempt = append(oAttempt, int32(o.Item.Attempt))
		oTries = append(oTries, int32(o.Item.Tries))
		oQueue = append(oQueue, int16(o.Queue))
		oKey = append(oKey, key(o.Item.Key))
		oDone = append(oDone, o.Done)
		oRevisit = append(oRevisit, o.Revisit)
		oETag = append(oETag, o.ETag)
		oLastMod = append(oLastMod, o.LastModified)
		if p := o.Page; p != nil {
			a, err := pageArgs(p, now)
			if err != nil {
				return nil, err
			}
			pgURL, pgReq, pgFinal, pgFound = append(pgURL, a.url), append(pgReq, a.requested), append(pgFinal, a.final), append(pgFound, a.found)
			pgStatus, pgCType, pgETag, pgLastMod = append(pgStatus, a.status), append(pgCType, a.ctype), append(pgETag, a.etag), append(pgLastMod, a.lastModified)
			pgHeaders, pgFetched, pgBody = append(pgHeaders, a.headers), append(pgFetched, a.fetched), append(pgBody, a.body)
			pgEncoding, pgHash, pgRun = append(pgEncoding, a.encoding), append(pgHash, a.hash), append(pgRun, a.run)
			pgSource = append(pgSource, a.source)
			oPage = append(oPage, int32(len(pgURL)))
		} else {
			oPage = append(oPage, 0)
		}
		n := found.add(f, o.Found)
		oFound = append(oFound, int32(n))
		also := 0
		if o.Done {
			keys := slices.Clone(o.AlsoDone)
			slices.Sort(keys) // the same order in every transaction: fewer deadlocks
			for _, k := range slices.Compact(keys) {
				if k != o.Item.Key {
					aKey = append(aKey, key(k))
					also++
				}
			}
		}
		oAlso = append(oAlso, int32(also))
		if x := o.Failure; x != nil {
			xRun, xURL, xStatus = append(xRun, x.RunID), append(xURL, x.URL), append(xStatus, int32(x.Status))
			xErr, xAttempts = append(xErr, x.Err), append(xAttempts, int32(x.Attempts))
			oFailure = append(oFailure, int32(len(xURL)))
		} else {
			oFailure = append(oFailure, 0)
		}
	}
	if pgURL == nil {
		// Typed empty arrays: a nil slice would be NULL.
		pgURL, pgReq, pgFinal, pgFound, pgCType, pgETag, pgLastMod = []string{}, []string{}, []string{}, []string{}, []string{}, []string{}, []string{}
		pgHeaders, pgFetched, pgEncoding, pgHash = []string{}, []string{}, []string{}, []string{}
		pgStatus, pgBody, pgRun, pgSource = []int32{}, [][]byte{}, []int64{}, []string{}
	}
	if aKey == nil {
		aKey = []int64{}
	}
	if xURL == nil {
		xRun, xURL, xStatus, xErr, xAttempts = []int64{}, []string{}, []int32{}, []string{}, []int32{}
	}
	found.fill()
	return []any{
		f.runID, f.round, f.cutoff, timestamp(now), utcStamp(now), f.MaxTries,
		oItem, oAttempt, oTries, oQueue, oKey, oDone, oRevisit, oETag, oLastMod, oPage, oFound, oAlso, oFailure,
		pgURL, pgReq, pgFinal, pgFound, pgStatus, pgCType, pgETag, pgLastMod, pgHeaders, pgFetched, pgBody, pgEncoding, pgHash, pgRun, pgSource,
		found.url, found.foundURL, found.host, found.kind, found.depth, found.key,
		aKey,
		xRun, xURL, xStatus, xErr, xAttempts,
	}, nil
}

// pageColumns are a page as crawl_store_page takes it.
type pageColumns struct {
	url, requested, final, found, ctype, etag, lastModified string
	headers, fetched, encoding, hash, source                string
	status                                                  int32
	body                                                    []byte
	run                                                     int64
}

// pageArgs computes what the store keeps of p: its hash (of the raw
// bytes, set in p.Hash), its compressed body, its headers as JSON, its
// fetch time (now if not set, set in p.FetchedAt).
func pageArgs(p *newsfacts.Page, now time.Time) (pageColumns, error) {
	sum := sha256.Sum256(p.Body)
	p.Hash = hex.EncodeToString(sum[:])
	headers := []byte("{}")
	if p.Headers != nil {
		var err error
		if headers, err = json.Marshal(p.Headers); err != nil {
			return pageColumns{}, fmt.Errorf("page %s: encode headers: %w", p.URL, err)
		}
	}
	if p.FetchedAt.IsZero() {
		p.FetchedAt = now
	}
	body, encoding := pagebody.Encode(p.Body)
	return pageColumns{url: p.URL, requested: p.RequestedURL, final: p.FinalURL, found: p.FoundURL,
		ctype: p.ContentType, etag: p.ETag, lastModified: p.LastModified, headers: string(headers),
		fetched: timestamp(p.FetchedAt), encoding: encoding, hash: p.Hash, status: int32(p.Status),
		body: body, run: p.RunID, source: p.Source}, nil
}

// Take leases up to n queued items of host that the run's round has not
// taken yet and no live worker holds, or whose lease ran out, feeds,
// sitemaps and start pages first, with the validators of their last fetch:
// a round takes an item once, unless the worker that took it died. Items
// taken and never completed go back to the queue when the worker's
// frontier is closed, or when their lease runs out.
func (f *Frontier) Take(ctx context.Context, host string, n int) ([]newsfacts.QueueItem, error) {
	if err := f.prepare(ctx); err != nil {
		return nil, err
	}
	type taken struct {
		it      newsfacts.QueueItem
		visited bool
		prio    int
	}
	rows, err := f.db.pool.Query(ctx, qTake, f.round, host, n, f.cutoff, f.db.Lease.Milliseconds(), f.runID)
	if err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	var got []taken
	for rows.Next() {
		var (
			t taken
			k int64
		)
		if err := rows.Scan(&t.it.ID, &t.it.URL, &t.it.FoundURL, &t.it.Host, &t.it.Kind, &t.it.Depth, &k,
			&t.it.Tries, &t.it.Attempt, &t.it.ETag, &t.it.LastModified, &t.visited, &t.prio); err != nil {
			rows.Close()
			return nil, fmt.Errorf("take from queue: %w", err)
		}
		t.it.Key = uint64(k)
		got = append(got, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("take from queue: %w", err)
	}
	slices.SortFunc(got, func(a, b taken) int {
		if a.prio != b.prio {
			return a.prio - b.prio
		}
		return int(a.it.ID - b.it.ID)
	})
	items := make([]newsfacts.QueueItem, len(got))
	keys := make([]uint64, len(got))
	visited := make([]bool, len(got))
	for i, t := range got {
		items[i], keys[i], visited[i] = t.it, t.it.Key, t.visited
	}
	f.Checked(keys, visited)
	return items, nil
}

// qTake leases the next items of a host that the round ($1) has not taken
// and no live worker holds, or whose lease ran out, skipping rows another
// transaction is taking, with the validators of their last finished fetch
// and whether they count as visited. The candidates are found by a plain
// index scan (c), twice as many as asked and a few more, and only then
// locked (t): an index scan that locks rows does not mark the index
// entries of deleted rows dead as it passes them, and every take would walk
// again over all the rows taken and deleted since the last vacuum, at the
// head of the queue.
const qTake = `
	WITH c AS (
		SELECT q.id FROM crawl_queue q
		WHERE q.host = $2
		  AND ((q.lease_until IS NULL AND q.round_id IS DISTINCT FROM $1) OR q.lease_until < now())
		ORDER BY q.prio, q.id LIMIT 2 * $3 + 8),
	t AS (
		SELECT q.id,
		       CASE WHEN v.done_at IS NULL THEN '' ELSE v.etag END AS etag,
		       CASE WHEN v.done_at IS NULL THEN '' ELSE v.last_modified END AS last_modified,
		       coalesce(v.round_id = $1 OR (v.done_at IS NOT NULL AND v.revisit = 0 AND v.done_at >= $4), false) AS visited
		FROM crawl_queue q JOIN c ON c.id = q.id LEFT JOIN crawl_visited v ON v.key = q.key
		WHERE (q.lease_until IS NULL AND q.round_id IS DISTINCT FROM $1) OR q.lease_until < now()
		ORDER BY q.prio, q.id LIMIT $3
		FOR UPDATE OF q SKIP LOCKED)
	UPDATE crawl_queue q SET run_id = $6, round_id = $1, lease_until = now() + $5 * interval '1 millisecond',
	       attempt = q.attempt + 1
	FROM t WHERE q.id = t.id
	RETURNING q.id, q.url, q.found_url, q.host, q.kind, q.depth, q.key, q.tries, q.attempt,
	          t.etag, t.last_modified, t.visited, q.prio`

// Pending returns the number of queued items the run's round may still
// take: not taken in this round, or whose worker died.
func (f *Frontier) Pending(ctx context.Context) (int64, error) {
	if err := f.prepare(ctx); err != nil {
		return 0, err
	}
	var n int64
	err := f.db.pool.QueryRow(ctx, `
		SELECT count(*) FROM crawl_queue
		WHERE (lease_until IS NULL AND round_id IS DISTINCT FROM $1) OR lease_until < now()`, f.round).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count queue: %w", err)
	}
	return n, nil
}

// Outstanding returns, of the queued items of the given hosts, how many
// the run may still take (as Take) and how many other workers hold now.
func (f *Frontier) Outstanding(ctx context.Context, hosts []string) (takeable, held int64, err error) {
	if err := f.prepare(ctx); err != nil {
		return 0, 0, err
	}
	err = f.db.pool.QueryRow(ctx, `
		SELECT count(*) FILTER (WHERE (lease_until IS NULL AND round_id IS DISTINCT FROM $1) OR lease_until < now()),
		       count(*) FILTER (WHERE lease_until >= now() AND run_id <> $2)
		FROM crawl_queue WHERE host = ANY($3)`, f.round, f.runID, hosts).Scan(&takeable, &held)
	if err != nil {
		return 0, 0, fmt.Errorf("count queue: %w", err)
	}
	return takeable, held, nil
}

// Add queues the items not visited and not queued yet, in one statement
// (crawl_add). A page fetched by an earlier round and not due again is not
// queued but claimed for this round, and counted in skipped once per
// round; start pages, feeds and sitemaps are queued once per round whatever
// earlier rounds did.
func (f *Frontier) Add(ctx context.Context, items []newsfacts.QueueItem) (added, skipped int, err error) {
	if err := f.prepare(ctx); err != nil {
		return 0, 0, err
	}
	for chunk := range slices.Chunk(items, 1000) {
		var a addArgs
		if a.add(f, chunk) == 0 {
			continue
		}
		a.fill()
		var ad, sk int
		for range maxTxTries {
			err = f.db.pool.QueryRow(ctx, `SELECT added, skipped FROM crawl_add($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
				f.runID, f.round, f.cutoff, timestamp(f.db.now()), a.url, a.foundURL, a.host, a.kind, a.depth, a.key).Scan(&ad, &sk)
			if !retryable(err) {
				break
			}
		}
		if err != nil {
			return 0, 0, fmt.Errorf("queue urls: %w", err)
		}
		added, skipped = added+ad, skipped+sk
	}
	return added, skipped, nil
}

// addArgs are queue items as crawl_add takes them.
type addArgs struct {
	url, foundURL, host, kind []string
	depth                     []int32
	key                       []int64
}

// add appends the items that no fetch in flight has claimed and returns
// how many.
func (a *addArgs) add(f *Frontier, items []newsfacts.QueueItem) int {
	n := 0
	for _, it := range items {
		if f.Claimed(it.Key) {
			continue // in flight
		}
		a.url, a.foundURL, a.host, a.kind = append(a.url, it.URL), append(a.foundURL, it.FoundURL), append(a.host, it.Host), append(a.kind, it.Kind)
		a.depth, a.key = append(a.depth, int32(it.Depth)), append(a.key, key(it.Key))
		n++
	}
	return n
}

// fill makes nil arrays empty ones: a nil slice is NULL.
func (a *addArgs) fill() {
	if a.url == nil {
		a.url, a.foundURL, a.host, a.kind, a.depth, a.key = []string{}, []string{}, []string{}, []string{}, []int32{}, []int64{}
	}
}

// querier is what the statements need: the pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}
