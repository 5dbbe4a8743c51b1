package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/pagebody"
)

// InsertPage stores p unless a page with the same URL and content is already
// stored. Either way it sets p.ID and p.Hash; inserted reports whether a row
// was written.
func (db *DB) InsertPage(ctx context.Context, p *newsfacts.Page) (inserted bool, err error) {
	return insertPage(ctx, db.write, db.now, p)
}

// The statements of insertPage.
const (
	qInsertPage = `
		INSERT INTO pages (url, requested_url, final_url, found_url, status, content_type, etag,
		                   last_modified, headers, fetched_at, body, body_encoding, content_hash, run_id, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url, content_hash) DO NOTHING`
	qFindPage = `SELECT id FROM pages WHERE url = ? AND content_hash = ?`
	// qSetCurrent makes a page its URL's current version; it changes no
	// row when the page already is.
	qSetCurrent = `
		INSERT INTO page_current (url, page_id) VALUES (?, ?)
		ON CONFLICT (url) DO UPDATE SET page_id = excluded.page_id WHERE page_id <> excluded.page_id`
	// qResetExtraction makes the extractor process a page again.
	qResetExtraction = `DELETE FROM page_extractions WHERE page_id = ?`
	// qCurrentFinal returns where a URL's current version was fetched from.
	qCurrentFinal = `SELECT p.final_url FROM page_current c JOIN pages p ON p.id = c.page_id WHERE c.url = ?`
)

// encodeBody is how a page's body is stored: pagebody.Encode. The store's
// benchmark swaps in the bytes as they are for its baseline.
var encodeBody = pagebody.Encode

// execQuerier is what insertPage needs: a *sql.DB or a *sql.Tx.
type execQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func insertPage(ctx context.Context, q execQuerier, now func() time.Time, p *newsfacts.Page) (inserted bool, err error) {
	sum := sha256.Sum256(p.Body)
	p.Hash = hex.EncodeToString(sum[:])
	if err := keepClaimedURL(ctx, q, p); err != nil {
		return false, err
	}
	headers, err := json.Marshal(p.Headers)
	if err != nil {
		return false, fmt.Errorf("encode headers: %w", err)
	}
	if p.Headers == nil {
		headers = []byte("{}")
	}
	if p.FetchedAt.IsZero() {
		p.FetchedAt = now()
	}
	var runID any
	if p.RunID != 0 {
		runID = p.RunID
	}
	body, encoding := encodeBody(p.Body)
	res, err := q.ExecContext(ctx, qInsertPage,
		p.URL, p.RequestedURL, p.FinalURL, p.FoundURL, p.Status, p.ContentType, p.ETag,
		p.LastModified, string(headers), timestamp(p.FetchedAt), body, encoding, p.Hash, runID, p.Source)
	if err != nil {
		return false, fmt.Errorf("insert page %s: %w", p.URL, err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		if p.ID, err = res.LastInsertId(); err != nil {
			return false, fmt.Errorf("insert page %s: %w", p.URL, err)
		}
		if _, err := setCurrent(ctx, q, p); err != nil {
			return false, err
		}
		return true, nil
	}
	err = q.QueryRowContext(ctx, qFindPage, p.URL, p.Hash).Scan(&p.ID)
	if err != nil {
		return false, fmt.Errorf("find page %s: %w", p.URL, err)
	}
	// Content seen before: current again if the page had changed since,
	// and then extracted again, the article having followed the change.
	changed, err := setCurrent(ctx, q, p)
	if err != nil {
		return false, err
	}
	if changed {
		if _, err := q.ExecContext(ctx, qResetExtraction, p.ID); err != nil {
			return false, fmt.Errorf("page %s back to earlier content: %w", p.URL, err)
		}
	}
	return false, nil
}

// keepClaimedURL stores p under its own URL (p.FinalURL) when p claims a
// canonical URL whose current version was fetched from another document
// and p's content is none of that URL's versions: sites that give many
// articles one canonical URL would otherwise make each later page a new
// version of the first and replace its article. A crawl run refuses such
// claims among its own pages; this refuses them across runs.
func keepClaimedURL(ctx context.Context, q execQuerier, p *newsfacts.Page) error {
	if !p.ClaimsURL() || p.Status < 200 || p.Status > 299 {
		return nil
	}
	var final string
	switch err := q.QueryRowContext(ctx, qCurrentFinal, p.URL).Scan(&final); {
	case errors.Is(err, sql.ErrNoRows):
		return nil // the URL is nobody's yet
	case err != nil:
		return fmt.Errorf("page %s: find the current version: %w", p.URL, err)
	}
	if newsfacts.SameDocument(final, p.FinalURL) {
		return nil
	}
	var id int64
	switch err := q.QueryRowContext(ctx, qFindPage, p.URL, p.Hash).Scan(&id); {
	case err == nil:
		return nil // content the URL had: a version of it
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("find page %s: %w", p.URL, err)
	}
	p.URL = p.FinalURL
	return nil
}

// setCurrent records a successful page p as its URL's current version, the
// one extract reads, and reports whether that changed anything. A failed
// fetch leaves the current version as it is.
func setCurrent(ctx context.Context, q execQuerier, p *newsfacts.Page) (changed bool, err error) {
	if p.Status < 200 || p.Status > 299 {
		return false, nil
	}
	res, err := q.ExecContext(ctx, qSetCurrent, p.URL, p.ID)
	if err != nil {
		return false, fmt.Errorf("page %s: set current version: %w", p.URL, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// PendingPages returns, oldest first, the IDs of pages that the extractor of
// the given version has not processed: the current version of each URL
// (the content last fetched with success), never extracted or extracted by
// another version.
func (db *DB) PendingPages(ctx context.Context, version string) ([]int64, error) {
	rows, err := db.read.QueryContext(ctx, `
		SELECT c.page_id FROM page_current c
		LEFT JOIN page_extractions e ON e.page_id = c.page_id
		WHERE e.version IS NULL OR e.version <> ?
		ORDER BY c.page_id`, version)
	if err != nil {
		return nil, fmt.Errorf("list pending pages: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list pending pages: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list pending pages: %w", err)
	}
	return ids, nil
}

// Page returns the stored page with the given ID, or an error wrapping
// newsfacts.ErrNotFound.
func (db *DB) Page(ctx context.Context, id int64) (*newsfacts.Page, error) {
	var (
		p        newsfacts.Page
		headers  string
		fetched  string
		encoding string
		runID    sql.NullInt64
	)
	// The stored body is read in place (sql.RawBytes, valid until the
	// rows are closed) and decoded from there: a compressed body is not
	// copied before it is decompressed.
	rows, err := db.read.QueryContext(ctx, `
		SELECT id, url, requested_url, final_url, found_url, status, content_type, etag,
		       last_modified, headers, fetched_at, body, body_encoding, content_hash, run_id, source
		FROM pages WHERE id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", id, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("page %d: %w", id, err)
		}
		return nil, fmt.Errorf("page %d: %w", id, newsfacts.ErrNotFound)
	}
	var body sql.RawBytes
	if err := rows.Scan(&p.ID, &p.URL, &p.RequestedURL, &p.FinalURL, &p.FoundURL, &p.Status, &p.ContentType, &p.ETag,
		&p.LastModified, &headers, &fetched, &body, &encoding, &p.Hash, &runID, &p.Source); err != nil {
		return nil, fmt.Errorf("page %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(headers), &p.Headers); err != nil {
		return nil, fmt.Errorf("page %d: decode headers: %w", id, err)
	}
	if p.Body, err = pagebody.Decode(body, encoding); err != nil {
		return nil, fmt.Errorf("page %d: %w", id, err)
	}
	if encoding == pagebody.Raw && body != nil {
		p.Body = bytes.Clone(body) // stored as it is: Decode returned body itself
	}
	if p.FetchedAt, err = time.Parse(time.RFC3339, fetched); err != nil {
		return nil, fmt.Errorf("page %d: fetched_at: %w", id, err)
	}
	p.RunID = runID.Int64
	return &p, nil
}
