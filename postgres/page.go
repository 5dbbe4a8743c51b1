package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/pagebody"
)

// InsertPage stores p unless a page with the same URL and content is already
// stored (crawl_store_page). Either way it sets p.ID and p.Hash; inserted
// reports whether a row was written.
func (db *DB) InsertPage(ctx context.Context, p *newsfacts.Page) (inserted bool, err error) {
	if _, err := db.keepClaimedURLs(ctx, []*newsfacts.Page{p}); err != nil {
		return false, err
	}
	return insertPage(ctx, db.pool, db.now, p)
}

// qStorePage calls crawl_store_page with pageArgs.
const qStorePage = `SELECT page_id, inserted FROM crawl_store_page($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`

func insertPage(ctx context.Context, q querier, now func() time.Time, p *newsfacts.Page) (inserted bool, err error) {
	a, err := pageArgs(p, now())
	if err != nil {
		return false, err
	}
	err = q.QueryRow(ctx, qStorePage, a.url, a.requested, a.final, a.found, a.status, a.ctype, a.etag,
		a.lastModified, a.headers, a.fetched, a.body, a.encoding, a.hash, a.run, a.source).Scan(&p.ID, &inserted)
	if err != nil {
		return false, fmt.Errorf("insert page %s: %w", p.URL, err)
	}
	return inserted, nil
}

// PendingPages returns, oldest first, the IDs of pages that the extractor of
// the given version has not processed: the current version of each URL
// (the content last fetched with success), never extracted or extracted by
// another version.
func (db *DB) PendingPages(ctx context.Context, version string) ([]int64, error) {
	rows, err := db.pool.Query(ctx, `
		SELECT c.page_id FROM page_current c
		LEFT JOIN page_extractions e ON e.page_id = c.page_id
		WHERE e.version IS NULL OR e.version <> $1
		ORDER BY c.page_id`, version)
	if err != nil {
		return nil, fmt.Errorf("list pending pages: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("list pending pages: %w", err)
	}
	return ids, nil
}

// qPage reads pages for scanPage.
const qPage = `
	SELECT id, url, requested_url, final_url, found_url, status, content_type, etag,
	       last_modified, headers::text, fetched_at, body, body_encoding, content_hash, run_id, source
	FROM pages`

// Page returns the stored page with the given ID, or an error wrapping
// newsfacts.ErrNotFound.
func (db *DB) Page(ctx context.Context, id int64) (*newsfacts.Page, error) {
	p, err := scanPage(db.pool.QueryRow(ctx, qPage+` WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("page %d: %w", id, newsfacts.ErrNotFound)
	}
	return p, err
}

// scanPage reads a row of qPage and decodes the body.
func scanPage(row pgx.Row) (*newsfacts.Page, error) {
	var (
		p        newsfacts.Page
		headers  string
		fetched  string
		encoding string
		runID    *int64
	)
	err := row.Scan(&p.ID, &p.URL, &p.RequestedURL, &p.FinalURL, &p.FoundURL, &p.Status, &p.ContentType, &p.ETag,
		&p.LastModified, &headers, &fetched, &p.Body, &encoding, &p.Hash, &runID, &p.Source)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("page: %w", err)
	}
	if err := json.Unmarshal([]byte(headers), &p.Headers); err != nil {
		return nil, fmt.Errorf("page %d: decode headers: %w", p.ID, err)
	}
	if p.Body, err = pagebody.Decode(p.Body, encoding); err != nil {
		return nil, fmt.Errorf("page %d: %w", p.ID, err)
	}
	if p.FetchedAt, err = time.Parse(time.RFC3339, fetched); err != nil {
		return nil, fmt.Errorf("page %d: fetched_at: %w", p.ID, err)
	}
	if runID != nil {
		p.RunID = *runID
	}
	return &p, nil
}

// qClaimedURLs reads, for pages that name a canonical URL, where that URL's
// current version was fetched from, and whether the page's content is one
// of the URL's versions.
const qClaimedURLs = `
	SELECT u.n, coalesce(p.final_url, ''),
	       EXISTS (SELECT 1 FROM pages x WHERE x.url = u.url AND x.content_hash = u.hash)
	FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(url, hash, n)
	LEFT JOIN page_current c ON c.url = u.url
	LEFT JOIN pages p ON p.id = c.page_id`

// keepClaimedURLs stores each page under its own URL (p.FinalURL) when it
// claims a canonical URL whose current version was fetched from another
// document and its content is none of that URL's versions, as sqlite's
// keepClaimedURL does: sites that give many articles one canonical URL
// would otherwise make each later page a new version of the first and
// replace its article. A crawl run refuses such claims among its own
// pages; this refuses them across runs. It reads what it needs for all the
// pages in one query, and returns for each the URL it claimed and no
// longer holds, or "". A nil page is skipped.
func (db *DB) keepClaimedURLs(ctx context.Context, pages []*newsfacts.Page) ([]string, error) {
	unclaimed := make([]string, len(pages))
	var (
		idx          []int
		urls, hashes []string
	)
	for i, p := range pages {
		if p == nil || !p.ClaimsURL() || p.Status < 200 || p.Status > 299 {
			continue
		}
		sum := sha256.Sum256(p.Body)
		idx, urls, hashes = append(idx, i), append(urls, p.URL), append(hashes, hex.EncodeToString(sum[:]))
	}
	if len(idx) == 0 {
		return unclaimed, nil
	}
	rows, err := db.pool.Query(ctx, qClaimedURLs, urls, hashes)
	if err != nil {
		return nil, fmt.Errorf("pages' canonical URLs: %w", err)
	}
	var (
		n     int64
		final string
		seen  bool
	)
	_, err = pgx.ForEachRow(rows, []any{&n, &final, &seen}, func() error {
		i := idx[n-1]
		p := pages[i]
		if final == "" || seen || newsfacts.SameDocument(final, p.FinalURL) {
			return nil // the URL is nobody's yet, or this is a version of it
		}
		unclaimed[i], p.URL = p.URL, p.FinalURL
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pages' canonical URLs: %w", err)
	}
	return unclaimed, nil
}
